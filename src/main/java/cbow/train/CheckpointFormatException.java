package cbow.train;

/** A checkpoint file that cannot be read; the message says what is wrong with it. */
public final class CheckpointFormatException extends RuntimeException {
    public CheckpointFormatException(String message) {
        super(message);
    }
}
