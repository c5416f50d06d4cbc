package cbow.train;

/** The corpus was read but gives nothing to train on; the message says why. */
public final class UnusableCorpusException extends RuntimeException {
    public UnusableCorpusException(String message) {
        super(message);
    }
}
