package cbow.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cbow.loss.HierarchicalSoftmaxLoss;
import cbow.loss.WordTree;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ContextMeansTest {
    @Test
    void theRunningMeanIsTheMeanOfWhatWasAdded() {
        int dim = 5;
        ContextMeans means = new ContextMeans(3, dim);
        SplittableRandom random = new SplittableRandom(1);
        double[] sum = new double[dim];
        int added = 1000;
        for (int i = 0; i < added; i++) {
            float[] h = new float[dim];
            for (int k = 0; k < dim; k++) {
                h[k] = (float) (random.nextGaussian() + k);
                sum[k] += h[k];
            }
            means.add(1, h);
        }
        assertEquals(added, means.counts()[1]);
        assertEquals(0, means.counts()[0]);
        for (int k = 0; k < dim; k++) {
            assertEquals(sum[k] / added, means.means()[dim + k], 1e-4);
            assertEquals(0f, means.means()[k], "word 0 was never predicted");
        }
    }

    /** A worker made after gatherContexts adds the example's h (the mean of the context rows, before the step). */
    @Test
    void workersGatherTheHiddenLayerOfEachExample() {
        int v = 4;
        int dim = 3;
        WordTree tree = WordTree.huffman(new long[] {4, 3, 2, 1});
        HogwildNetwork network = new HogwildNetwork(v, dim, HogwildNetwork.Hidden.LINEAR,
                new HierarchicalSoftmaxLoss(new float[(v - 1) * dim], dim, tree), 9);
        HogwildNetwork.Worker notGathering = network.worker();
        ContextMeans means = new ContextMeans(v, dim);
        network.gatherContexts(means);
        HogwildNetwork.Worker gathering = network.worker();
        SplittableRandom random = new SplittableRandom(2);
        notGathering.step(new int[] {2, 3}, 0, 2, 1, 0.1f, random);
        assertEquals(0, means.counts()[1], "a worker made before gathering began does not gather");
        float[] rows = network.input().clone(); // as the next step finds them
        gathering.step(new int[] {1, 2, 3}, 0, 3, 0, 0.1f, random);
        assertEquals(1, means.counts()[0]);
        for (int k = 0; k < dim; k++) {
            double h = (rows[dim + k] + rows[2 * dim + k] + rows[3 * dim + k]) / 3;
            assertEquals(h, means.means()[k], 1e-6);
        }
    }
}
