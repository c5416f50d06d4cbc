package cbow.train;

/** A checkpoint that is intact but does not belong to the run asked for (other settings or corpus). */
public final class CheckpointMismatchException extends RuntimeException {
    public CheckpointMismatchException(String message) {
        super(message);
    }
}
