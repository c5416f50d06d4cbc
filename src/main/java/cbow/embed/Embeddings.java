package cbow.embed;

import cbow.embed.TrainingHistory;
import java.util.ArrayList;
import java.util.Arrays;
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
    private final NgramVectors ngrams; // null: no vectors for words outside the vocabulary

    public Embeddings(List<String> words, long[] counts, int dim, float[] vectors,
                      Map<String, Object> settings, TrainingHistory history) {
        this(words, counts, dim, vectors, settings, history, null);
    }

    private Embeddings(List<String> words, long[] counts, int dim, float[] vectors,
                       Map<String, Object> settings, TrainingHistory history, NgramVectors ngrams) {
        if (ngrams != null && ngrams.dim() != dim) {
            throw new IllegalArgumentException("the n-gram rows have " + ngrams.dim() + " dimensions, the words " + dim);
        }
        this.ngrams = ngrams;
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

    /** The same words and vectors, able to build vectors for other words from {@code ngrams}. */
    public Embeddings withNgrams(NgramVectors ngrams) {
        return new Embeddings(words, counts, dim, vectors, settings, history, ngrams);
    }

    /** The n-gram rows that build vectors for words outside the vocabulary, or null when the file has none. */
    public NgramVectors ngrams() {
        return ngrams;
    }

    /**
     * The vector of any word: its own when the vocabulary holds it, else the mean of its n-grams'
     * rows (fastText's vector for an unseen word); null when there is neither.
     */
    public float[] vectorOf(String word) {
        int id = id(word);
        if (id >= 0) {
            return vector(id);
        }
        return ngrams == null ? null : ngrams.vectorOf(word);
    }

    /**
     * These embeddings followed by {@code extra} words (count 0) with the given vectors (rows of
     * {@code dim}), for commands that treat built vectors of unseen words as words.
     */
    public Embeddings withExtraWords(List<String> extra, float[] extraVectors) {
        if (extraVectors.length != (long) extra.size() * dim) {
            throw new IllegalArgumentException("the extra words and vectors disagree in size");
        }
        List<String> all = new ArrayList<>(words);
        all.addAll(extra);
        float[] v = Arrays.copyOf(vectors, vectors.length + extraVectors.length);
        System.arraycopy(extraVectors, 0, v, vectors.length, extraVectors.length);
        return new Embeddings(all, Arrays.copyOf(counts, all.size()), dim, v, settings, history, ngrams);
    }

    /** The training history, or null when the file did not carry one. */
    public TrainingHistory history() {
        return history;
    }
}
