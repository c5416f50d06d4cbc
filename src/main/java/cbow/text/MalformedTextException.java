package cbow.text;

/**
 * The input is not valid UTF-8; carries the line on which decoding failed, the file when known, and
 * what to do about it.
 */
public final class MalformedTextException extends RuntimeException {
    private final long line;
    private final String source;
    private final boolean utf16;

    public MalformedTextException(long line) {
        this("invalid UTF-8 on line " + line, line, null, false);
    }

    private MalformedTextException(String message, long line, String source, boolean utf16) {
        super(message);
        this.line = line;
        this.source = source;
        this.utf16 = utf16;
    }

    /** Text in UTF-16 (from Windows tools, PowerShell's redirections): not bad bytes to drop, but another encoding. */
    static MalformedTextException utf16(String sign) {
        return new MalformedTextException("the text is UTF-16 (" + sign + "), not UTF-8", 1, null, true);
    }

    /** The same error, naming the file (or standard input) it was found in. */
    public MalformedTextException in(String source) {
        return new MalformedTextException(getMessage(), line, source, utf16);
    }

    public long line() {
        return line;
    }

    /** The file it was found in, or null when not known. */
    public String source() {
        return source;
    }

    /** How to turn the input into what cbow reads, for the error line. */
    public String advice() {
        return utf16 ? "convert it with: iconv -f UTF-16 -t UTF-8"
                : "convert it to UTF-8, or drop bad bytes with: iconv -c -f UTF-8 -t UTF-8";
    }
}
