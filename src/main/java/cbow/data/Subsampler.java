package cbow.data;

import java.util.SplittableRandom;

/**
 * Subsampling of frequent words, word2vec's formula: a word that makes up a share f of the corpus
 * is kept with probability (sqrt(f / t) + 1) * t / f, for the threshold t ({@code --sample}), so words
 * rarer than about t are always kept and "the" mostly skipped. It changes the data, not the model;
 * it is drawn anew each epoch.
 */
public final class Subsampler {
    private final float[] keep;

    /** @param threshold t; 0 keeps every word */
    public Subsampler(long[] counts, double threshold) {
        keep = new float[counts.length];
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        for (int i = 0; i < counts.length; i++) {
            if (threshold <= 0) {
                keep[i] = 1f;
            } else {
                double scaled = threshold * total;
                keep[i] = (float) Math.min(1.0, (Math.sqrt(counts[i] / scaled) + 1) * scaled / counts[i]);
            }
        }
    }

    /** True (with that probability) when this occurrence of {@code word} is kept. */
    public boolean keep(int word, SplittableRandom random) {
        float p = keep[word];
        return p >= 1f || random.nextFloat() < p;
    }
}
