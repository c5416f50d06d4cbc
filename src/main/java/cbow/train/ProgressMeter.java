package cbow.train;

import cbow.embed.TrainingHistory;

/**
 * The loss as training goes, kept the same way by both trainers: about {@link #POINTS_PER_EPOCH}
 * points an epoch, each the mean cost over the stretch of steps since the one before, into the
 * history and to the listener; each epoch's mean; and a stop, with {@link TrainingDivergedException},
 * for a cost that is not finite or a stretch whose mean climbs past the divergence limit.
 */
final class ProgressMeter {
    /** How many loss points each epoch adds to the history (at most). */
    static final int POINTS_PER_EPOCH = 50;
    /** A stretch must span this many examples before its mean can declare divergence. */
    private static final int DIVERGENCE_MIN_EXAMPLES = 100;

    private final TrainingHistory history;
    private final TrainingListener listener;
    private final int epochs;
    private final double divergenceLimit;
    private final double alpha;

    /**
     * @param divergenceLimit a stretch mean above this stops the run (a learning run stays far below
     *                        it); infinity checks only that the cost is finite
     * @param alpha           the learning rate asked for, named in the error that stops a run
     */
    ProgressMeter(TrainingHistory history, TrainingListener listener, int epochs, double divergenceLimit, double alpha) {
        this.history = history;
        this.listener = listener;
        this.epochs = epochs;
        this.divergenceLimit = divergenceLimit;
        this.alpha = alpha;
    }

    /** Positions (batches, corpus entries) between points, for an epoch of {@code positions}. */
    static long interval(long positions) {
        return Math.max(1, positions / POINTS_PER_EPOCH);
    }

    TrainingHistory history() {
        return history;
    }

    /** Stops the run if {@code cost}, of step {@code step} of {@code epoch}, is not a finite number. */
    void requireFinite(double cost, int epoch, long step) {
        if (!Double.isFinite(cost)) {
            throw new TrainingDivergedException(epoch, step, cost, alpha);
        }
    }

    /**
     * Ends a stretch of {@code examples} examples whose costs add up to {@code lossSum}, at step
     * {@code step} of the run and position {@code position} of the epoch's {@code positions}: records
     * its mean, stops a diverging run, reports progress; returns the mean.
     */
    double point(int epoch, long step, double lossSum, long examples, long position, long positions,
                 double wordsPerSecond) {
        double mean = lossSum / examples;
        history.addStep(step, mean);
        if (mean > divergenceLimit && examples >= DIVERGENCE_MIN_EXAMPLES) {
            throw new TrainingDivergedException(epoch, position, mean, divergenceLimit, alpha);
        }
        long scale = positions / Integer.MAX_VALUE + 1; // the listener counts in ints: a corpus may not
        listener.progress(epoch, epochs, (int) (position / scale), (int) (positions / scale), mean, wordsPerSecond);
        return mean;
    }

    /** Ends epoch {@code epoch} (1-based) with mean cost {@code mean}. */
    void epochFinished(int epoch, double mean, double wordsPerSecond, double seconds) {
        history.addEpoch(mean);
        listener.epochFinished(epoch, epochs, mean, wordsPerSecond, seconds);
    }

    static double secondsSince(long startNanos) {
        return Math.max(1e-9, (System.nanoTime() - startNanos) / 1e9);
    }
}
