package cbow.embed;

import cbow.dense.Kernels;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntToDoubleFunction;

/**
 * Cosine-similarity search over a set of embeddings, normalized once when built. The conventions
 * are gensim's (KeyedVectors.most_similar), so that scores agree with it: a query made of several
 * words is the mean of their unit vectors, weighted +1 or -1, and the query words are never answers.
 */
public final class NearestNeighbours {
    /** One answer: a word and its cosine similarity to the query. */
    public record Neighbour(String word, double similarity) {
    }

    /**
     * From this many numbers (rows x dim) on, queries after the first scan a one-byte copy of the
     * matrix first (see {@link QuantizedRows}): 16 MB of floats, past the processor's caches, where
     * the exact scan is bound by memory. Below it the exact scan is as fast and needs no copy.
     */
    static final long QUANTIZE_FROM = 1 << 22;

    private final Embeddings embeddings;
    private final int dim;
    private final float[] unit; // each row scaled to length 1 (a zero row stays zero)
    private final boolean quantizable;
    private final AtomicInteger scans = new AtomicInteger();
    private volatile QuantizedRows quantized; // made at the second query: a one-query process does without

    public NearestNeighbours(Embeddings embeddings) {
        this.embeddings = embeddings;
        this.dim = embeddings.dim();
        this.unit = UnitVectors.rows(embeddings.vectors(), dim);
        this.quantizable = (long) embeddings.size() * dim >= QUANTIZE_FROM;
    }

    /**
     * With {@code quantize}, queries after the first scan the one-byte copy first whatever the size;
     * without, they always scan the float matrix (benchmarks and tests compare the two).
     */
    public NearestNeighbours(Embeddings embeddings, boolean quantize) {
        this.embeddings = embeddings;
        this.dim = embeddings.dim();
        this.unit = UnitVectors.rows(embeddings.vectors(), dim);
        this.quantizable = quantize;
    }

    public Embeddings embeddings() {
        return embeddings;
    }

    /** Whether word {@code id}'s vector is all zeros: it has no direction, so no cosine with anything. */
    public boolean isZero(int id) {
        return isZero(unit, id * dim, dim);
    }

    /** Whether a query vector (from {@link #combine}) is all zeros, as {@code cat - cat} is. */
    public static boolean isZero(float[] vector) {
        return isZero(vector, 0, vector.length);
    }

    private static boolean isZero(float[] v, int from, int length) {
        for (int k = from; k < from + length; k++) {
            if (v[k] != 0) {
                return false;
            }
        }
        return true;
    }

    /** The cosine similarity of two words of the vocabulary (0 when either vector is zero). */
    public double cosine(int a, int b) {
        return dot(unit, a * dim, unit, b * dim);
    }

    /** The cosine similarity of word {@code id} and a vector of length 1. */
    public double cosine(int id, float[] unitQuery) {
        return dot(unit, id * dim, unitQuery, 0);
    }

    /** The unit vector of sum_i weights[i] * unit(ids[i]), as gensim's most_similar builds its query. */
    public float[] combine(int[] ids, double[] weights) {
        double[] sum = new double[dim];
        for (int j = 0; j < ids.length; j++) {
            int base = ids[j] * dim;
            for (int d = 0; d < dim; d++) {
                sum[d] += weights[j] * unit[base + d];
            }
        }
        return normalized(sum);
    }

    /**
     * The unit vector of sum_i weights[i] * unit(vectors[i]): {@link #combine(int[], double[])} for
     * vectors that need not be rows of the vocabulary (built from n-grams for an unseen word).
     */
    public float[] combineVectors(List<float[]> vectors, double[] weights) {
        double[] sum = new double[dim];
        for (int j = 0; j < vectors.size(); j++) {
            float[] v = vectors.get(j);
            double norm = 0;
            for (float x : v) {
                norm += (double) x * x;
            }
            double scale = norm > 0 ? weights[j] / Math.sqrt(norm) : 0;
            for (int d = 0; d < dim; d++) {
                sum[d] += scale * v[d];
            }
        }
        return normalized(sum);
    }

    private float[] normalized(double[] v) {
        double norm = 0;
        for (double x : v) {
            norm += x * x;
        }
        double inverse = norm > 0 ? 1 / Math.sqrt(norm) : 0;
        float[] result = new float[v.length];
        for (int d = 0; d < v.length; d++) {
            result[d] = (float) (v[d] * inverse);
        }
        return result;
    }

    /**
     * The {@code k} best of the first {@code limit} words (the vocabulary order is by frequency) by
     * cosine similarity to {@code unitQuery}, a vector of length 1, skipping the ids in
     * {@code excluded}. Ties go to the more frequent word.
     */
    public List<Neighbour> nearest(float[] unitQuery, int k, int limit, IntPredicate excluded) {
        // one matrix-vector product over the rows in question, then the best k of its outputs: the
        // same numbers as cosine(id, unitQuery), rows taken four at a time
        int n = Math.min(limit, embeddings.size());
        QuantizedRows quick = quantized();
        if (quick != null) {
            // the rows whose approximate score's error bound leaves them a chance, scored exactly
            // (the same numbers as the scan below): the best of them are the best of all rows
            int[] ids = quick.candidates(unitQuery, Math.min(n, quick.rows()), k, excluded);
            float[] scores = new float[ids.length];
            for (int j = 0; j < ids.length; j++) {
                scores[j] = Kernels.dot(unit, ids[j] * dim, unitQuery, 0, dim);
            }
            return top(ids, scores, k, excluded);
        }
        float[] scores = new float[n];
        Kernels.dotRows(unit, n, dim, unitQuery, scores);
        return top(null, scores, k, excluded);
    }

    /** Whether queries now scan the one-byte copy first (for tests). */
    boolean scansQuantizedCopy() {
        return quantized != null;
    }

    /** The one-byte copy of the rows, made at the second query of a large enough matrix; else null. */
    private QuantizedRows quantized() {
        if (!quantizable) {
            return null;
        }
        QuantizedRows q = quantized;
        if (q == null && scans.getAndIncrement() >= 1) {
            synchronized (this) {
                q = quantized;
                if (q == null) {
                    q = QuantizedRows.of(unit, embeddings.size(), dim);
                    if (q == null) {
                        return null; // a number that is not finite: every query scans exactly (scans keeps counting)
                    }
                    quantized = q;
                }
            }
        }
        return q;
    }

    /**
     * The k best of {@code scores} as {@link #best} chooses them (a higher score first, then the lower
     * id), on a min-heap of primitive (score, id) pairs: no object per candidate in the scan.
     * {@code scores[j]} is the score of word {@code ids[j]} (ids in increasing order), or of word j
     * when {@code ids} is null.
     */
    private List<Neighbour> top(int[] ids, float[] scores, int k, IntPredicate excluded) {
        int capacity = Math.min(k, scores.length);
        float[] heapScores = new float[capacity];
        int[] heapIds = new int[capacity];
        int size = 0;
        for (int j = 0; j < scores.length; j++) {
            int i = ids == null ? j : ids[j];
            float s = scores[j];
            if ((size == capacity && s <= heapScores[0]) || excluded.test(i)) {
                continue; // a later id ties to its loss: the earlier, more frequent word stays
            }
            int c;
            if (size < capacity) {
                c = size++;
                while (c > 0 && worse(s, i, heapScores[(c - 1) / 2], heapIds[(c - 1) / 2])) { // sift up
                    heapScores[c] = heapScores[(c - 1) / 2];
                    heapIds[c] = heapIds[(c - 1) / 2];
                    c = (c - 1) / 2;
                }
            } else {
                c = 0;
                while (true) { // the new pair replaces the root and sifts down
                    int child = 2 * c + 1;
                    if (child >= size) {
                        break;
                    }
                    if (child + 1 < size && worse(heapScores[child + 1], heapIds[child + 1], heapScores[child], heapIds[child])) {
                        child++;
                    }
                    if (!worse(heapScores[child], heapIds[child], s, i)) {
                        break;
                    }
                    heapScores[c] = heapScores[child];
                    heapIds[c] = heapIds[child];
                    c = child;
                }
            }
            heapScores[c] = s;
            heapIds[c] = i;
        }
        List<Scored> found = new ArrayList<>(size);
        for (int j = 0; j < size; j++) {
            found.add(new Scored(heapIds[j], heapScores[j]));
        }
        found.sort(Collections.reverseOrder());
        List<Neighbour> result = new ArrayList<>(size);
        for (Scored f : found) {
            result.add(new Neighbour(embeddings.word(f.id), f.score));
        }
        return result;
    }

    /** Whether (a, aId) ranks below (b, bId): a lower score, or the same score and a later id. */
    private static boolean worse(float a, int aId, float b, int bId) {
        return a < b || (a == b && aId > bId);
    }

    /** Like {@link #nearest(float[], int, int, IntPredicate)} for any score of a word id. */
    public List<Neighbour> best(int k, int limit, IntPredicate excluded, IntToDoubleFunction score) {
        int n = Math.min(limit, embeddings.size());
        // a min-heap of the best k so far: O(V log k), no sort of the whole vocabulary
        PriorityQueue<Scored> heap = new PriorityQueue<>(k + 1);
        for (int i = 0; i < n; i++) {
            double s = score.applyAsDouble(i);
            if ((heap.size() < k || s > heap.peek().score) && !excluded.test(i)) {
                heap.add(new Scored(i, s));
                if (heap.size() > k) {
                    heap.poll();
                }
            }
        }
        List<Scored> sorted = new ArrayList<>(heap);
        sorted.sort(Collections.reverseOrder());
        List<Neighbour> result = new ArrayList<>(sorted.size());
        for (Scored s : sorted) {
            result.add(new Neighbour(embeddings.word(s.id), s.score));
        }
        return result;
    }

    /** The {@code k} words most similar to {@code query} (any vector of the right size), excluding {@code exclude}. */
    public List<Neighbour> nearest(float[] query, int k, Set<String> exclude) {
        double[] q = new double[query.length];
        for (int d = 0; d < q.length; d++) {
            q[d] = query[d];
        }
        return nearest(normalized(q), k, Integer.MAX_VALUE, id -> exclude.contains(embeddings.word(id)));
    }

    /** The {@code k} words most similar to a word of the vocabulary, itself excluded. */
    public List<Neighbour> nearest(String word, int k) {
        int id = embeddings.id(word);
        if (id < 0) {
            throw new IllegalArgumentException("'" + word + "' is not in the vocabulary");
        }
        return nearest(combine(new int[] {id}, new double[] {1}), k, Integer.MAX_VALUE, i -> i == id);
    }

    private double dot(float[] a, int aOffset, float[] b, int bOffset) {
        return Kernels.dot(a, aOffset, b, bOffset, dim);
    }

    /** A word id with its score; orders by score, then prefers the lower id (more frequent word). */
    private record Scored(int id, double score) implements Comparable<Scored> {
        @Override
        public int compareTo(Scored o) {
            int c = Double.compare(score, o.score);
            return c != 0 ? c : Integer.compare(o.id, id);
        }
    }
}
