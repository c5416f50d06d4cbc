package cbow.api;

import java.util.concurrent.CancellationException;

/** Thrown by {@link Training}'s {@code train} methods when their {@link Cancellation} was cancelled. */
public final class TrainingCancelledException extends CancellationException {
    private static final long serialVersionUID = 1L;

    /** A run stopped at the caller's request. */
    public TrainingCancelledException() {
        super("training was cancelled");
    }
}
