package cbow.embed;

import cbow.io.AtomicFile;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32C;
import java.util.zip.CheckedOutputStream;

/**
 * A binary copy of the words, counts and vectors of an embeddings file, kept in a cache directory
 * so that the next query reads raw floats instead of parsing text again (parsing 30 million numbers
 * costs seconds; reading them costs milliseconds). Settings and training history are not kept:
 * commands that need them read the source.
 *
 * <p>Three rules keep a copy from ever answering for the wrong vectors:
 * <ul>
 * <li>A copy is used only while its source has the same {@link Stamp} (size, modification time,
 *     file identity, checksum of the first and last megabyte) as the bytes it was made from.</li>
 * <li>A copy is filed only when the source kept one stamp from before it was opened until after it
 *     was parsed, and that stamp's edges are those of the very handle parsed: a file renamed over
 *     the source mid-parse (a {@code train -o} finishing) cannot lend its stamp to the old vectors.</li>
 * <li>A copy carries a CRC32C of all its bytes; one that fails it (a disk error, an edit) is deleted
 *     and the source parsed again.</li>
 * </ul>
 * The directory is bounded ({@link #DEFAULT_MAX_BYTES}, or {@code CBOW_CACHE_MAX}): after each new
 * copy the least recently used are deleted until the rest fit.
 *
 * <p>Layout (big-endian header, little-endian floats): "CBOWVEC2", the stamp (size, mtime in ns,
 * identity, edge checksum), word count, dim; per word a length-prefixed UTF-8 string; the counts
 * (long); the vectors (float32); then the CRC32C of everything before it (long).
 */
public final class EmbeddingsCache {
    /** Smaller files parse in a few milliseconds: not worth a cache entry. */
    public static final long MIN_SOURCE_BYTES = 1 << 20;
    /** The default bound of the whole directory: 2 GiB. */
    public static final long DEFAULT_MAX_BYTES = 2L << 30;

    private static final byte[] MAGIC = "CBOWVEC2".getBytes(StandardCharsets.US_ASCII);
    private static final int EDGE_BYTES = 1 << 20;
    private static final String SUFFIX = ".vectors";

    private final Path directory;
    private final long maxBytes;

    public EmbeddingsCache(Path directory) {
        this(directory, DEFAULT_MAX_BYTES);
    }

    public EmbeddingsCache(Path directory, long maxBytes) {
        this.directory = directory;
        this.maxBytes = maxBytes;
    }

    /**
     * The cache of the environment: $CBOW_CACHE_DIR, else $XDG_CACHE_HOME/cbow, else ~/.cache/cbow,
     * bounded by $CBOW_CACHE_MAX (bytes, or with K, M, G); null (no cache) when CBOW_CACHE_DIR is set
     * empty or CBOW_CACHE_MAX is 0. An unreadable CBOW_CACHE_MAX is an IllegalArgumentException.
     */
    public static EmbeddingsCache fromEnvironment() {
        long max = parseSize(System.getenv("CBOW_CACHE_MAX"));
        String explicit = System.getenv("CBOW_CACHE_DIR");
        if (max == 0 || (explicit != null && explicit.isEmpty())) {
            return null;
        }
        if (explicit != null) {
            return new EmbeddingsCache(Path.of(explicit), max);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isEmpty() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return new EmbeddingsCache(base.resolve("cbow"), max);
    }

    /** "500M", "2G", "1048576": bytes; null or empty: the default. */
    static long parseSize(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_MAX_BYTES;
        }
        String t = text.strip().toUpperCase(Locale.ROOT);
        long unit = switch (t.charAt(t.length() - 1)) {
            case 'K' -> 1L << 10;
            case 'M' -> 1L << 20;
            case 'G' -> 1L << 30;
            default -> 1;
        };
        String digits = unit == 1 ? t : t.substring(0, t.length() - 1);
        try {
            long n = Long.parseLong(digits);
            if (n >= 0 && n <= Long.MAX_VALUE / unit) {
                return n * unit;
            }
        } catch (NumberFormatException e) {
            // the message below
        }
        throw new IllegalArgumentException("CBOW_CACHE_MAX must be a size such as 500M or 2G (0 turns the cache off), got '" + text + "'");
    }

    /**
     * Where the copy of {@code source} lives (one entry per source path): a 128-bit hash of the
     * absolute path. Not a cryptographic digest: MessageDigest's first use sets up the security
     * providers, about a tenth of a query's start, and a name shared by two paths could not answer for
     * the wrong file anyway (the entry's stamp holds the source's device and inode).
     */
    Path entryFor(Path source) {
        byte[] path = source.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8);
        long high = 0xcbf29ce484222325L; // FNV-1a, 64 bits
        long low = 0x9e3779b97f4a7c15L; // a second, independent mix of the same bytes
        for (byte b : path) {
            high = (high ^ (b & 0xff)) * 0x100000001b3L;
            low = Long.rotateLeft(low ^ ((b & 0xff) * 0xff51afd7ed558ccdL), 29) * 0xc4ceb9fe1a85ec53L;
        }
        return directory.resolve(HexFormat.of().toHexDigits(high) + HexFormat.of().toHexDigits(low ^ (low >>> 31)) + SUFFIX);
    }

    /** What a parse of a source file needs: the bytes, and leave to file the result afterwards. */
    public interface Parser {
        Embeddings parse(InputStream in) throws IOException;
    }

    /**
     * The embeddings of {@code source}: a current copy when there is one, else {@code parser}'s
     * reading of the file, filed for next time if the file held still while it was read.
     */
    public Embeddings load(Path source, Parser parser) throws IOException {
        Embeddings cached = read(source);
        if (cached != null) {
            return cached;
        }
        Stamp before = Stamp.of(source);
        Embeddings parsed;
        Stamp handle;
        try (FileChannel channel = FileChannel.open(source, StandardOpenOption.READ)) {
            handle = Stamp.edgesOf(channel); // positional reads: the parse below still starts at 0
            parsed = parser.parse(Channels.newInputStream(channel));
        }
        Stamp after;
        try {
            after = Stamp.of(source);
        } catch (IOException gone) {
            return parsed; // the file went away meanwhile: what was read stands, nothing is filed
        }
        if (before.sameAs(after) && handle.size == after.size && handle.edges == after.edges) {
            write(after, source, parsed);
        }
        return parsed;
    }

    /** The cached copy of {@code source} if there is a current, intact one, else null (a damaged one is deleted). */
    public Embeddings read(Path source) {
        Path entry = entryFor(source);
        if (!Files.isRegularFile(entry)) {
            return null;
        }
        Embeddings embeddings;
        try (FileChannel channel = FileChannel.open(entry, StandardOpenOption.READ)) {
            ByteBuffer all = channel.map(FileChannel.MapMode.READ_ONLY, 0, channel.size());
            byte[] magic = new byte[MAGIC.length];
            all.get(magic);
            if (!Arrays.equals(magic, MAGIC)) {
                deleteQuietly(entry);
                return null;
            }
            Stamp stamp = Stamp.of(source);
            if (!new Stamp(all.getLong(), all.getLong(), all.getLong(), all.getLong()).sameAs(stamp)) {
                return null; // another version of the file: it is parsed, and this entry replaced
            }
            embeddings = checkedBody(all);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(entry); // damaged (its checksum fails) or unreadable: rebuilt from the source
            return null;
        }
        try { // marks the entry as recently used, for eviction
            Files.setLastModifiedTime(entry, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException ignored) {
            // a read-only cache still serves
        }
        return embeddings;
    }

    /**
     * The words, counts and vectors after the stamp, proven by the CRC32C of all the bytes before the
     * last 8: the vectors are summed block by block as they are copied, so the check costs no second
     * pass over memory. Throws IllegalStateException for an entry that fails it.
     */
    private static Embeddings checkedBody(ByteBuffer all) {
        int words = all.getInt();
        int dim = all.getInt();
        if (words < 1 || dim < 1) {
            throw new IllegalStateException("empty entry");
        }
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
        int vectorsStart = all.position() + words * Long.BYTES;
        float[] vectors = new float[Math.multiplyExact(words, dim)];
        if ((long) vectorsStart + (long) vectors.length * Float.BYTES != all.limit() - Long.BYTES) {
            throw new IllegalStateException("entry length does not match its header");
        }
        CRC32C crc = new CRC32C();
        crc.update(all.duplicate().position(0).limit(vectorsStart));
        int block = 1 << 16; // floats: 256 KB, summed while still in cache, then copied
        for (int k = 0; k < vectors.length; k += block) {
            int n = Math.min(block, vectors.length - k);
            ByteBuffer slice = all.duplicate().position(vectorsStart + k * Float.BYTES).limit(vectorsStart + (k + n) * Float.BYTES);
            crc.update(slice.duplicate());
            slice.order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vectors, k, n);
        }
        if (crc.getValue() != all.getLong(all.limit() - Long.BYTES)) {
            throw new IllegalStateException("the entry's checksum fails");
        }
        return new Embeddings(list, counts, dim, vectors, new LinkedHashMap<>(), null);
    }

    /** Stores a copy of what was read from {@code source} as {@code stamp}; failing to (a read-only home, a full disk) only costs speed. */
    private void write(Stamp stamp, Path source, Embeddings e) {
        long entryBytes = MAGIC.length + 4L * Long.BYTES + 2L * Integer.BYTES + (long) e.size() * (Integer.BYTES + Long.BYTES)
                + (long) e.vectors().length * Float.BYTES + Long.BYTES; // the words' own bytes come on top
        if (entryBytes > maxBytes || entryBytes >= Integer.MAX_VALUE) {
            return; // could never fit (nor be mapped in one piece): not worth evicting everything else for
        }
        try {
            Files.createDirectories(directory);
            Path entry = entryFor(source);
            AtomicFile.write(entry, out -> {
                CheckedOutputStream checked = new CheckedOutputStream(out, new CRC32C());
                DataOutputStream data = new DataOutputStream(checked);
                data.write(MAGIC);
                data.writeLong(stamp.size);
                data.writeLong(stamp.mtime);
                data.writeLong(stamp.identity);
                data.writeLong(stamp.edges);
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
                new DataOutputStream(out).writeLong(checked.getChecksum().getValue());
            });
            evict(entry);
        } catch (IOException | RuntimeException ignored) {
            // the cache is an optimization; the vectors were read all the same
        }
    }

    /** Deletes the least recently used entries (never {@code keep}) until the directory fits its bound. */
    void evict(Path keep) throws IOException {
        record Entry(Path path, long size, long used) {
        }
        List<Entry> entries = new ArrayList<>();
        long total = 0;
        try (DirectoryStream<Path> list = Files.newDirectoryStream(directory, "*" + SUFFIX)) {
            for (Path p : list) {
                try {
                    BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                    entries.add(new Entry(p, a.size(), a.lastModifiedTime().toMillis()));
                    total += a.size();
                } catch (IOException vanished) {
                    // another process evicted it
                }
            }
        }
        entries.sort(Comparator.comparingLong(Entry::used));
        for (Entry old : entries) {
            if (total <= maxBytes) {
                break;
            }
            if (!old.path.equals(keep)) {
                deleteQuietly(old.path);
                total -= old.size;
            }
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // the next reader will find it damaged or stale again
        }
    }

    /**
     * What identifies one version of a source file. Compared with {@link #sameAs}, not the record's
     * equals, which is built by method handles at its first call: tens of milliseconds of a query.
     */
    private record Stamp(long size, long mtime, long identity, long edges) {
        boolean sameAs(Stamp o) {
            return size == o.size && mtime == o.mtime && identity == o.identity && edges == o.edges;
        }

        /** The file at {@code source} now: its attributes, and its edges read through the path. */
        static Stamp of(Path source) throws IOException {
            BasicFileAttributes attributes = Files.readAttributes(source, BasicFileAttributes.class);
            Object key = attributes.fileKey(); // (dev, inode) on Unix: a file renamed over the path differs
            long identity = key == null ? 0 : fnv(key.toString());
            long edges;
            try (FileChannel channel = FileChannel.open(source, StandardOpenOption.READ)) {
                edges = edgesOf(channel).edges;
            }
            return new Stamp(attributes.size(), attributes.lastModifiedTime().to(TimeUnit.NANOSECONDS), identity, edges);
        }

        /** The size and edge checksum of the file open as {@code channel} (size and edges only). */
        static Stamp edgesOf(FileChannel channel) throws IOException {
            long size = channel.size();
            CRC32C crc = new CRC32C();
            // through one small direct buffer: a heap buffer would be copied from a temporary direct
            // one of its own size, and each fresh megabyte costs its page faults (about 5 ms a query)
            ByteBuffer chunk = ByteBuffer.allocateDirect(64 << 10);
            sum(channel, 0, Math.min(size, EDGE_BYTES), chunk, crc);
            if (size > EDGE_BYTES) {
                sum(channel, Math.max(EDGE_BYTES, size - EDGE_BYTES), Math.min(size - EDGE_BYTES, EDGE_BYTES), chunk, crc);
            }
            return new Stamp(size, 0, 0, crc.getValue());
        }

        /** Adds {@code length} bytes of {@code channel} from {@code position} (fewer if it ends first) to {@code crc}. */
        private static void sum(FileChannel channel, long position, long length, ByteBuffer chunk, CRC32C crc) throws IOException {
            long done = 0;
            while (done < length) {
                chunk.clear().limit((int) Math.min(chunk.capacity(), length - done));
                int n = channel.read(chunk, position + done);
                if (n <= 0) {
                    return;
                }
                crc.update(chunk.flip());
                done += n;
            }
        }

        private static long fnv(String text) {
            long h = 0xcbf29ce484222325L;
            for (int i = 0; i < text.length(); i++) {
                h = (h ^ text.charAt(i)) * 0x100000001b3L;
            }
            return h;
        }
    }
}
