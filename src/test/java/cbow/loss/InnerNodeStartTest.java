package cbow.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class InnerNodeStartTest {
    private static final int DIM = 6;

    /**
     * Each node's row against a direct computation: for every node, the count-weighted mean of the
     * words whose path takes branch 0 there and of those taking branch 1, found by walking every
     * word's path (not the tree's child links the class builds), then 2 MARGIN (m0 - m1) / |m0 - m1|^2.
     */
    @Test
    void rowsMatchADirectComputationOnHuffmanAndBalancedTrees() {
        SplittableRandom random = new SplittableRandom(7);
        int v = 41;
        long[] counts = new long[v];
        float[] means = new float[v * DIM];
        for (int w = 0; w < v; w++) {
            counts[w] = w % 7 == 3 ? 0 : 1 + random.nextInt(500); // some words never predicted
            for (int k = 0; k < DIM; k++) {
                means[w * DIM + k] = (float) random.nextGaussian();
            }
        }
        long[] descending = counts.clone();
        java.util.Arrays.sort(descending);
        for (int i = 0; i < v / 2; i++) {
            long t = descending[i];
            descending[i] = descending[v - 1 - i];
            descending[v - 1 - i] = t;
        }
        int[] leaves = new int[v];
        for (int i = 0; i < v; i++) {
            leaves[i] = (i * 17) % v;
        }
        for (WordTree tree : new WordTree[] {WordTree.huffman(descending), WordTree.balanced(leaves)}) {
            float[] rows = InnerNodeStart.rows(tree, means, counts, DIM);
            for (int node = 0; node < tree.innerNodes(); node++) {
                double[][] sum = new double[2][DIM];
                double[] weight = new double[2];
                for (int w = 0; w < v; w++) {
                    int[] points = tree.points(w);
                    for (int d = 0; d < points.length; d++) {
                        if (points[d] == node) {
                            int branch = tree.code(w)[d];
                            weight[branch] += counts[w];
                            for (int k = 0; k < DIM; k++) {
                                sum[branch][k] += counts[w] * (double) means[w * DIM + k];
                            }
                        }
                    }
                }
                double[] gap = new double[DIM];
                double squared = 0;
                for (int k = 0; k < DIM; k++) {
                    gap[k] = weight[0] == 0 || weight[1] == 0 ? 0 : sum[0][k] / weight[0] - sum[1][k] / weight[1];
                    squared += gap[k] * gap[k];
                }
                for (int k = 0; k < DIM; k++) {
                    double expected = squared == 0 ? 0 : 2 * InnerNodeStart.MARGIN * gap[k] / squared;
                    assertEquals(expected, rows[node * DIM + k], 1e-4 * (1 + Math.abs(expected)), "node " + node + " column " + k);
                }
            }
        }
    }

    /**
     * Four planted groups of words, each with its own mean context, on a tree whose two top levels
     * split the groups: with the hidden layer set to each word's mean context, the starting rows must
     * take every word's top two branches the right way, and cost less than zero rows do (depth x ln 2
     * for every word; the margin keeps each node's start modest, so no more than about 10 % less).
     */
    @Test
    void theStartPredictsPlantedGroupsBetterThanZeroRows() {
        int groups = 4;
        int perGroup = 8;
        int v = groups * perGroup;
        SplittableRandom random = new SplittableRandom(3);
        float[] means = new float[v * DIM];
        long[] counts = new long[v];
        for (int w = 0; w < v; w++) {
            counts[w] = 10 + w;
            for (int k = 0; k < DIM; k++) { // the group's corner plus a little noise of each word's own
                double corner = k == w / perGroup ? 2 : 0;
                means[w * DIM + k] = (float) (corner + 0.3 * random.nextGaussian());
            }
        }
        int[] leaves = new int[v];
        for (int i = 0; i < v; i++) {
            leaves[i] = i; // words of a group stand together
        }
        WordTree tree = WordTree.balanced(leaves);
        float[] rows = InnerNodeStart.rows(tree, means, counts, DIM);
        HierarchicalSoftmaxLoss started = new HierarchicalSoftmaxLoss(rows.clone(), DIM, tree);
        double cost = 0;
        double zeroCost = 0;
        for (int w = 0; w < v; w++) {
            float[] h = java.util.Arrays.copyOfRange(means, w * DIM, (w + 1) * DIM);
            for (int d = 0; d < 2; d++) {
                int node = tree.points(w)[d];
                double logit = 0;
                for (int k = 0; k < DIM; k++) {
                    logit += rows[node * DIM + k] * h[k];
                }
                assertTrue(tree.code(w)[d] == 0 ? logit > 0 : logit < 0, "word " + w + " at depth " + d + ": logit " + logit);
            }
            // a rate of zero: the cost of the rows as they are, nothing learned
            cost += started.step(h, w, 0f, new float[DIM], random);
            zeroCost += tree.code(w).length * Math.log(2);
        }
        assertTrue(cost < 0.9 * zeroCost, "cost " + cost + " against " + zeroCost + " from zero rows");
    }

    @Test
    void wordsNeverPredictedLeaveTheirNodesAtZero() {
        long[] counts = {5, 0, 0, 4};
        float[] means = new float[4 * DIM];
        for (int i = 0; i < means.length; i++) {
            means[i] = i + 1;
        }
        WordTree tree = WordTree.balanced(new int[] {0, 3, 1, 2}); // root: [0 3] | [1 2]; node 2: 1 | 2
        float[] rows = InnerNodeStart.rows(tree, means, counts, DIM);
        for (int k = 0; k < DIM; k++) {
            assertEquals(0f, rows[2 * DIM + k], "both sides unseen");
            assertEquals(0f, rows[k], "the root's branch 1 holds unseen words only");
        }
        double gap = 0;
        for (int k = 0; k < DIM; k++) {
            gap += rows[DIM + k] * (means[k] - means[3 * DIM + k]);
        }
        assertEquals(2 * InnerNodeStart.MARGIN, gap, 1e-5, "node 1 tells word 0 from word 3 by the margin");
    }

    @Test
    void refusesMeansThatDoNotFitTheTree() {
        WordTree tree = WordTree.balanced(new int[] {0, 1, 2});
        assertThrows(IllegalArgumentException.class, () -> InnerNodeStart.rows(tree, new float[2 * DIM], new long[2], DIM));
    }
}
