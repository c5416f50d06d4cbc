package cbow.embed;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The loss as training went: the mean cost of each epoch, and the mean cost over each logged
 * stretch of steps within it. Stored with the embeddings, for plots and for the record.
 */
public final class TrainingHistory {
    /** Mean cost over the steps up to {@code step} (counted from the start of training). */
    public record Point(long step, double loss) {
    }

    private final List<Double> epochLosses = new ArrayList<>();
    private final List<Point> steps = new ArrayList<>();

    public void addEpoch(double meanLoss) {
        epochLosses.add(meanLoss);
    }

    public void addStep(long step, double meanLoss) {
        steps.add(new Point(step, meanLoss));
    }

    public List<Double> epochLosses() {
        return Collections.unmodifiableList(epochLosses);
    }

    public List<Point> steps() {
        return Collections.unmodifiableList(steps);
    }

    /**
     * The mean cost of the last epoch that trained on something, or NaN before any did: on a corpus
     * of a few lines subsampling can leave an epoch without a single example (its mean is NaN).
     */
    public double finalLoss() {
        for (int e = epochLosses.size() - 1; e >= 0; e--) {
            if (!Double.isNaN(epochLosses.get(e))) {
                return epochLosses.get(e);
            }
        }
        return Double.NaN;
    }
}
