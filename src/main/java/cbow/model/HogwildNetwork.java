package cbow.model;

import cbow.data.SplitMix;
import cbow.dense.Kernels;
import cbow.loss.Loss;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The CBOW network stepped one example at a time, for the losses that make a step cheap (negative
 * sampling, the hierarchical softmax): h = mean of the context words' input vectors (column c of W1,
 * stored here as row c for locality), then either linear (word2vec) or ReLU(h + b1) (the seed's
 * hidden layer), then the output layer behind {@link Loss}. Threads share the parameters and step
 * without locks (Hogwild); each thread steps through its own {@link Worker}.
 *
 * <p>With subwords ({@link WordRows}) a word's input vector is the mean of several rows (its own and
 * its character n-grams'), h is the mean of those vectors over the context, and the step adds the
 * hidden gradient to every row of every context word, as fastText's CBOW does.
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
    private Loss loss; // replaced between epochs only (a rebuilt hs tree), when no worker steps
    private ContextMeans gathering; // null, or where the workers made from now on add each example's h
    private final WordRows subwords; // null: word i's input vector is row i alone

    /**
     * Input rows start uniform in +-START/N: fastText's start. word2vec's +-0.5/N gave the same
     * similarity and fewer analogies, on all of nine seeds (README, "The start of the input vectors").
     */
    private static final double START = 1.0;

    /** Input vectors uniform in +-{@link #START}/N, b1 zero, the loss's output as given. */
    public HogwildNetwork(int vocabularySize, int dim, Hidden hidden, Loss loss, long seed) {
        this(vocabularySize, dim, hidden, loss, seed, null);
    }

    /**
     * A network whose words' input vectors are means of the rows {@code subwords} lists (null: one
     * row per word); all {@code subwords.totalRows()} rows start uniform in +-START/N, the words' rows
     * first, drawn as without subwords.
     */
    public HogwildNetwork(int vocabularySize, int dim, Hidden hidden, Loss loss, long seed, WordRows subwords) {
        if (subwords != null && subwords.words() != vocabularySize) {
            throw new IllegalArgumentException("the subword rows list " + subwords.words() + " words, not " + vocabularySize);
        }
        this.subwords = subwords;
        this.dim = dim;
        this.input = new float[(subwords == null ? vocabularySize : subwords.totalRows()) * dim];
        this.b1 = new float[dim];
        this.hidden = hidden;
        this.loss = loss;
        SplittableRandom random = new SplittableRandom(seed);
        int wordFloats = vocabularySize * dim;
        for (int i = 0; i < wordFloats; i++) {
            input[i] = start(random.nextDouble());
        }
        if (subwords != null) {
            startBucketRows(wordFloats, seed);
        }
    }

    /**
     * The n-gram rows (millions of them) start the same way, drawn in fixed chunks on all cores,
     * each chunk from its own generator: the same numbers for any number of cores.
     */
    private void startBucketRows(int from, long seed) {
        int chunk = 1 << 20;
        int chunks = (input.length - from + chunk - 1) / chunk;
        IntStream.range(0, chunks).parallel().forEach(c -> {
            SplittableRandom random = new SplittableRandom(SplitMix.mix(seed ^ (0xB0C4E7L + c)));
            int end = Math.min(input.length, from + (c + 1) * chunk);
            for (int i = from + c * chunk; i < end; i++) {
                input[i] = start(random.nextDouble());
            }
        });
    }

    /** A uniform draw u in [0, 1) as a starting weight: uniform in +-START/N. */
    private float start(double u) {
        return (float) ((2 * u - 1) * START / dim);
    }

    public int dim() {
        return dim;
    }

    /** V, the words (with subwords the input holds more rows: the n-grams'). */
    public int words() {
        return subwords == null ? input.length / dim : subwords.words();
    }

    public float[] input() {
        return input;
    }

    /**
     * Trains on {@code next} from now on (hs's tree rebuilt by meaning, with new output rows). Only
     * between epochs, while no worker steps: the threads of the next epoch see it as they start.
     */
    public void replaceLoss(Loss next) {
        loss = next;
    }

    public Loss loss() {
        return loss;
    }

    /**
     * Workers made from now on add every example's hidden layer to {@code means} (null: they do not).
     * Between epochs only, like {@link #replaceLoss}.
     */
    public void gatherContexts(ContextMeans means) {
        gathering = means;
    }

    public Hidden hidden() {
        return hidden;
    }

    /**
     * The words' input vectors, V x N: row i alone, or with subwords the mean of word i's rows (its
     * vector as a context word, and the vector a query of it gets).
     */
    public float[] wordVectors() {
        if (subwords == null) {
            return input.clone();
        }
        int v = subwords.words();
        float[] out = new float[v * dim];
        for (int w = 0; w < v; w++) {
            int first = subwords.starts()[w];
            int end = subwords.starts()[w + 1];
            for (int r = first; r < end; r++) {
                Kernels.add(input, subwords.rows()[r] * dim, out, w * dim, dim);
            }
            float mean = 1f / (end - first);
            for (int k = w * dim; k < (w + 1) * dim; k++) {
                out[k] *= mean;
            }
        }
        return out;
    }

    /** The subword rows of each word, or null without subwords. */
    public WordRows subwords() {
        return subwords;
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
        private final float[] word = new float[dim];
        private final ContextMeans contexts = gathering;

        /**
         * One SGD step on the example whose context is {@code context[from..to)} and center
         * {@code target}, with learning rate {@code lr}; returns the example's cost.
         */
        public float step(int[] context, int from, int to, int target, float lr, SplittableRandom random) {
            int count = to - from;
            Arrays.fill(z, 0f);
            if (subwords == null) {
                for (int c = from; c < to; c++) {
                    Kernels.add(input, context[c] * dim, z, 0, dim);
                }
            } else {
                addSubwordMeans(context, from, to);
            }
            float share = 1f / count;
            boolean relu = hidden == Hidden.RELU;
            for (int k = 0; k < dim; k++) {
                float v = z[k] * share + (relu ? b1[k] : 0f);
                z[k] = v;
                h[k] = relu && v <= 0 ? 0f : v;
            }
            if (contexts != null) {
                contexts.add(target, h);
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
            if (subwords == null) {
                for (int c = from; c < to; c++) {
                    Kernels.add(grad, 0, input, context[c] * dim, dim);
                }
            } else { // fastText's update: the whole gradient into every row of every context word
                int[] starts = subwords.starts();
                int[] rows = subwords.rows();
                for (int c = from; c < to; c++) {
                    for (int r = starts[context[c]]; r < starts[context[c] + 1]; r++) {
                        Kernels.add(grad, 0, input, rows[r] * dim, dim);
                    }
                }
            }
            return cost;
        }

        /** z += each context word's input vector, the mean of its rows. */
        private void addSubwordMeans(int[] context, int from, int to) {
            int[] starts = subwords.starts();
            int[] rows = subwords.rows();
            for (int c = from; c < to; c++) {
                int first = starts[context[c]];
                int end = starts[context[c] + 1];
                Arrays.fill(word, 0f);
                for (int r = first; r < end; r++) {
                    Kernels.add(input, rows[r] * dim, word, 0, dim);
                }
                float mean = 1f / (end - first);
                for (int k = 0; k < dim; k++) {
                    z[k] += word[k] * mean;
                }
            }
        }
    }
}
