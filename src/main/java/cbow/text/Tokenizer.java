package cbow.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
 *   <li>An underscore between two runs joins them: {@code new_york}, the phrases that
 *       {@code cbow phrases} (word2phrase, gensim's Phrases) writes, stay one token.</li>
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
    private boolean previousWasCR;
    private char pendingHighSurrogate;
    private long line = 1;
    private long skippedLongTokens;

    /**
     * Tokenizes UTF-8 bytes into the sink. Decoding is done here, chunk by chunk, so that invalid
     * UTF-8 is reported ({@link MalformedTextException}) with the line it is really on.
     */
    public void tokenize(InputStream in, Sink sink) throws IOException {
        CharsetDecoder decoder = strictUtf8();
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        boolean eof = false;
        boolean first = true;
        while (true) {
            if (!eof) {
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    eof = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
                if (first && bytes.position() > 0) {
                    first = false;
                    requireNotUtf16(bytes.array(), 0, bytes.position());
                }
            }
            bytes.flip();
            CoderResult result;
            do {
                result = decoder.decode(bytes, chars, eof);
                consume(chars, sink); // the text before an error counts: it fixes the error's line
                if (result.isError()) {
                    throw new MalformedTextException(line);
                }
            } while (result.isOverflow());
            bytes.compact();
            if (eof) {
                do {
                    result = decoder.flush(chars);
                    consume(chars, sink);
                } while (result.isOverflow());
                finish(sink);
                return;
            }
        }
    }

    /**
     * Tokenizes UTF-8 bytes already in memory (a line of a Spark text file) into the sink, by the
     * rules of {@link #tokenize(InputStream, Sink)} and with its errors, without the stream's two
     * buffers of 64 K each: made for every line, those cost more than the tokenizing (Brown's
     * counting stage on Spark: 9.7 s).
     */
    public void tokenize(byte[] utf8, int offset, int length, Sink sink) {
        if (length > 0) {
            requireNotUtf16(utf8, offset, length);
        }
        CharBuffer chars;
        try {
            chars = strictUtf8().decode(ByteBuffer.wrap(utf8, offset, length));
        } catch (CharacterCodingException e) {
            throw new MalformedTextException(line);
        }
        while (chars.hasRemaining()) {
            accept(chars.get(), sink);
        }
        finish(sink);
    }

    /** A UTF-8 decoder that reports bad bytes instead of replacing them. */
    private static CharsetDecoder strictUtf8() {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * UTF-16 either fails on line 1 (a byte-order mark is invalid UTF-8) or, without a mark,
     * decodes as letters separated by NUL bytes, which would train on single letters in silence.
     * Either way it is another encoding, not bad bytes: say so.
     */
    private static void requireNotUtf16(byte[] head, int from, int length) {
        if (length >= 2 && ((head[from] == (byte) 0xFF && head[from + 1] == (byte) 0xFE)
                || (head[from] == (byte) 0xFE && head[from + 1] == (byte) 0xFF))) {
            throw MalformedTextException.utf16("it starts with a UTF-16 byte-order mark");
        }
        int sample = Math.min(length, 4096);
        int nuls = 0;
        for (int i = from; i < from + sample; i++) {
            if (head[i] == 0) {
                nuls++;
            }
        }
        if (sample >= 4 && nuls * 4 >= sample) { // UTF-16 of Latin text: every other byte is NUL
            throw MalformedTextException.utf16("NUL bytes between its letters");
        }
    }

    /** Tokenizes already decoded text into the sink. */
    public void tokenize(Reader reader, Sink sink) throws IOException {
        CharBuffer chars = CharBuffer.allocate(1 << 16);
        while (reader.read(chars) >= 0) {
            consume(chars, sink);
        }
        finish(sink);
    }

    private void consume(CharBuffer chars, Sink sink) {
        chars.flip();
        while (chars.hasRemaining()) {
            accept(chars.get(), sink);
        }
        chars.clear();
    }

    private void finish(Sink sink) {
        if (pendingHighSurrogate != 0) {
            pendingHighSurrogate = 0;
            endToken(sink);
        }
        endToken(sink);
        endLine(sink);
    }

    private void accept(char c, Sink sink) {
        if (pendingHighSurrogate != 0) {
            char high = pendingHighSurrogate;
            pendingHighSurrogate = 0;
            if (Character.isLowSurrogate(c)) {
                int cp = Character.toCodePoint(high, c);
                if (isWordCodePoint(cp)) {
                    appendWordChar(sink, high, c);
                } else {
                    endToken(sink);
                }
                return;
            }
            endToken(sink); // a lone surrogate separates tokens
        }
        if (c == '\n' || c == '\r') {
            boolean lfOfCrLf = c == '\n' && previousWasCR;
            previousWasCR = c == '\r';
            if (!lfOfCrLf) {
                endToken(sink);
                endLine(sink);
                line++;
            }
            return;
        }
        previousWasCR = false;
        if (Character.isHighSurrogate(c)) {
            pendingHighSurrogate = c; // a pair may be split across two chunks
        } else if (isWordCodePoint(c)) {
            appendWordChar(sink, c, (char) 0);
        } else if (isJoiner(c) && currentLength > 0 && pendingJoiner == 0) {
            pendingJoiner = c;
        } else {
            endToken(sink);
        }
    }

    /** The number of tokens skipped for being longer than {@link #MAX_TOKEN_CHARS}. */
    public long skippedLongTokens() {
        return skippedLongTokens;
    }

    /** The line the tokenizer has reached (1-based). */
    public long line() {
        return line;
    }

    /** Adds a word character (the high half of a pair, with {@code low}; else low is 0). */
    private void appendWordChar(Sink sink, char c, char low) {
        if (pendingJoiner != 0) {
            char joiner = pendingJoiner;
            pendingJoiner = 0;
            boolean digitJoin = joiner == '.' || joiner == ',';
            if (digitJoin && !(Character.isDigit(lastTokenChar) && Character.isDigit(c))) {
                endToken(sink);
            } else {
                append(joiner == '\u2019' ? '\'' : joiner);
            }
        }
        append(c);
        if (low != 0) {
            append(low);
        }
        lastTokenChar = c;
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
        return c == '\'' || c == '\u2019' || c == '-' || c == '.' || c == ',' || c == '_';
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
