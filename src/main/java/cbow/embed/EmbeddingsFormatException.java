package cbow.embed;

/** An embeddings file that cannot be read; the message says what is wrong with it. */
public final class EmbeddingsFormatException extends RuntimeException {
    public EmbeddingsFormatException(String message) {
        super(message);
    }
}
