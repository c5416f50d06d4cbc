package cbow.text;

/** The input is not valid UTF-8; carries the line on which decoding failed, and the file when known. */
public final class MalformedTextException extends RuntimeException {
    private final long line;
    private final String source;

    public MalformedTextException(long line) {
        this(line, null);
    }

    private MalformedTextException(long line, String source) {
        super("invalid UTF-8 on line " + line);
        this.line = line;
        this.source = source;
    }

    /** The same error, naming the file (or standard input) it was found in. */
    public MalformedTextException in(String source) {
        return new MalformedTextException(line, source);
    }

    public long line() {
        return line;
    }

    /** The file it was found in, or null when not known. */
    public String source() {
        return source;
    }
}
