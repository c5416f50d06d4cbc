package cbow.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cbow.loss.HierarchicalSoftmaxLoss;
import cbow.loss.WordTree;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The subword network's step against finite differences of an independent double-precision cost.
 * h is the mean over the context of each word's input vector, itself the mean of the word's rows;
 * so dJ/d(row r) = sum over r's occurrences in context word c of dJ/dh / (C n_c), C the context
 * size and n_c the rows of word c. The step (fastText's, as word2vec's without subwords) adds
 * -lr dJ/dh to a row once per occurrence: the exact gradient scaled by C n_c. Both are checked: the
 * hidden gradient the step applies, through the chain rule to every row, and the rows' changes.
 */
class SubwordGradientTest {
    private static final int DIM = 4;
    private static final int V = 5;
    private static final int BUCKETS = 6;
    private static final long[] COUNTS = {40, 30, 20, 10, 5};

    // word 0: own row, buckets 1 and 3; word 1: own row, bucket 3 twice, bucket 0 (shared with word 0's bucket 3);
    // word 3: own row and bucket 2; word 2 (the target) and word 4 alone
    private static final int[] STARTS = {0, 3, 7, 8, 10, 11};
    private static final int[] ROWS = {0, V + 1, V + 3, 1, V + 3, V + 3, V + 0, 2, 3, V + 2, 4};
    private static final int[] CONTEXT = {0, 1, 3};
    private static final int TARGET = 2;

    @Test
    void stepFollowsTheGradientOfTheMeanOfMeans() {
        WordRows rows = new WordRows(STARTS, ROWS, V + BUCKETS);
        WordTree tree = WordTree.huffman(COUNTS);
        float[] output = new float[(V - 1) * DIM];
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < output.length; i++) {
            output[i] = (float) (r.nextDouble() * 2 - 1);
        }
        HogwildNetwork net = new HogwildNetwork(V, DIM, HogwildNetwork.Hidden.LINEAR,
                new HierarchicalSoftmaxLoss(output.clone(), DIM, tree), 5, rows);
        float[] input = net.input();
        for (int i = 0; i < input.length; i++) { // larger than the start (+-1/N), for a clear signal
            input[i] = (float) (r.nextDouble() * 2 - 1);
        }
        double[] before = toDouble(input);
        double[] out = toDouble(output);
        float cost = net.worker().step(CONTEXT, 0, CONTEXT.length, TARGET, 1f, new SplittableRandom(1));
        assertEquals(cost(before, out, tree), cost, 1e-5, "the returned cost");

        // the hidden gradient the step applied, read off word 3's bucket row 2 (it occurs exactly once)
        double[] applied = new double[DIM];
        for (int k = 0; k < DIM; k++) {
            applied[k] = input[(V + 2) * DIM + k] - before[(V + 2) * DIM + k];
        }
        assertTrue(norm(applied) > 1e-3, "the step moved the rows");
        for (int row = 0; row < V + BUCKETS; row++) {
            int occurrences = 0;
            double chain = 0; // sum over occurrences of 1 / (C n_c)
            for (int c : CONTEXT) {
                for (int i = STARTS[c]; i < STARTS[c + 1]; i++) {
                    if (ROWS[i] == row) {
                        occurrences++;
                        chain += 1.0 / (CONTEXT.length * (STARTS[c + 1] - STARTS[c]));
                    }
                }
            }
            for (int k = 0; k < DIM; k++) {
                int at = row * DIM + k;
                double numeric = numeric(before, out, tree, at);
                // dJ/drow = chain * dJ/dh, and the step applied -dJ/dh (lr = 1)
                assertEquals(numeric, -chain * applied[k], 1e-4 * Math.max(1, Math.abs(numeric)), "dJ/d row " + row + "[" + k + "]");
                assertEquals(occurrences * applied[k], input[at] - before[at], 1e-5, "row " + row + " moved once per occurrence");
            }
        }
    }

    /** J = the hierarchical softmax's cost of TARGET given h = mean over the context of each word's mean row. */
    private static double cost(double[] input, double[] out, WordTree tree) {
        double[] h = new double[DIM];
        for (int c : CONTEXT) {
            int n = STARTS[c + 1] - STARTS[c];
            for (int i = STARTS[c]; i < STARTS[c + 1]; i++) {
                for (int k = 0; k < DIM; k++) {
                    h[k] += input[ROWS[i] * DIM + k] / n / CONTEXT.length;
                }
            }
        }
        double j = 0;
        for (int d = 0; d < tree.code(TARGET).length; d++) {
            double x = 0;
            for (int k = 0; k < DIM; k++) {
                x += out[tree.points(TARGET)[d] * DIM + k] * h[k];
            }
            j += tree.code(TARGET)[d] == 0 ? softplus(-x) : softplus(x);
        }
        return j;
    }

    private static double numeric(double[] input, double[] out, WordTree tree, int at) {
        double eps = 1e-6;
        double keep = input[at];
        input[at] = keep + eps;
        double plus = cost(input, out, tree);
        input[at] = keep - eps;
        double minus = cost(input, out, tree);
        input[at] = keep;
        return (plus - minus) / (2 * eps);
    }

    private static double softplus(double x) {
        return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
    }

    private static double norm(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }

    private static double[] toDouble(float[] a) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i];
        }
        return d;
    }
}
