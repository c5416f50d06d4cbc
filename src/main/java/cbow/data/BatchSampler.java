package cbow.data;

import java.util.SplittableRandom;

/**
 * Deals the examples into batches of m in a shuffled order. Each epoch's order depends only on the
 * seed and the epoch number (not on earlier epochs), so a run can be reproduced, or resumed, from
 * (seed, epoch, batch) alone.
 */
public final class BatchSampler {
    private final Examples examples;
    private final int batchSize;
    private final long seed;
    private final int[] order;

    public BatchSampler(Examples examples, int batchSize, long seed) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + batchSize);
        }
        this.examples = examples;
        this.batchSize = batchSize;
        this.seed = seed;
        this.order = new int[examples.size()];
    }

    /** Shuffles the examples for {@code epoch} (0-based): a Fisher-Yates shuffle of 0..n-1. */
    public void startEpoch(int epoch) {
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed ^ (0x9E3779B97F4A7C15L * (epoch + 1)));
        for (int i = order.length - 1; i > 0; i--) {
            int k = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[k];
            order[k] = t;
        }
    }

    /** Batches per epoch; the last one holds the remainder and may be smaller than m. */
    public int batchesPerEpoch() {
        return (order.length + batchSize - 1) / batchSize;
    }

    /** Fills {@code batch} with batch number {@code index} of the current epoch. */
    public void fill(int index, Batch batch) {
        batch.clear();
        int from = index * batchSize;
        int to = Math.min(from + batchSize, order.length);
        for (int i = from; i < to; i++) {
            batch.add(examples, order[i]);
        }
    }

    public int batchSize() {
        return batchSize;
    }

    public Examples examples() {
        return examples;
    }
}
