package cbow.spark;

/** Corpus text that cannot be tokenized (invalid UTF-8); its message names where, for the user. */
public final class InvalidCorpusTextException extends RuntimeException {
    public InvalidCorpusTextException(String message) {
        super(message);
    }
}
