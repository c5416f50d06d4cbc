package cbow.loss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.PriorityQueue;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordTreeTest {
    /**
     * Worked by hand for counts 4, 3, 2, 1: merge 1+2 into node A (3; word 2 takes branch 1), then
     * A+3 into B (6; word 1 takes branch 1: on a tie the inner node is merged first), then 4+B into
     * the root (10; B takes branch 1). Inner nodes are numbered in creation order: A=0, B=1, root=2.
     */
    @Test
    void codesAndPathsOfAHandWorkedTree() {
        WordTree t = WordTree.huffman(new long[] {4, 3, 2, 1});
        assertArrayEquals(new int[] {0}, t.code(0));
        assertArrayEquals(new int[] {2}, t.points(0));
        assertArrayEquals(new int[] {1, 1}, t.code(1));
        assertArrayEquals(new int[] {2, 1}, t.points(1));
        assertArrayEquals(new int[] {1, 0, 1}, t.code(2));
        assertArrayEquals(new int[] {2, 1, 0}, t.points(2));
        assertArrayEquals(new int[] {1, 0, 0}, t.code(3));
        assertArrayEquals(new int[] {2, 1, 0}, t.points(3));
        assertEquals(3, t.innerNodes());
    }

    @Test
    void codesArePrefixFreeAndOptimalOnALargerVocabulary() {
        long[] counts = new long[300];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = 100_000 / (i + 1) + 1; // Zipf-like, descending
        }
        WordTree t = WordTree.huffman(counts);
        double kraft = 0;
        long weighted = 0;
        Set<String> seen = new HashSet<>();
        for (int w = 0; w < counts.length; w++) {
            kraft += Math.pow(2, -t.code(w).length);
            weighted += counts[w] * t.code(w).length;
            StringBuilder s = new StringBuilder();
            for (int b : t.code(w)) {
                s.append(b);
            }
            seen.add(s.toString());
            assertEquals(t.innerNodes() - 1, t.points(w)[0], "every path starts at the root");
        }
        assertEquals(counts.length, seen.size(), "distinct codes");
        assertEquals(1.0, kraft, 1e-12, "a full binary tree");
        assertEquals(optimalWeightedLength(counts), weighted, "Huffman-optimal total code length");
    }

    /**
     * Leaves 3, 0, 4, 1, 2 (five words) halved by hand: the root (node 0) splits [3 0] from [4 1 2];
     * [3 0] is node 1, [4 1 2] node 2, which splits [4] from [1 2] (node 3). Preorder numbering.
     */
    @Test
    void aBalancedTreeHalvesTheLeavesInTheirOrder() {
        WordTree t = WordTree.balanced(new int[] {3, 0, 4, 1, 2});
        assertArrayEquals(new int[] {0, 0}, t.code(3));
        assertArrayEquals(new int[] {0, 1}, t.points(3));
        assertArrayEquals(new int[] {0, 1}, t.code(0));
        assertArrayEquals(new int[] {1, 0}, t.code(4));
        assertArrayEquals(new int[] {0, 2}, t.points(4));
        assertArrayEquals(new int[] {1, 1, 0}, t.code(1));
        assertArrayEquals(new int[] {0, 2, 3}, t.points(1));
        assertArrayEquals(new int[] {1, 1, 1}, t.code(2));
        assertEquals(4, t.innerNodes());
    }

    @Test
    void aBalancedTreeIsFullWithEveryPathFloorOrCeilingOfLog2() {
        int v = 1000;
        int[] leaves = new int[v];
        for (int i = 0; i < v; i++) {
            leaves[i] = (i * 7919) % v; // a permutation (7919 is prime to 1000)
        }
        WordTree t = WordTree.balanced(leaves);
        double kraft = 0;
        Set<Integer> nodes = new HashSet<>();
        for (int w = 0; w < v; w++) {
            kraft += Math.pow(2, -t.code(w).length);
            assertTrue(t.code(w).length == 9 || t.code(w).length == 10, "depth of word " + w);
            for (int node : t.points(w)) {
                nodes.add(node);
            }
        }
        assertEquals(1.0, kraft, 1e-12, "a full binary tree");
        assertEquals(v - 1, nodes.size(), "the paths use every inner node");
        // neighbours in the order share their last node: the last two leaves (a halving's first half
        // is the smaller one, so the very first leaf of 1000 stands alone)
        int[] a = t.points(leaves[v - 2]);
        int[] b = t.points(leaves[v - 1]);
        assertEquals(a[a.length - 1], b[b.length - 1]);
    }

    @Test
    void aBalancedTreeRefusesAnOrderThatIsNotAPermutation() {
        assertThrows(IllegalArgumentException.class, () -> WordTree.balanced(new int[] {0, 0, 1}));
        assertThrows(IllegalArgumentException.class, () -> WordTree.balanced(new int[] {0, 3, 1}));
        assertThrows(IllegalArgumentException.class, () -> WordTree.balanced(new int[] {0}));
    }

    /** Independent: the classic priority-queue Huffman cost (sum of all merge weights). */
    private static long optimalWeightedLength(long[] counts) {
        PriorityQueue<Long> q = new PriorityQueue<>();
        for (long c : counts) {
            q.add(c);
        }
        long cost = 0;
        while (q.size() > 1) {
            long merged = q.poll() + q.poll();
            cost += merged;
            q.add(merged);
        }
        return cost;
    }
}
