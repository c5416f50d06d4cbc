package cbow.train;

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
 */
public record TrainingSettings(int dim, int window, long minCount, int maxVocab, int batchSize,
                               double alpha, int epochs, long seed) {

    public TrainingSettings {
        require(dim >= 1, "--dim must be at least 1, got " + dim);
        require(window >= 1, "--window must be at least 1, got " + window);
        require(minCount >= 1, "--min-count must be at least 1, got " + minCount);
        require(maxVocab >= 0, "--max-vocab must be 0 (no limit) or more, got " + maxVocab);
        require(batchSize >= 1, "--batch-size must be at least 1, got " + batchSize);
        require(Double.isFinite(alpha) && alpha > 0, "--alpha must be a positive number, got " + alpha);
        require(epochs >= 1, "--epochs must be at least 1, got " + epochs);
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /** The settings as name/value pairs, in a fixed order, for the embeddings file. */
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("model", "cbow-softmax-relu");
        map.put("dim", dim);
        map.put("window", window);
        map.put("min_count", minCount);
        map.put("max_vocab", maxVocab);
        map.put("batch_size", batchSize);
        map.put("alpha", alpha);
        map.put("epochs", epochs);
        map.put("seed", seed);
        return map;
    }
}
