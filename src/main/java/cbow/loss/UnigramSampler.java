package cbow.loss;

import java.util.SplittableRandom;

/**
 * Draws negative words with probability proportional to count^power (word2vec: 0.75, fastText: 0.5),
 * in O(1) a draw by Vose's alias method: exact probabilities from 12 bytes a word, where word2vec's
 * table holds 10^8 ints and only approximates them.
 */
public final class UnigramSampler {
    /** word2vec's exponent. */
    public static final double WORD2VEC_POWER = 0.75;

    private final float[] threshold; // keep column i with this probability, else take alias[i]
    private final int[] alias;

    /** A sampler with word2vec's exponent. */
    public UnigramSampler(long[] counts) {
        this(counts, WORD2VEC_POWER);
    }

    /** @param power the exponent of the counts: 1 draws words as often as they occur, 0 all alike */
    public UnigramSampler(long[] counts, double power) {
        if (!(power >= 0 && power <= 1)) {
            throw new IllegalArgumentException("the exponent of the counts must be 0 to 1, got " + power);
        }
        int v = counts.length;
        if (v == 0) {
            throw new IllegalArgumentException("no words to sample from");
        }
        double[] scaled = new double[v];
        double total = 0;
        for (int i = 0; i < v; i++) {
            scaled[i] = Math.pow(counts[i], power);
            total += scaled[i];
        }
        int[] small = new int[v];
        int[] large = new int[v];
        int nSmall = 0;
        int nLarge = 0;
        for (int i = 0; i < v; i++) {
            scaled[i] = scaled[i] * v / total; // mean 1
            if (scaled[i] < 1) {
                small[nSmall++] = i;
            } else {
                large[nLarge++] = i;
            }
        }
        threshold = new float[v];
        alias = new int[v];
        while (nSmall > 0 && nLarge > 0) {
            int s = small[--nSmall];
            int l = large[--nLarge];
            threshold[s] = (float) scaled[s];
            alias[s] = l;
            scaled[l] = scaled[l] + scaled[s] - 1;
            if (scaled[l] < 1) {
                small[nSmall++] = l;
            } else {
                large[nLarge++] = l;
            }
        }
        while (nLarge > 0) {
            int l = large[--nLarge];
            threshold[l] = 1f;
            alias[l] = l;
        }
        while (nSmall > 0) { // only rounding leaves these: they are full columns
            int s = small[--nSmall];
            threshold[s] = 1f;
            alias[s] = s;
        }
    }

    public int sample(SplittableRandom random) {
        int column = random.nextInt(threshold.length);
        return random.nextFloat() < threshold[column] ? column : alias[column];
    }

    /** The exact probability of drawing {@code word}, recovered from the table (for tests). */
    public double probability(int word) {
        double p = threshold[word];
        for (int i = 0; i < alias.length; i++) {
            if (alias[i] == word && i != word) {
                p += 1 - threshold[i];
            }
        }
        return p / threshold.length;
    }
}
