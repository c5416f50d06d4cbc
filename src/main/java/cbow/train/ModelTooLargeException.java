package cbow.train;

/** The requested model cannot be allocated; the message names the options to lower. */
public final class ModelTooLargeException extends RuntimeException {
    public ModelTooLargeException(String message) {
        super(message);
    }
}
