package cbow.embed;

import cbow.vocab.CharacterNgrams;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a subword model's n-gram buckets, which give any word a vector: the mean of the rows
 * of its character n-grams (fastText's vector for a word it never saw). The rows are either an
 * array or views of a memory-mapped file, so that a model of millions of rows opens at once and only
 * the rows a query touches are ever read from disk.
 */
public final class NgramVectors {
    private final CharacterNgrams ngrams;
    private final int buckets;
    private final int dim;
    private final FloatBuffer[] segments; // whole rows each; segment s holds rows [s * rowsPerSegment, ...)
    private final int rowsPerSegment;

    private NgramVectors(CharacterNgrams ngrams, int buckets, int dim, FloatBuffer[] segments, int rowsPerSegment) {
        this.ngrams = ngrams;
        this.buckets = buckets;
        this.dim = dim;
        this.segments = segments;
        this.rowsPerSegment = rowsPerSegment;
    }

    /** Rows held in an array: bucket b at {@code rows[b * dim ..]}. */
    public static NgramVectors of(CharacterNgrams ngrams, int buckets, int dim, float[] rows, int offset) {
        if (offset + (long) buckets * dim > rows.length) {
            throw new IllegalArgumentException("fewer rows than buckets");
        }
        return new NgramVectors(ngrams, buckets, dim,
                new FloatBuffer[] {FloatBuffer.wrap(rows, offset, buckets * dim).slice()}, Math.max(1, buckets));
    }

    /**
     * Rows read from little-endian float32 bytes: {@code parts} are consecutive byte buffers (mapped
     * file regions, each under 2 GB) holding whole rows, bucket 0 first.
     */
    static NgramVectors mapped(CharacterNgrams ngrams, int buckets, int dim, List<ByteBuffer> parts, int rowsPerPart) {
        List<FloatBuffer> views = new ArrayList<>();
        for (ByteBuffer part : parts) {
            views.add(part.order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer());
        }
        return new NgramVectors(ngrams, buckets, dim, views.toArray(new FloatBuffer[0]), rowsPerPart);
    }

    public CharacterNgrams ngrams() {
        return ngrams;
    }

    public int buckets() {
        return buckets;
    }

    public int dim() {
        return dim;
    }

    /** Adds bucket {@code b}'s row into {@code sum}. */
    public void addRow(int b, float[] sum) {
        FloatBuffer segment = segments[b / rowsPerSegment];
        int base = (b % rowsPerSegment) * dim;
        for (int k = 0; k < dim; k++) {
            sum[k] += segment.get(base + k);
        }
    }

    /** Copies bucket {@code b}'s row into {@code row[offset..]}. */
    public void copyRow(int b, float[] row, int offset) {
        segments[b / rowsPerSegment].get((b % rowsPerSegment) * dim, row, offset, dim);
    }

    /** The mean of the rows of the word's n-grams, or null when the word has none (shorter than the shortest n-gram). */
    public float[] vectorOf(String word) {
        int[] grams = ngrams.buckets(word, buckets);
        if (grams.length == 0) {
            return null;
        }
        float[] v = new float[dim];
        for (int b : grams) {
            addRow(b, v);
        }
        float share = 1f / grams.length;
        for (int k = 0; k < dim; k++) {
            v[k] *= share;
        }
        return v;
    }
}
