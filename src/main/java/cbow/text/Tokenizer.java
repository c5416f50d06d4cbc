package cbow.text;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.Locale;

/**
 * Splits a character stream into lowercase word tokens and line ends, without ever holding more
 * than one token: a 100 MB file that is a single line is read through a small buffer.
 *
 * <p>The rules (the README repeats them):
 * <ul>
 *   <li>A token is a maximal run of letters (with their combining marks) and digits.</li>
 *   <li>An apostrophe (' or U+2019) or a hyphen joins two such runs when it stands between them
 *       with nothing else around it: {@code don't}, {@code o'clock}, {@code well-known},
 *       {@code twenty-one} stay one token. A typographic apostrophe becomes {@code '}.</li>
 *   <li>A period or comma between two digits joins them: {@code 3.5}, {@code 1,000}.</li>
 *   <li>Everything else (white space, punctuation, symbols) separates tokens and is dropped.</li>
 *   <li>Tokens are lowercased with {@link Locale#ROOT}.</li>
 *   <li>A line end (LF, CR or CRLF) ends a sentence: context windows never cross it.</li>
 *   <li>A token longer than {@link #MAX_TOKEN_CHARS} characters is skipped (and counted), so that
 *       a run of garbage without spaces cannot exhaust memory.</li>
 * </ul>
 */
public final class Tokenizer {
    public static final int MAX_TOKEN_CHARS = 100;

    /** Receives what the tokenizer finds, in order. */
    public interface Sink {
        void token(String word);

        /** Called at every line end that follows at least one token, and once at end of input. */
        void endOfLine();
    }

    private final StringBuilder current = new StringBuilder(MAX_TOKEN_CHARS + 1);
    private boolean tooLong;
    private int currentLength; // characters seen for the current token, even past the cap
    private char pendingJoiner; // an apostrophe, hyphen, period or comma that may join two runs
    private char lastTokenChar;
    private boolean lineHasTokens;
    private long line = 1;
    private long skippedLongTokens;

    /** Tokenizes the whole reader into the sink. Decoding errors name the line they occur on. */
    public void tokenize(Reader reader, Sink sink) throws IOException {
        char[] buffer = new char[1 << 16];
        boolean previousWasCR = false;
        int n;
        while ((n = readNaming(reader, buffer)) > 0) {
            for (int i = 0; i < n; i++) {
                char c = buffer[i];
                if (c == '\n' || c == '\r') {
                    if (c == '\n' && previousWasCR) {
                        previousWasCR = false;
                        continue; // the LF of a CRLF
                    }
                    previousWasCR = c == '\r';
                    endToken(sink);
                    endLine(sink);
                    line++;
                    continue;
                }
                previousWasCR = false;
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(buffer[i + 1])) {
                    int cp = Character.toCodePoint(c, buffer[i + 1]);
                    i++;
                    if (isWordCodePoint(cp)) {
                        appendWordChars(sink, Character.toChars(cp));
                    } else {
                        endToken(sink);
                    }
                    continue;
                }
                if (isWordCodePoint(c)) {
                    appendWordChars(sink, c);
                } else if (isJoiner(c) && currentLength > 0 && pendingJoiner == 0) {
                    pendingJoiner = c;
                } else {
                    endToken(sink);
                }
            }
        }
        endToken(sink);
        endLine(sink);
    }

    /** The number of tokens skipped for being longer than {@link #MAX_TOKEN_CHARS}. */
    public long skippedLongTokens() {
        return skippedLongTokens;
    }

    /** The line the tokenizer has reached (1-based). */
    public long line() {
        return line;
    }

    private int readNaming(Reader reader, char[] buffer) throws IOException {
        try {
            int n = reader.read(buffer);
            return Math.max(n, 0);
        } catch (CharacterCodingException e) {
            throw new MalformedTextException(line);
        }
    }

    private void appendWordChars(Sink sink, char... chars) {
        if (pendingJoiner != 0) {
            char joiner = pendingJoiner;
            pendingJoiner = 0;
            boolean digitJoin = joiner == '.' || joiner == ',';
            if (digitJoin && !(Character.isDigit(lastTokenChar) && Character.isDigit(chars[0]))) {
                endToken(sink);
            } else {
                append(joiner == '\u2019' ? '\'' : joiner);
            }
        }
        for (char c : chars) {
            append(c);
        }
        lastTokenChar = chars[0];
    }

    private void append(char c) {
        currentLength++;
        if (currentLength > MAX_TOKEN_CHARS) {
            tooLong = true;
        } else {
            current.append(c);
        }
    }

    private void endToken(Sink sink) {
        pendingJoiner = 0; // a joiner at the end of a token is punctuation, not part of it
        if (currentLength == 0) {
            return;
        }
        String token = tooLong ? null : current.toString().toLowerCase(Locale.ROOT);
        if (token == null || token.length() > MAX_TOKEN_CHARS) { // lowercasing can lengthen: İ -> i̇
            skippedLongTokens++;
        } else {
            sink.token(token);
            lineHasTokens = true;
        }
        current.setLength(0);
        currentLength = 0;
        tooLong = false;
    }

    private void endLine(Sink sink) {
        if (lineHasTokens) {
            sink.endOfLine();
            lineHasTokens = false;
        }
    }

    private static boolean isJoiner(char c) {
        return c == '\'' || c == '\u2019' || c == '-' || c == '.' || c == ',';
    }

    private static boolean isWordCodePoint(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }
}
