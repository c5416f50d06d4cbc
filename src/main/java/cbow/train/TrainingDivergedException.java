package cbow.train;

/**
 * The cost became NaN, infinite, or over ten times the cost of guessing uniformly (10 ln V): the run
 * is stopped rather than writing garbage vectors.
 */
public final class TrainingDivergedException extends RuntimeException {
    public TrainingDivergedException(int epoch, long batch, double loss, double alpha) {
        super(String.format("training diverged: the loss reached %s in epoch %d, batch %d; "
                + "try a smaller --alpha (it was %s)", loss, epoch, batch, alpha));
    }
}
