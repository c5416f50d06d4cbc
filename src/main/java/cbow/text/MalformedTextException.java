package cbow.text;

/** The input is not valid UTF-8; carries the line on which decoding failed. */
public final class MalformedTextException extends RuntimeException {
    private final long line;

    public MalformedTextException(long line) {
        super("invalid UTF-8 on line " + line);
        this.line = line;
    }

    public long line() {
        return line;
    }
}
