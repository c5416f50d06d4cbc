package cbow.loss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashSet;
import java.util.PriorityQueue;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HuffmanTreeTest {
    /**
     * Worked by hand for counts 4, 3, 2, 1: merge 1+2 into node A (3; word 2 takes branch 1), then
     * A+3 into B (6; word 1 takes branch 1: on a tie the inner node is merged first), then 4+B into
     * the root (10; B takes branch 1). Inner nodes are numbered in creation order: A=0, B=1, root=2.
     */
    @Test
    void codesAndPathsOfAHandWorkedTree() {
        HuffmanTree t = new HuffmanTree(new long[] {4, 3, 2, 1});
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
        HuffmanTree t = new HuffmanTree(counts);
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
