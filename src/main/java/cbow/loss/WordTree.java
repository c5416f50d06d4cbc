package cbow.loss;

import java.util.Arrays;

/**
 * The binary tree of the hierarchical softmax: every word is a leaf, the V - 1 inner nodes each own
 * an output vector, and a word's probability is the product of the binary decisions on its path from
 * the root. Two shapes:
 * <ul>
 *   <li>{@link #huffman}: built exactly as word2vec's CreateBinaryTree (words sorted by count, most
 *       frequent first; two queues, ties to the inner-node queue), so frequent words get short codes
 *       and the expected path length is minimal; which words become siblings is left to the counts.
 *   <li>{@link #balanced}: leaves in a given order, halved again and again, so that words near each
 *       other in the order share the nodes near the leaves (every path ceil or floor of log2 V long).
 *       With the order of {@link MeaningOrder} siblings are words of like meaning (README, "A tree by
 *       meaning").
 * </ul>
 */
public final class WordTree {
    private final int[][] codes;  // per word: the branch taken at each inner node, root first (0 or 1)
    private final int[][] points; // per word: the inner nodes on its path, root first, in 0..V-2

    private WordTree(int[][] codes, int[][] points) {
        this.codes = codes;
        this.points = points;
    }

    /** @param counts word counts in descending order (the vocabulary's order); at least 2 words */
    public static WordTree huffman(long[] counts) {
        int v = counts.length;
        if (v < 2) {
            throw new IllegalArgumentException("a Huffman tree needs at least 2 words, got " + v);
        }
        for (int i = 1; i < v; i++) {
            if (counts[i] > counts[i - 1]) {
                throw new IllegalArgumentException("counts must be in descending order");
            }
        }
        long[] count = new long[2 * v - 1];
        int[] parent = new int[2 * v - 1];
        byte[] branch = new byte[2 * v - 1];
        System.arraycopy(counts, 0, count, 0, v);
        Arrays.fill(count, v, 2 * v - 1, Long.MAX_VALUE);
        int leaf = v - 1; // the least frequent leaf not yet merged
        int inner = v;    // the least frequent inner node not yet merged
        for (int a = 0; a < v - 1; a++) {
            int first;
            int second;
            if (leaf >= 0 && count[leaf] < count[inner]) {
                first = leaf--;
            } else {
                first = inner++;
            }
            if (leaf >= 0 && count[leaf] < count[inner]) {
                second = leaf--;
            } else {
                second = inner++;
            }
            count[v + a] = count[first] + count[second];
            parent[first] = v + a;
            parent[second] = v + a;
            branch[second] = 1;
        }
        int root = 2 * v - 2;
        int[][] codes = new int[v][];
        int[][] points = new int[v][];
        for (int w = 0; w < v; w++) {
            int depth = 0;
            for (int node = w; node != root; node = parent[node]) {
                depth++;
            }
            int[] code = new int[depth];
            int[] point = new int[depth];
            int d = depth;
            for (int node = w; node != root; node = parent[node]) {
                d--;
                code[d] = branch[node];
                point[d] = parent[node] - v;
            }
            codes[w] = code;
            points[w] = point;
        }
        return new WordTree(codes, points);
    }

    /**
     * @param leaves every word id 0..V-1 once, in the order the leaves take; at least 2 words. Inner
     *               nodes are numbered in preorder, the root 0; the first half of a node's leaves
     *               takes branch 0.
     */
    public static WordTree balanced(int[] leaves) {
        int v = leaves.length;
        if (v < 2) {
            throw new IllegalArgumentException("a tree needs at least 2 words, got " + v);
        }
        boolean[] seen = new boolean[v];
        for (int w : leaves) {
            if (w < 0 || w >= v || seen[w]) {
                throw new IllegalArgumentException("the leaves must hold every word 0.." + (v - 1) + " once");
            }
            seen[w] = true;
        }
        WordTree tree = new WordTree(new int[v][], new int[v][]);
        tree.halve(leaves, 0, v, new int[0], new int[0], new int[] {0});
        return tree;
    }

    /** Gives leaves[lo..hi) the path so far, split in halves below a new inner node. */
    private void halve(int[] leaves, int lo, int hi, int[] code, int[] point, int[] nextNode) {
        if (hi - lo == 1) {
            codes[leaves[lo]] = code;
            points[leaves[lo]] = point;
            return;
        }
        int node = nextNode[0]++;
        int depth = code.length;
        int[] below = Arrays.copyOf(point, depth + 1);
        below[depth] = node;
        int[] left = Arrays.copyOf(code, depth + 1);
        int[] right = Arrays.copyOf(code, depth + 1);
        right[depth] = 1;
        int mid = (lo + hi) >>> 1;
        halve(leaves, lo, mid, left, below, nextNode);
        halve(leaves, mid, hi, right, below, nextNode);
    }

    /** The branches (0 or 1) on the word's path, root first. */
    public int[] code(int word) {
        return codes[word];
    }

    /** The inner nodes (0 .. V-2) on the word's path, root first. */
    public int[] points(int word) {
        return points[word];
    }

    /** The number of inner nodes: V - 1. */
    public int innerNodes() {
        return codes.length - 1;
    }
}
