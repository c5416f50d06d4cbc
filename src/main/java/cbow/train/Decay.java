package cbow.train;

import java.util.Locale;

/**
 * The learning-rate schedule: a fixed alpha (the exact model may ask for it), or word2vec's linear
 * decay from alpha to alpha * 10^-4 over the whole run (ns and hs always decay). The rate depends only
 * on how much of the run is done, so a resumed run steps exactly as an uninterrupted one.
 */
public enum Decay {
    NONE, LINEAR;

    /** word2vec's floor: the rate never falls below alpha times this. */
    static final double FLOOR = 1e-4;

    /**
     * The learning rate once the share {@code progress} (0 to 1) of the whole run is done. Both
     * trainers call it: the exact one with its position in epochs and batches, the lock-free one with
     * the words its threads have read.
     */
    public double rate(double alpha, double progress) {
        return this == NONE ? alpha : alpha * Math.max(FLOOR, 1 - progress);
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
