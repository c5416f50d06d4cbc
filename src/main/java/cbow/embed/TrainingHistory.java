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

    /** The mean cost of the last epoch, or NaN before any epoch ended. */
    public double finalLoss() {
        return epochLosses.isEmpty() ? Double.NaN : epochLosses.get(epochLosses.size() - 1);
    }
}
