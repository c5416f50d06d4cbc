package cbow.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 strictly, handing over every character before a bad byte and failing only on the
 * next read. {@link java.io.InputStreamReader} fails as soon as its read-ahead meets the bad byte,
 * before the characters ahead of it are read, so a reader of lines could not say which line is bad.
 */
public final class StrictUtf8Reader extends Reader {
    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip(); // read mode, empty
    private boolean endOfInput;
    private boolean flushed;
    private CoderResult error;

    public StrictUtf8Reader(InputStream in) {
        this.in = in;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (true) {
            if (error != null) {
                if (out.position() > offset) {
                    return out.position() - offset;
                }
                error.throwException();
            }
            if (flushed) {
                return out.position() > offset ? out.position() - offset : -1;
            }
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            if (result.isError()) {
                error = result;
                continue;
            }
            if (result.isOverflow()) {
                return out.position() - offset;
            }
            if (endOfInput) { // all bytes decoded
                if (decoder.flush(out).isOverflow()) {
                    return out.position() - offset;
                }
                flushed = true;
                continue;
            }
            if (out.position() > offset) {
                return out.position() - offset; // hand over what is decoded before blocking for more
            }
            fill();
        }
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + n);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
