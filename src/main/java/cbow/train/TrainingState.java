package cbow.train;

import cbow.embed.TrainingHistory;

/**
 * Where a run of the exact trainer stands, besides its network's parameters and moments: the position (epoch, next batch), the step
 * count, the loss sums of the unfinished epoch and logged stretch, and the history so far. With the
 * parameters this is all a run needs to continue exactly as if it had never stopped: the order of
 * the batches depends only on the seed and the epoch, so no random generator state is kept.
 */
public final class TrainingState {
    int epoch = 1;            // 1-based, the epoch under way
    int batch;                // the next batch of that epoch, 0-based
    long step;                // gradient steps taken since the start
    double epochLossSum;      // sum over the epoch's examples of their cost
    long epochExamples;
    double stretchLossSum;    // the same since the last logged point
    long stretchExamples;
    final TrainingHistory history;

    /** The state before the first step. */
    public TrainingState() {
        this(new TrainingHistory());
    }

    TrainingState(TrainingHistory history) {
        this.history = history;
    }

    /** A state read back from a checkpoint. */
    public static TrainingState restore(int epoch, int batch, long step, double epochLossSum, long epochExamples,
                                        double stretchLossSum, long stretchExamples, TrainingHistory history) {
        if (epoch < 1 || batch < 0 || step < 0 || epochExamples < 0 || stretchExamples < 0) {
            throw new IllegalArgumentException("a position out of range: epoch " + epoch + ", batch " + batch);
        }
        TrainingState s = new TrainingState(history);
        s.epoch = epoch;
        s.batch = batch;
        s.step = step;
        s.epochLossSum = epochLossSum;
        s.epochExamples = epochExamples;
        s.stretchLossSum = stretchLossSum;
        s.stretchExamples = stretchExamples;
        return s;
    }

    void recordBatch(double loss, int examples) {
        step++;
        batch++;
        epochLossSum += loss * examples; // weighted by examples, so a short last batch weighs less
        epochExamples += examples;
        stretchLossSum += loss * examples;
        stretchExamples += examples;
    }

    /** Ends the logged stretch (its mean is in the history): the next one starts from zero. */
    void closeStretch() {
        stretchLossSum = 0;
        stretchExamples = 0;
    }

    /** Ends the epoch: returns its mean cost, and moves to the next epoch. */
    double closeEpoch() {
        double mean = epochLossSum / epochExamples;
        epoch++;
        batch = 0;
        epochLossSum = 0;
        epochExamples = 0;
        return mean;
    }

    public int epoch() {
        return epoch;
    }

    public int batch() {
        return batch;
    }

    public long step() {
        return step;
    }

    public double epochLossSum() {
        return epochLossSum;
    }

    public long epochExamples() {
        return epochExamples;
    }

    public double stretchLossSum() {
        return stretchLossSum;
    }

    public long stretchExamples() {
        return stretchExamples;
    }

    public TrainingHistory history() {
        return history;
    }

    /** Epochs finished so far. */
    public int completedEpochs() {
        return epoch - 1;
    }
}
