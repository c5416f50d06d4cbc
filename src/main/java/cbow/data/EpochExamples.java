package cbow.data;

import java.util.SplittableRandom;

/**
 * The examples of each epoch for the exact model. Without subsampling every epoch has all the
 * windows of the corpus; with it, each epoch draws which occurrences of frequent words to drop
 * (word2vec's rule, see {@link Subsampler}) and takes the windows of what is left, so the words on
 * either side of a dropped word become neighbours. The draw depends only on the seed and the epoch
 * number, so an epoch can be rebuilt exactly when a run resumes. Shrunk windows (word2vec's, see
 * {@link Examples#withShrunkWindows}) are likewise drawn anew for each epoch.
 */
public final class EpochExamples {
    private final Examples all;
    private final EncodedCorpus corpus;
    private final Subsampler subsampler;
    private final long seed;
    private final boolean shrink;

    private EpochExamples(Examples all, EncodedCorpus corpus, Subsampler subsampler, long seed, boolean shrink) {
        this.all = all;
        this.corpus = corpus;
        this.subsampler = subsampler;
        this.seed = seed;
        this.shrink = shrink;
    }

    /**
     * Each epoch trains on the windows of a fresh subsample of {@code corpus}.
     *
     * @param threshold word2vec's t ({@code --sample}); 0 keeps every word
     * @param shrink    whether each example's half-window is drawn from 1..C, anew each epoch
     */
    public static EpochExamples subsampled(EncodedCorpus corpus, int halfWindow, long[] counts, double threshold,
                                           long seed, boolean shrink) {
        Examples all = Examples.of(corpus, halfWindow);
        return new EpochExamples(all, corpus, threshold <= 0 ? null : new Subsampler(counts, threshold), seed, shrink);
    }

    /** The windows of the whole corpus, with nothing dropped: the most any epoch can have. */
    public Examples all() {
        return all;
    }

    /** The examples of {@code epoch} (0-based). */
    public Examples forEpoch(int epoch) {
        if (subsampler == null && !shrink) {
            return all;
        }
        // a stream of its own, apart from the batch order's (BatchSampler mixes the seed otherwise)
        SplittableRandom random = new SplittableRandom(seed * 0xBF58476D1CE4E5B9L + 0x94D049BB133111EBL * (epoch + 1));
        Examples examples = subsampler == null ? all
                : Examples.of(corpus.subsampled(subsampler, random), all.halfWindow());
        return shrink ? examples.withShrunkWindows(random.nextLong()) : examples;
    }
}
