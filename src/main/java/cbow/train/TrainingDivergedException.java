package cbow.train;

import java.util.Locale;

/**
 * The cost became NaN or infinite, or rose far above what guessing costs: the run is stopped rather
 * than writing garbage vectors.
 */
public final class TrainingDivergedException extends RuntimeException {
    public TrainingDivergedException(int epoch, long batch, double loss, double alpha) {
        super(String.format("training diverged: the loss reached %s in epoch %d, batch %d; "
                + "try a smaller --alpha (it was %s)", loss, epoch, batch, alpha));
    }

    /** The loss is finite but above {@code limit}, which a learning run never reaches. */
    public TrainingDivergedException(int epoch, long batch, double loss, double limit, double alpha) {
        super(String.format(Locale.ROOT, "training diverged: the loss rose to %.2f by epoch %d, batch %d,"
                + " above %.2f (twice the cost of guessing uniformly, plus 2); try a smaller --alpha (it was %s)",
                loss, epoch, batch, limit, alpha));
    }
}
