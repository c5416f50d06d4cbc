package cbow.api;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;

/**
 * Lines in memory as the UTF-8 text the trainer streams: each line followed by a line end, encoded
 * one line at a time (the corpus is never held as one array). Checks the cancellation at every line.
 */
final class LinesInput extends InputStream {
    private final Iterator<String> lines;
    private final Cancellation cancellation;
    private byte[] current = new byte[0];
    private int position;

    LinesInput(Iterator<String> lines, Cancellation cancellation) {
        this.lines = lines;
        this.cancellation = cancellation;
    }

    private boolean fill() {
        while (position == current.length) {
            if (!lines.hasNext()) {
                return false;
            }
            cancellation.check();
            String line = lines.next();
            current = ((line == null ? "" : line) + "\n").getBytes(StandardCharsets.UTF_8);
            position = 0;
        }
        return true;
    }

    @Override
    public int read() {
        return fill() ? current[position++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
        if (len == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int n = Math.min(len, current.length - position);
        System.arraycopy(current, position, b, off, n);
        position += n;
        return n;
    }
}
