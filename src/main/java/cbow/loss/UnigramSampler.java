package cbow.loss;

import java.util.SplittableRandom;

/**
 * Draws negative words with probability proportional to count^0.75, as word2vec does, in O(1) a draw
 * by Vose's alias method: exact probabilities from 12 bytes a word, where word2vec's table holds
 * 10^8 ints and only approximates them.
 */
public final class UnigramSampler {
    public static final double POWER = 0.75;

    private final float[] threshold; // keep column i with this probability, else take alias[i]
    private final int[] alias;

    public UnigramSampler(long[] counts) {
        int v = counts.length;
        if (v == 0) {
            throw new IllegalArgumentException("no words to sample from");
        }
        double[] scaled = new double[v];
        double total = 0;
        for (int i = 0; i < v; i++) {
            scaled[i] = Math.pow(counts[i], POWER);
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
