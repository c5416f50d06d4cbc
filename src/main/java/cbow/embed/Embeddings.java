package cbow.embed;

import cbow.embed.TrainingHistory;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word vectors as a user receives them: the words in vocabulary order with their corpus counts, one
 * vector of {@code dim} floats each (stored flat, row i at {@code i * dim}), and how they were made.
 */
public final class Embeddings {
    private final List<String> words;
    private final long[] counts;
    private final int dim;
    private final float[] vectors;
    private final Map<String, Object> settings;
    private final TrainingHistory history;
    private final Map<String, Integer> ids;

    public Embeddings(List<String> words, long[] counts, int dim, float[] vectors,
                      Map<String, Object> settings, TrainingHistory history) {
        if (counts.length != words.size() || vectors.length != (long) words.size() * dim) {
            throw new IllegalArgumentException("words, counts and vectors disagree in size");
        }
        this.words = List.copyOf(words);
        this.counts = counts;
        this.dim = dim;
        this.vectors = vectors;
        this.settings = Collections.unmodifiableMap(settings);
        this.history = history;
        this.ids = new HashMap<>(words.size() * 2);
        for (int i = 0; i < words.size(); i++) {
            ids.put(words.get(i), i);
        }
    }

    public int size() {
        return words.size();
    }

    public int dim() {
        return dim;
    }

    public String word(int id) {
        return words.get(id);
    }

    public List<String> words() {
        return words;
    }

    public long count(int id) {
        return counts[id];
    }

    /** The word's id, or -1 for a word not in the file. */
    public int id(String word) {
        Integer id = ids.get(word);
        return id == null ? -1 : id;
    }

    /** The flat vector array: row i occupies {@code [i * dim, (i + 1) * dim)}. Do not modify. */
    public float[] vectors() {
        return vectors;
    }

    public float[] vector(int id) {
        float[] v = new float[dim];
        System.arraycopy(vectors, id * dim, v, 0, dim);
        return v;
    }

    public Map<String, Object> settings() {
        return settings;
    }

    /** The training history, or null when the file did not carry one. */
    public TrainingHistory history() {
        return history;
    }
}
