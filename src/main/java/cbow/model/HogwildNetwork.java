package cbow.model;

import cbow.dense.Kernels;
import cbow.loss.Loss;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * The CBOW network stepped one example at a time, for the losses that make a step cheap (negative
 * sampling, the hierarchical softmax): h = mean of the context words' input vectors (column c of W1,
 * stored here as row c for locality), then either linear (word2vec) or ReLU(h + b1) (the seed's
 * hidden layer), then the output layer behind {@link Loss}. Threads share the parameters and step
 * without locks (Hogwild); each thread steps through its own {@link Worker}.
 */
public final class HogwildNetwork {
    /** The hidden layer: word2vec's plain mean, or the seed's ReLU with a bias b1. */
    public enum Hidden {
        LINEAR, RELU;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final int dim;
    private final float[] input; // V x N: row i is word i's input vector
    private final float[] b1;    // N, used with ReLU only
    private final Hidden hidden;
    private final Loss loss;

    /** Input vectors uniform in +-0.5/N (word2vec's start), b1 zero, the loss's output as given. */
    public HogwildNetwork(int vocabularySize, int dim, Hidden hidden, Loss loss, long seed) {
        this.dim = dim;
        this.input = new float[vocabularySize * dim];
        this.b1 = new float[dim];
        this.hidden = hidden;
        this.loss = loss;
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < input.length; i++) {
            input[i] = (float) ((random.nextDouble() - 0.5) / dim);
        }
    }

    public int dim() {
        return dim;
    }

    public float[] input() {
        return input;
    }

    public Loss loss() {
        return loss;
    }

    public Hidden hidden() {
        return hidden;
    }

    /** A thread's scratch space; not to be shared between threads. */
    public Worker worker() {
        return new Worker();
    }

    /** Steps examples for one thread. */
    public final class Worker {
        private final float[] z = new float[dim];
        private final float[] h = new float[dim];
        private final float[] grad = new float[dim];

        /**
         * One SGD step on the example whose context is {@code context[from..to)} and center
         * {@code target}, with learning rate {@code lr}; returns the example's cost.
         */
        public float step(int[] context, int from, int to, int target, float lr, SplittableRandom random) {
            int count = to - from;
            Arrays.fill(z, 0f);
            for (int c = from; c < to; c++) {
                Kernels.add(input, context[c] * dim, z, 0, dim);
            }
            float share = 1f / count;
            boolean relu = hidden == Hidden.RELU;
            for (int k = 0; k < dim; k++) {
                float v = z[k] * share + (relu ? b1[k] : 0f);
                z[k] = v;
                h[k] = relu && v <= 0 ? 0f : v;
            }
            Arrays.fill(grad, 0f);
            float cost = loss.step(h, target, lr, grad, random);
            if (relu) {
                for (int k = 0; k < dim; k++) {
                    if (!(z[k] > 0)) {
                        grad[k] = 0f;
                    }
                    b1[k] += grad[k];
                }
            }
            // word2vec adds the whole hidden gradient to every context vector, not 1/count of it:
            // a larger step for input vectors; dividing it by the count (koan) measured no better (README)
            for (int c = from; c < to; c++) {
                Kernels.add(grad, 0, input, context[c] * dim, dim);
            }
            return cost;
        }
    }
}
