package cbow.train;

import cbow.model.WordRows;
import cbow.vocab.CharacterNgrams;
import cbow.vocab.Vocabulary;
import java.util.Map;

/**
 * How ns and hs train with subwords (fastText's model): each word's input vector is the mean of its
 * own row and the rows of its character n-grams ({@code ngrams}), hashed into {@code buckets} shared
 * rows by fastText's FNV-1a. Kept apart from {@link TrainingSettings} so that runs without subwords
 * are untouched.
 */
public record SubwordSettings(CharacterNgrams ngrams, int buckets) {
    /** fastText's number of buckets. */
    public static final int DEFAULT_BUCKETS = 2_000_000;

    public SubwordSettings {
        if (buckets < 1) {
            throw new IllegalArgumentException("--buckets must be at least 1, got " + buckets);
        }
    }

    /** Every word's rows: its own (row w), then V + the bucket of each of its n-grams. */
    public WordRows rows(Vocabulary vocabulary) {
        int v = vocabulary.size();
        int[] starts = new int[v + 1];
        int[][] grams = new int[v][];
        for (int w = 0; w < v; w++) {
            grams[w] = ngrams.buckets(vocabulary.word(w), buckets);
            starts[w + 1] = starts[w] + 1 + grams[w].length;
        }
        int[] rows = new int[starts[v]];
        for (int w = 0; w < v; w++) {
            rows[starts[w]] = w;
            for (int g = 0; g < grams[w].length; g++) {
                rows[starts[w] + 1 + g] = v + grams[w][g];
            }
        }
        return new WordRows(starts, rows, v + buckets);
    }

    /** Adds the subword settings to a file's settings. */
    public void addTo(Map<String, Object> settings) {
        settings.put("subwords", ngrams.toString());
        settings.put("buckets", buckets);
    }
}
