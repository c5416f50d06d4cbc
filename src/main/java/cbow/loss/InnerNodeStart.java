package cbow.loss;

import java.util.Arrays;

/**
 * The rows a new hs tree's inner nodes start from, instead of zero (README, "A tree by meaning").
 * Node n decides between its branches with sigma(o_n . h), label 1 for branch 0; with m0 and m1 the
 * mean hidden layers of the examples whose words lie below branch 0 and branch 1, its row starts at
 *
 * <pre>  o_n = 2 MARGIN (m0 - m1) / |m0 - m1|^2,   so that  o_n . m0 - o_n . m1 = 2 MARGIN</pre>
 *
 * the direction that tells the two means apart (linear discriminant analysis with the identity as
 * covariance), at a small scale: the step learns the rest. A node with no example on a side starts at
 * zero, as every node did before.
 */
public final class InnerNodeStart {
    /**
     * Half the logit gap between the two means. Chosen on Brown (5 epochs, one thread, seeds 1 to 3,
     * among 0.1, 0.2, 0.3, 0.5 and 1: the larger ones start too sure and score lower), confirmed on
     * the WordNet glosses (README).
     */
    static final double MARGIN = 0.3;

    private InnerNodeStart() {
    }

    /**
     * @param means  V x dim, row-major: per word, the mean hidden layer of the examples predicting it
     * @param counts V: the examples behind each mean (the weight of the word in its nodes' means)
     * @return innerNodes x dim starting rows for {@code tree}'s inner nodes
     */
    public static float[] rows(WordTree tree, float[] means, long[] counts, int dim) {
        int v = counts.length;
        int inner = tree.innerNodes();
        if (means.length != (long) v * dim || inner != v - 1) {
            throw new IllegalArgumentException("the means hold " + means.length / dim + " rows and the tree "
                    + (inner + 1) + " words, for " + v + " counts");
        }
        int[] child = children(tree, v);        // per node and branch: inner node id, or -(word + 1)
        int[] order = rootFirst(child, inner, tree.points(0)[0]);
        float[] rows = new float[inner * dim]; // first each node's count-weighted sum of means, then its row
        double[] weight = new double[inner];
        for (int i = inner - 1; i >= 0; i--) { // children before parents
            int node = order[i];
            for (int branch = 0; branch < 2; branch++) {
                int c = child[2 * node + branch];
                weight[node] += weightBelow(c, weight, counts);
                addSum(c, rows, means, counts, rows, node * dim, dim);
            }
        }
        double[] gap = new double[dim];
        float[] side = new float[dim];
        for (int node : order) { // parents before children: a node's sum is read by its parent only
            int zero = child[2 * node];
            int one = child[2 * node + 1];
            double w0 = weightBelow(zero, weight, counts);
            double w1 = weightBelow(one, weight, counts);
            Arrays.fill(rows, node * dim, (node + 1) * dim, 0f);
            if (w0 == 0 || w1 == 0) {
                continue;
            }
            Arrays.fill(side, 0f);
            addSum(zero, rows, means, counts, side, 0, dim);
            double squared = 0;
            for (int k = 0; k < dim; k++) {
                gap[k] = side[k] / w0;
            }
            Arrays.fill(side, 0f);
            addSum(one, rows, means, counts, side, 0, dim);
            for (int k = 0; k < dim; k++) {
                gap[k] -= side[k] / w1;
                squared += gap[k] * gap[k];
            }
            if (squared > 0) {
                for (int k = 0; k < dim; k++) {
                    rows[node * dim + k] = (float) (2 * MARGIN * gap[k] / squared);
                }
            }
        }
        return rows;
    }

    /** The examples below {@code c}: an inner node's total, or a word's count. */
    private static double weightBelow(int c, double[] weight, long[] counts) {
        return c >= 0 ? weight[c] : counts[-c - 1];
    }

    /** to[at..at+dim) += the count-weighted sum of means below {@code c} (an inner node's, or a word's). */
    private static void addSum(int c, float[] sums, float[] means, long[] counts, float[] to, int at, int dim) {
        if (c >= 0) {
            for (int k = 0; k < dim; k++) {
                to[at + k] += sums[c * dim + k];
            }
        } else {
            int word = -c - 1;
            float count = counts[word];
            for (int k = 0; k < dim; k++) {
                to[at + k] += count * means[word * dim + k];
            }
        }
    }

    private static int[] children(WordTree tree, int v) {
        int[] child = new int[2 * (v - 1)];
        for (int w = 0; w < v; w++) {
            int[] code = tree.code(w);
            int[] points = tree.points(w);
            for (int d = 0; d < code.length; d++) {
                child[2 * points[d] + code[d]] = d + 1 < code.length ? points[d + 1] : -(w + 1);
            }
        }
        return child;
    }

    /** The inner nodes breadth first from the root: every parent before its children. */
    private static int[] rootFirst(int[] child, int inner, int root) {
        int[] order = new int[inner];
        order[0] = root;
        int end = 1;
        for (int i = 0; i < end; i++) {
            for (int branch = 0; branch < 2; branch++) {
                int c = child[2 * order[i] + branch];
                if (c >= 0) {
                    order[end++] = c;
                }
            }
        }
        return order;
    }
}
