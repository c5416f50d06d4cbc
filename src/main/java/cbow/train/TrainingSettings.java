package cbow.train;

import cbow.model.SgdNetwork;
import cbow.optim.Optimizer;
import cbow.model.WordVectors;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything that determines a training run's result. Written into the embeddings file, so a file
 * says how it was made.
 *
 * @param dim        N, the embedding size
 * @param window     C, the half-window: C words before and C after the center
 * @param minCount   words seen fewer times are dropped from the vocabulary
 * @param maxVocab   keep at most this many words, the most frequent (0: no limit)
 * @param batchSize  m, examples per gradient step
 * @param alpha      the learning rate
 * @param epochs     passes over the examples
 * @param seed       seeds the initial parameters and the shuffling
 * @param loss       the output layer: the exact softmax, negative sampling or the hierarchical softmax
 * @param negative   negative samples per example (negative sampling only)
 * @param sample     the subsampling threshold t for frequent words (0: keep all), drawn anew each epoch
 * @param hidden     the hidden layer of the ns and hs networks: linear (word2vec) or ReLU with b1
 * @param threads    training threads
 * @param vectors    which vectors are written: input, output or their average
 * @param decay      the exact model's learning-rate schedule: fixed, or linear to alpha * 10^-4
 * @param optimizer  the exact model's optimizer: plain gradient descent, Adagrad or Adam
 * @param fixedWindow every example's half-window is C (the course's windows), instead of drawn
 *                   from 1..C anew each epoch (word2vec's shrunk windows)
 */
public record TrainingSettings(int dim, int window, long minCount, int maxVocab, int batchSize,
                               double alpha, int epochs, long seed, LossKind loss, int negative,
                               double sample, SgdNetwork.Hidden hidden, int threads,
                               WordVectors vectors, Decay decay, Optimizer optimizer, boolean fixedWindow) {

    /** The seed's exact model as the course ran it (fixed windows, plain gradient descent), on one thread. */
    public TrainingSettings(int dim, int window, long minCount, int maxVocab, int batchSize,
                            double alpha, int epochs, long seed) {
        this(dim, window, minCount, maxVocab, batchSize, alpha, epochs, seed, LossKind.SOFTMAX, 0, 0,
                SgdNetwork.Hidden.RELU, 1, WordVectors.AVERAGE, Decay.NONE, Optimizer.SGD, true);
    }

    /** More threads than any machine runs usefully; far more would only exhaust memory starting them. */
    public static final int MAX_THREADS = 1024;

    public TrainingSettings {
        require(dim >= 1, "--dim must be at least 1, got " + dim);
        require(window >= 1, "--window must be at least 1, got " + window);
        require(minCount >= 1, "--min-count must be at least 1, got " + minCount);
        require(maxVocab == 0 || maxVocab >= 2, "--max-vocab must be 0 (no limit) or at least 2 (training needs two words), got " + maxVocab);
        require(batchSize >= 1, "--batch-size must be at least 1, got " + batchSize);
        require(Double.isFinite(alpha) && alpha > 0, "--alpha must be a positive number, got " + alpha);
        require(epochs >= 1, "--epochs must be at least 1, got " + epochs);
        require(loss != LossKind.NS || negative >= 1, "--negative must be at least 1 with --loss ns, got " + negative);
        require(Double.isFinite(sample) && sample >= 0, "--sample must be 0 or a positive number, got " + sample);
        require(decay != null && optimizer != null, "--decay and --optimizer must be given");
        require(threads >= 1, "--threads must be at least 1, got " + threads);
        require(threads <= MAX_THREADS, "--threads must be at most " + MAX_THREADS + ", got " + threads);
        require(loss != LossKind.HS || vectors == WordVectors.INPUT,
                "--loss hs has no output word vectors (its output rows are tree nodes): use --vectors input");
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /** The settings as name/value pairs, in a fixed order, for the embeddings file. */
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("model", loss == LossKind.SOFTMAX ? "cbow-softmax-relu"
                : "cbow-" + loss.label() + "-" + hidden.name().toLowerCase(java.util.Locale.ROOT));
        map.put("loss", loss.label());
        map.put("dim", dim);
        map.put("window", window);
        map.put("fixed_window", fixedWindow);
        map.put("min_count", minCount);
        map.put("max_vocab", maxVocab);
        map.put("batch_size", batchSize);
        map.put("alpha", alpha);
        map.put("epochs", epochs);
        map.put("seed", seed);
        map.put("sample", sample);
        if (loss == LossKind.SOFTMAX) {
            map.put("decay", decay.label());
            map.put("optimizer", optimizer.label());
        } else {
            map.put("negative", negative);
            map.put("hidden", hidden.name().toLowerCase(java.util.Locale.ROOT));
        }
        if (loss != LossKind.SOFTMAX) {
            map.put("threads", threads); // lock-free training: the result depends on it
        }
        map.put("vectors_from", vectors.name().toLowerCase(java.util.Locale.ROOT));
        return map;
    }
}
