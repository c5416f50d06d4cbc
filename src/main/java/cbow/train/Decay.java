package cbow.train;

import java.util.Locale;

/**
 * The learning-rate schedule of the exact model: a fixed alpha, or word2vec's linear decay from
 * alpha to alpha * 10^-4 over the whole run. The rate at a step depends only on the position in the
 * run (epoch and batch), so a resumed run steps exactly as an uninterrupted one.
 */
public enum Decay {
    NONE, LINEAR;

    /** word2vec's floor: the rate never falls below alpha times this. */
    static final double FLOOR = 1e-4;

    /**
     * The learning rate for batch {@code batch} (0-based) of {@code batches} in epoch {@code epoch}
     * (1-based) of {@code epochs}.
     */
    public double rate(double alpha, int epoch, int epochs, int batch, int batches) {
        if (this == NONE) {
            return alpha;
        }
        double done = (epoch - 1 + (double) batch / batches) / epochs;
        return alpha * Math.max(FLOOR, 1 - done);
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Decay parse(String text) {
        for (Decay d : values()) {
            if (d.label().equals(text)) {
                return d;
            }
        }
        throw new IllegalArgumentException("--decay must be none or linear, got '" + text + "'");
    }
}
