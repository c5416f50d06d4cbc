package cbow.loss;

import java.util.Arrays;

/**
 * The Huffman tree of the vocabulary, for the hierarchical softmax: every word is a leaf, the V - 1
 * inner nodes each own an output vector, and a word's probability is the product of the binary
 * decisions on its path from the root. Built exactly as word2vec's CreateBinaryTree (words sorted by
 * count, most frequent first; two queues, ties to the inner-node queue), so frequent words get short
 * codes and the expected path length is minimal.
 */
public final class HuffmanTree {
    private final int[][] codes;  // per word: the branch taken at each inner node, root first (0 or 1)
    private final int[][] points; // per word: the inner nodes on its path, root first, in 0..V-2

    /** @param counts word counts in descending order (the vocabulary's order); at least 2 words */
    public HuffmanTree(long[] counts) {
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
        codes = new int[v][];
        points = new int[v][];
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
