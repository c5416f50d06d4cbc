package cbow.data;

import cbow.text.TokenizedCorpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A corpus encoded once into vocabulary ids on disk: 4 bytes an entry, little-endian int32, -1 for a
 * line end; nothing else in the file. Each epoch reads it again through small buffers (plain reads,
 * not a memory map, so that the pages read are the kernel's cache and not the process's memory): a
 * corpus of any length trains in the same memory. The file is temporary and removed on {@link #close}
 * (and at the JVM's exit, signals included).
 */
public final class IdFile implements IdSource, AutoCloseable {
    /** Entries a reader buffers: 1 MiB. */
    private static final int BUFFER_ENTRIES = 1 << 18;

    private final Path path;
    private final long length;
    private final long tokens;

    private IdFile(Path path, long length, long tokens) {
        this.path = path;
        this.length = length;
        this.tokens = tokens;
    }

    /** Writes the entries of a new id file, in a temporary file in {@code dir}. */
    public static Writer create(Path dir) throws IOException {
        Path path = Files.createTempFile(dir, "cbow-ids-", ".bin");
        path.toFile().deleteOnExit();
        return new Writer(path);
    }

    /** Appends entries; {@link #finish} gives the file to read. */
    public static final class Writer implements AutoCloseable {
        private final Path path;
        private final FileChannel channel;
        private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER_ENTRIES * 4).order(ByteOrder.LITTLE_ENDIAN);
        private long length;
        private long tokens;
        private boolean finished;

        private Writer(Path path) throws IOException {
            this.path = path;
            this.channel = FileChannel.open(path, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        }

        public void word(int id) throws IOException {
            put(id);
            tokens++;
        }

        public void lineEnd() throws IOException {
            put(TokenizedCorpus.LINE_END);
        }

        private void put(int entry) throws IOException {
            if (!buffer.hasRemaining()) {
                flush();
            }
            buffer.putInt(entry);
            length++;
        }

        private void flush() throws IOException {
            buffer.flip();
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            buffer.clear();
        }

        public IdFile finish() throws IOException {
            flush();
            channel.close();
            finished = true;
            return new IdFile(path, length, tokens);
        }

        /** Closes; the file is removed unless it was finished. */
        @Override
        public void close() throws IOException {
            if (!finished) {
                channel.close();
                Files.deleteIfExists(path);
            }
        }
    }

    @Override
    public long entries() {
        return length;
    }

    @Override
    public long tokens() {
        return tokens;
    }

    /** The most entries {@link #load} can hold: one Java array. */
    public static final long MAX_LOADED_ENTRIES = Integer.MAX_VALUE - 8;

    /** Reads the whole file into memory (the exact trainer's examples index into it). */
    public EncodedCorpus load() {
        if (length > MAX_LOADED_ENTRIES) {
            throw new IllegalStateException("the corpus holds " + length + " entries, more than an array can hold");
        }
        int[] ids = new int[(int) length];
        IdCursor cursor = cursor(0, length);
        int n = 0;
        while (cursor.hasNext()) {
            int take = cursor.limit - cursor.position;
            System.arraycopy(cursor.buffer, cursor.position, ids, n, take);
            n += take;
            cursor.position = cursor.limit;
        }
        return EncodedCorpus.of(ids, n, tokens);
    }

    @Override
    public IdCursor cursor(long from, long to) {
        return new FileCursor(from, to);
    }

    @Override
    public long lineStart(long position) {
        if (position <= 0 || position >= length) {
            return Math.max(0, Math.min(position, length));
        }
        IdCursor cursor = cursor(position - 1, length);
        long p = position - 1;
        while (cursor.hasNext()) {
            p++;
            if (cursor.next() == TokenizedCorpus.LINE_END) {
                return p;
            }
        }
        return length;
    }

    /** Removes the file. */
    @Override
    public void close() throws IOException {
        Files.deleteIfExists(path);
    }

    /** One thread's reader: its own channel and buffer. */
    private final class FileCursor extends IdCursor {
        private final ByteBuffer bytes;
        private long next;
        private final long end;

        FileCursor(long from, long to) {
            this.next = from;
            this.end = to;
            int entries = (int) Math.min(BUFFER_ENTRIES, Math.max(1, to - from));
            this.buffer = new int[entries];
            this.bytes = ByteBuffer.allocate(entries * 4).order(ByteOrder.LITTLE_ENDIAN);
        }

        @Override
        protected boolean refill() {
            if (next >= end) {
                return false;
            }
            int entries = (int) Math.min(buffer.length, end - next);
            bytes.clear().limit(entries * 4);
            try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
                long at = next * 4;
                while (bytes.hasRemaining()) {
                    int n = channel.read(bytes, at);
                    if (n < 0) {
                        throw new IOException("the id file ends early at byte " + at);
                    }
                    at += n;
                }
            } catch (IOException e) {
                throw new UncheckedIOException(path + ": cannot be read (" + e.getMessage() + ")", e);
            }
            bytes.flip();
            bytes.asIntBuffer().get(buffer, 0, entries);
            position = 0;
            limit = entries;
            next += entries;
            return true;
        }
    }
}
