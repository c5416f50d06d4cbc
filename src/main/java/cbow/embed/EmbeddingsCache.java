package cbow.embed;

import cbow.io.AtomicFile;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32C;

/**
 * A binary copy of the words, counts and vectors of an embeddings file, kept in a cache directory
 * so that the next query reads raw floats instead of parsing text again (parsing 30 million numbers
 * costs seconds; reading them costs milliseconds). A copy is used only while the source file has
 * the same size, modification time and checksum of its first and last megabyte as when it was made;
 * otherwise it is made again. Settings and training history are not kept: commands that need them
 * read the source.
 *
 * <p>Layout (big-endian header, little-endian floats): "CBOWVEC1", source size, source mtime (ns),
 * source checksum, word count, dim; per word a length-prefixed UTF-8 string; the counts (long); the
 * vectors (float32).
 */
public final class EmbeddingsCache {
    /** Smaller files parse in a few milliseconds: not worth a cache entry. */
    public static final long MIN_SOURCE_BYTES = 1 << 20;

    private static final byte[] MAGIC = "CBOWVEC1".getBytes(StandardCharsets.US_ASCII);
    private static final int EDGE_BYTES = 1 << 20;

    private final Path directory;

    public EmbeddingsCache(Path directory) {
        this.directory = directory;
    }

    /** The cache of the environment: $CBOW_CACHE_DIR, else $XDG_CACHE_HOME/cbow, else ~/.cache/cbow; null when CBOW_CACHE_DIR is set empty (no cache). */
    public static EmbeddingsCache fromEnvironment() {
        String explicit = System.getenv("CBOW_CACHE_DIR");
        if (explicit != null) {
            return explicit.isEmpty() ? null : new EmbeddingsCache(Path.of(explicit));
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isEmpty() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return new EmbeddingsCache(base.resolve("cbow"));
    }

    /** Where the copy of {@code source} lives (one entry per source path). */
    Path entryFor(Path source) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(source.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8));
            return directory.resolve(HexFormat.of().formatHex(digest, 0, 16) + ".vectors");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JDK has SHA-256
        }
    }

    /** The cached copy of {@code source} if there is a current one, else null. */
    public Embeddings read(Path source) {
        Path entry = entryFor(source);
        if (!Files.isRegularFile(entry)) {
            return null;
        }
        try (FileChannel channel = FileChannel.open(entry, StandardOpenOption.READ)) {
            ByteBuffer all = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
            byte[] magic = new byte[MAGIC.length];
            all.get(magic);
            Stamp stamp = Stamp.of(source);
            if (!Arrays.equals(magic, MAGIC) || all.getLong() != stamp.size || all.getLong() != stamp.mtime
                    || all.getLong() != stamp.checksum) {
                return null;
            }
            int words = all.getInt();
            int dim = all.getInt();
            List<String> list = new ArrayList<>(words);
            byte[] bytes = new byte[256];
            for (int i = 0; i < words; i++) {
                int length = all.getInt();
                if (length > bytes.length) {
                    bytes = new byte[length];
                }
                all.get(bytes, 0, length);
                list.add(new String(bytes, 0, length, StandardCharsets.UTF_8));
            }
            long[] counts = new long[words];
            all.asLongBuffer().get(counts);
            all.position(all.position() + words * Long.BYTES);
            float[] vectors = new float[words * dim];
            all.order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vectors);
            return new Embeddings(list, counts, dim, vectors, new LinkedHashMap<>(), null);
        } catch (IOException | RuntimeException e) {
            return null; // a damaged or unreadable entry is as good as none: the source is parsed
        }
    }

    /** Stores a copy of what was read from {@code source}; failing to (a read-only home, a full disk) only costs speed. */
    public void write(Path source, Embeddings e) {
        try {
            Stamp stamp = Stamp.of(source);
            Files.createDirectories(directory);
            AtomicFile.write(entryFor(source), out -> {
                DataOutputStream data = new DataOutputStream(out);
                data.write(MAGIC);
                data.writeLong(stamp.size);
                data.writeLong(stamp.mtime);
                data.writeLong(stamp.checksum);
                data.writeInt(e.size());
                data.writeInt(e.dim());
                for (String word : e.words()) {
                    byte[] bytes = word.getBytes(StandardCharsets.UTF_8);
                    data.writeInt(bytes.length);
                    data.write(bytes);
                }
                for (int i = 0; i < e.size(); i++) {
                    data.writeLong(e.count(i));
                }
                ByteBuffer floats = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
                float[] v = e.vectors();
                for (int k = 0; k < v.length; ) {
                    floats.clear();
                    int n = Math.min(v.length - k, floats.capacity() / Float.BYTES);
                    floats.asFloatBuffer().put(v, k, n);
                    data.write(floats.array(), 0, n * Float.BYTES);
                    k += n;
                }
                data.flush();
            });
        } catch (IOException | RuntimeException ignored) {
            // the cache is an optimization; the vectors were read all the same
        }
    }

    /** What identifies one version of a source file. */
    private record Stamp(long size, long mtime, long checksum) {
        static Stamp of(Path source) throws IOException {
            BasicFileAttributes attributes = Files.readAttributes(source, BasicFileAttributes.class);
            long size = attributes.size();
            CRC32C crc = new CRC32C();
            try (FileChannel channel = FileChannel.open(source, StandardOpenOption.READ)) {
                crc.update(read(channel, 0, (int) Math.min(size, EDGE_BYTES)));
                if (size > EDGE_BYTES) {
                    crc.update(read(channel, Math.max(EDGE_BYTES, size - EDGE_BYTES), (int) Math.min(size - EDGE_BYTES, EDGE_BYTES)));
                }
            }
            return new Stamp(size, attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS), crc.getValue());
        }

        private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
            ByteBuffer buffer = ByteBuffer.allocate(length);
            while (buffer.hasRemaining() && channel.read(buffer, position + buffer.position()) > 0) {
                // keep reading
            }
            return buffer.flip();
        }
    }
}
