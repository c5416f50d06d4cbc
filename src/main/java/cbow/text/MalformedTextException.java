package cbow.text;

/** The input is not valid UTF-8; carries the line on which decoding failed, and what to do about it. */
public final class MalformedTextException extends RuntimeException {
    private final long line;
    private final boolean utf16;

    public MalformedTextException(long line) {
        super("invalid UTF-8 on line " + line);
        this.line = line;
        this.utf16 = false;
    }

    private MalformedTextException(String message) {
        super(message);
        this.line = 1;
        this.utf16 = true;
    }

    /** Text in UTF-16 (from Windows tools, PowerShell's redirections): not bad bytes to drop, but another encoding. */
    static MalformedTextException utf16(String sign) {
        return new MalformedTextException("the text is UTF-16 (" + sign + "), not UTF-8");
    }

    public long line() {
        return line;
    }

    /** How to turn the input into what cbow reads, for the error line. */
    public String advice() {
        return utf16 ? "convert it with: iconv -f UTF-16 -t UTF-8"
                : "convert it to UTF-8, or drop bad bytes with: iconv -c -f UTF-8 -t UTF-8";
    }
}
