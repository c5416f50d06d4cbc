package cbow.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cbow.data.Batch;
import cbow.data.BatchSampler;
import cbow.data.Examples;
import cbow.optim.Optimizer;
import cbow.optim.WholeStep;
import cbow.synthetic.ZipfCorpus;
import cbow.text.TokenizedCorpus;
import cbow.vocab.Vocabulary;
import java.io.IOException;
import java.util.SplittableRandom;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.Test;

/**
 * The fast network (blocked kernels, online softmax, threads) against {@link ReferenceNetwork}, the
 * step in plain double-precision loops, and against itself across thread counts.
 */
class FastNetworkExactnessTest {

    /** Examples of a generated Zipf corpus: ~700 words, so the output layer spans several blocks. */
    private static Examples zipfExamples() throws IOException {
        TokenizedCorpus corpus = TokenizedCorpus.read(ZipfCorpus.generate(700, 8_000, 7));
        Vocabulary vocabulary = Vocabulary.select(corpus.words(), corpus.counts(), 1, 0);
        return Examples.of(corpus, vocabulary, 2);
    }

    private static int vocabularyOf(Examples examples) {
        int max = 0;
        for (int i = 0; i < examples.size(); i++) {
            max = Math.max(max, examples.center(i));
        }
        return max + 1;
    }

    @Test
    void anEpochsLossMatchesTheReferenceImplementation() throws IOException {
        Examples examples = zipfExamples();
        int vocab = vocabularyOf(examples);
        assertTrue(vocab > 2 * SoftmaxOutput.BLOCK_ROWS, "several vocabulary blocks: " + vocab);
        int batchSize = 24; // padded to 32 inside; the epoch ends with a shorter batch
        Parameters parameters = Parameters.random(vocab, 12, 3);
        ReferenceNetwork reference = new ReferenceNetwork(parameters);
        BatchSampler sampler = new BatchSampler(examples, batchSize, 5);
        Batch batch = new Batch(batchSize, examples.maxContext());
        sampler.startEpoch(0);
        double fastSum = 0;
        double referenceSum = 0;
        double worstStep = 0;
        try (ExactNetwork network = new ExactNetwork(parameters, batchSize, 2)) {
            for (int b = 0; b < sampler.batchesPerEpoch(); b++) {
                sampler.fill(b, batch);
                double fast = network.trainStep(batch, 0.5f);
                double slow = reference.trainStep(batch, 0.5);
                worstStep = Math.max(worstStep, Math.abs(fast - slow) / slow);
                fastSum += fast * batch.size();
                referenceSum += slow * batch.size();
            }
        }
        double fastMean = fastSum / examples.size();
        double referenceMean = referenceSum / examples.size();
        assertEquals(referenceMean, fastMean, 1e-5 * referenceMean, "epoch loss");
        assertTrue(worstStep < 1e-4, "every step's loss within float tolerance: worst relative " + worstStep);
        assertTrue(referenceMean < Math.log(vocab) - 0.1, "the epoch learned something: " + referenceMean);
        assertClose(reference.w2, parameters.w2, 1e-4, "W2 after the epoch");
        assertClose(reference.w1, parameters.w1, 1e-4, "W1 after the epoch");
    }

    @Test
    void gradientsMatchTheReferenceOnOddShapes() {
        // V not a multiple of the block or the 4-row tile, N odd, m = 19 padded to 32, and m = 1
        for (int m : new int[] {19, 1}) {
            int vocab = 517;
            int dim = 13;
            Parameters parameters = Parameters.random(vocab, dim, 11);
            Batch batch = randomBatch(vocab, m, 2 + m);
            ReferenceNetwork reference = new ReferenceNetwork(parameters);
            double expectedLoss = reference.computeGradients(batch);
            Parameters gradients = new Parameters(vocab, dim);
            try (ExactNetwork network = new ExactNetwork(parameters, 32, 3)) {
                assertEquals(expectedLoss, network.forward(batch), 1e-5 * expectedLoss, "loss, m=" + m);
                network.backward(batch);
                network.gradients(batch, gradients);
            }
            double scale = maxAbs(reference.dW2);
            assertClose(reference.dW2, gradients.w2, 1e-5 * scale, "dW2, m=" + m);
            assertClose(column(reference.db2), gradients.b2, 1e-5 * scale, "db2, m=" + m);
            assertClose(reference.dW1, gradients.w1, 1e-5 * maxAbs(reference.dW1), "dW1, m=" + m);
            assertClose(column(reference.db1), gradients.b1, 1e-5 * maxAbs(reference.dW1), "db1, m=" + m);
        }
    }

    @Test
    void resultsAreBitIdenticalForAnyThreadCountAndRun() throws IOException {
        Examples examples = zipfExamples();
        int vocab = vocabularyOf(examples);
        Parameters one = train(examples, vocab, 1);
        for (int threads : new int[] {1, 2, 3}) {
            Parameters other = train(examples, vocab, threads);
            FMatrixRMaj[] a = one.all();
            FMatrixRMaj[] b = other.all();
            for (int i = 0; i < a.length; i++) {
                assertArrayEquals(a[i].data, b[i].data, "parameter " + i + " with " + threads + " threads");
            }
        }
    }

    @Test
    void theFusedOptimizerStepEqualsGradientsThenTheOptimizersStepBitForBit() throws IOException {
        // The trainer's step for Adam and Adagrad: each block's gradient used while still in cache.
        // It must give the numbers of the plain path (whole gradient, then Optimizer.step), whatever
        // the threads, or a fused-step bug would pass as a "different optimizer".
        Examples examples = zipfExamples();
        int vocab = vocabularyOf(examples);
        for (Optimizer optimizer : new Optimizer[] {Optimizer.ADAM, Optimizer.ADAGRAD}) {
            for (int threads : new int[] {1, 3}) {
                Parameters plain = Parameters.random(vocab, 13, 4);
                Parameters fused = plain.copy();
                Parameters[] plainMoments = WholeStep.zeroMoments(optimizer, plain);
                Parameters gradients = new Parameters(vocab, 13);
                Parameters[] fusedMoments;
                BatchSampler sampler = new BatchSampler(examples, 40, 2);
                Batch batch = new Batch(40, examples.maxContext());
                sampler.startEpoch(0);
                try (ExactNetwork a = new ExactNetwork(plain, 40, threads); ExactNetwork b = new ExactNetwork(fused, optimizer, null, 40, threads)) {
                    for (int step = 1; step <= 12; step++) {
                        sampler.fill(step, batch);
                        double alpha = 0.01 / step;
                        a.forward(batch);
                        a.backward(batch);
                        a.gradients(batch, gradients);
                        WholeStep.step(optimizer, plain, gradients, plainMoments, alpha, step);
                        b.forward(batch);
                        b.backward(batch);
                        b.descend(batch, alpha, step);
                    }
                    fusedMoments = b.moments();
                }
                String what = optimizer + ", " + threads + " threads, ";
                assertBitIdentical(plain, fused, what + "parameters");
                for (int k = 0; k < plainMoments.length; k++) {
                    assertBitIdentical(plainMoments[k], fusedMoments[k], what + "moment " + k);
                }
                assertTrue(maxAbsDifference(plain, Parameters.random(vocab, 13, 4)) > 1e-3, what + "the steps moved");
            }
        }
    }

    private static void assertBitIdentical(Parameters expected, Parameters actual, String what) {
        FMatrixRMaj[] a = expected.all();
        FMatrixRMaj[] b = actual.all();
        for (int i = 0; i < a.length; i++) {
            assertArrayEquals(a[i].data, b[i].data, what + " (matrix " + i + " of W1, b1, W2, b2)");
        }
    }

    private static double maxAbsDifference(Parameters x, Parameters y) {
        double max = 0;
        FMatrixRMaj[] a = x.all();
        FMatrixRMaj[] b = y.all();
        for (int i = 0; i < a.length; i++) {
            for (int e = 0; e < a[i].data.length; e++) {
                max = Math.max(max, Math.abs(a[i].data[e] - b[i].data[e]));
            }
        }
        return max;
    }

    private static Parameters train(Examples examples, int vocab, int threads) {
        Parameters parameters = Parameters.random(vocab, 20, 9);
        BatchSampler sampler = new BatchSampler(examples, 50, 1);
        Batch batch = new Batch(50, examples.maxContext());
        sampler.startEpoch(0);
        try (ExactNetwork network = new ExactNetwork(parameters, 50, threads)) {
            for (int b = 0; b < 40; b++) {
                sampler.fill(b, batch);
                network.trainStep(batch, 0.5f);
            }
        }
        return parameters;
    }

    private static Batch randomBatch(int vocab, int m, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[][] contexts = new int[m][];
        int[] centers = new int[m];
        for (int j = 0; j < m; j++) {
            contexts[j] = new int[1 + random.nextInt(4)]; // short contexts too, as at line ends
            for (int c = 0; c < contexts[j].length; c++) {
                contexts[j][c] = random.nextInt(vocab);
            }
            centers[j] = random.nextInt(vocab);
        }
        return Batch.of(contexts, centers);
    }

    private static double[][] column(double[] v) {
        double[][] c = new double[v.length][1];
        for (int i = 0; i < v.length; i++) {
            c[i][0] = v[i];
        }
        return c;
    }

    private static double maxAbs(double[][] m) {
        double max = 0;
        for (double[] row : m) {
            for (double x : row) {
                max = Math.max(max, Math.abs(x));
            }
        }
        return max;
    }

    private static void assertClose(double[][] expected, FMatrixRMaj actual, double tolerance, String what) {
        assertEquals(expected.length, actual.numRows, what + " rows");
        for (int r = 0; r < expected.length; r++) {
            for (int c = 0; c < expected[r].length; c++) {
                assertEquals(expected[r][c], actual.get(r, c), tolerance, what + " at " + r + "," + c);
            }
        }
    }
}
