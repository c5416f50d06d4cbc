package cbow.api;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** A corpus file read through a {@link Cancellation}: each read checks it, so reading stops soon after a cancel. */
final class CancellableInput extends FilterInputStream {
    private final Cancellation cancellation;

    CancellableInput(InputStream in, Cancellation cancellation) {
        super(in);
        this.cancellation = cancellation;
    }

    @Override
    public int read() throws IOException {
        cancellation.check();
        return super.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        cancellation.check();
        return super.read(b, off, Math.min(len, 1 << 16));
    }
}
