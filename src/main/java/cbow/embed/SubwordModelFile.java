package cbow.embed;

import cbow.io.AtomicFile;
import cbow.vocab.CharacterNgrams;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32C;

/**
 * The subword model file, format "cbow-subwords" version 1: the words with their counts and vectors,
 * and the rows of the n-gram buckets, so that a vector can be built for any word. Binary, every
 * number little-endian (the byte order of the machines it runs on, so the floats map straight into
 * memory), in this order:
 *
 * <pre>
 *   magic      8 bytes "CBOWSUBW"
 *   version    int32 (1)
 *   dim        int32 N
 *   words      int32 V
 *   min, max   int32, int32: the n-gram lengths, in characters
 *   buckets    int32 B
 *   settings   int32 byte length L, then L bytes: the training settings, a JSON object in UTF-8
 *   vocabulary V times: int32 byte length, the word in UTF-8, int64 count (most frequent first)
 *   checksums  int32 CRC-32C of every byte above; int32 CRC-32C of the V x N floats of "vectors"
 *   padding    zero bytes up to the next multiple of 64 bytes from the start of the file
 *   vectors    V x N float32: each word's vector (what embeddings.json holds: the mean of the
 *              word's own row and its n-grams' rows)
 *   n-grams    B x N float32: bucket b's row, for the n-grams that hash to b (fastText's FNV-1a)
 * </pre>
 *
 * The file is exactly as long as this says; anything shorter or longer is refused. The n-gram rows
 * carry no checksum so that opening a model reads none of them: they are memory-mapped, and a query
 * reads only the rows of its n-grams (millions of rows open in milliseconds).
 */
public final class SubwordModelFile {
    public static final String FORMAT = "cbow-subwords";
    public static final int VERSION = 1;
    static final byte[] MAGIC = "CBOWSUBW".getBytes(StandardCharsets.US_ASCII);
    private static final int ALIGN = 64;
    /** Mapped regions stay under 1 GB (Java maps at most 2 GB at once). */
    private static final long MAX_REGION = 1L << 30;

    private SubwordModelFile() {
    }

    /** Writes {@code e} (whose {@link Embeddings#ngrams()} must be set) whole or not at all. */
    public static void write(Embeddings e, Path file) throws IOException {
        AtomicFile.write(file, out -> write(e, out));
    }

    public static void write(Embeddings e, OutputStream out) throws IOException {
        NgramVectors ngrams = e.ngrams();
        if (ngrams == null) {
            throw new IllegalArgumentException("these embeddings have no n-gram rows");
        }
        ByteBuffer head = header(e, ngrams);
        out.write(head.array(), 0, head.limit());
        int dim = e.dim();
        float[] row = new float[dim];
        FloatWriter floats = new FloatWriter(out);
        floats.write(e.vectors(), 0, e.vectors().length);
        for (int b = 0; b < ngrams.buckets(); b++) {
            ngrams.copyRow(b, row, 0);
            floats.write(row, 0, dim);
        }
        floats.flush();
    }

    private static ByteBuffer header(Embeddings e, NgramVectors ngrams) throws IOException {
        byte[] settings = EmbeddingsJson.settingsJson(e.settings());
        List<byte[]> words = new ArrayList<>(e.size());
        long size = MAGIC.length + 7 * 4 + settings.length + 8;
        for (String w : e.words()) {
            byte[] b = w.getBytes(StandardCharsets.UTF_8);
            words.add(b);
            size += 4 + b.length + 8;
        }
        long padded = (size + ALIGN - 1) / ALIGN * ALIGN;
        if (padded > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("too many words for one model file");
        }
        ByteBuffer head = ByteBuffer.allocate((int) padded).order(ByteOrder.LITTLE_ENDIAN);
        head.put(MAGIC).putInt(VERSION).putInt(e.dim()).putInt(e.size())
                .putInt(ngrams.ngrams().min()).putInt(ngrams.ngrams().max()).putInt(ngrams.buckets())
                .putInt(settings.length).put(settings);
        for (int i = 0; i < e.size(); i++) {
            head.putInt(words.get(i).length).put(words.get(i)).putLong(e.count(i));
        }
        CRC32C crc = new CRC32C();
        crc.update(head.array(), 0, head.position());
        head.putInt((int) crc.getValue());
        head.putInt(vectorChecksum(e.vectors()));
        head.position(head.capacity()); // the padding stays zero
        head.flip();
        return head;
    }

    private static int vectorChecksum(float[] v) {
        CRC32C crc = new CRC32C();
        ByteBuffer bytes = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);
        for (int k = 0; k < v.length; ) {
            int n = Math.min(v.length - k, bytes.capacity() / Float.BYTES);
            bytes.clear();
            bytes.asFloatBuffer().put(v, k, n);
            crc.update(bytes.array(), 0, n * Float.BYTES);
            k += n;
        }
        return (int) crc.getValue();
    }

    /** True when the bytes start with this format's magic. */
    public static boolean recognises(byte[] head, int length) {
        return length >= MAGIC.length && Arrays.equals(head, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    /** Opens a model file, its n-gram rows memory-mapped. */
    public static Embeddings read(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            ByteBuffer first = channel.map(FileChannel.MapMode.READ_ONLY, 0, Math.min(size, MAX_REGION));
            Header h = Header.read(first.order(ByteOrder.LITTLE_ENDIAN), size);
            float[] vectors = new float[h.words.size() * h.dim];
            long vectorsAt = h.end;
            long vectorBytes = 4L * vectors.length;
            ByteBuffer vb = channel.map(FileChannel.MapMode.READ_ONLY, vectorsAt, vectorBytes).order(ByteOrder.LITTLE_ENDIAN);
            vb.asFloatBuffer().get(vectors);
            h.checkVectors(vectors);
            long rowBytes = 4L * h.dim;
            int rowsPerPart = (int) Math.max(1, Math.min(h.buckets, MAX_REGION / rowBytes));
            List<ByteBuffer> parts = new ArrayList<>();
            for (long b = 0; b < h.buckets; b += rowsPerPart) {
                long rows = Math.min(rowsPerPart, h.buckets - b);
                parts.add(channel.map(FileChannel.MapMode.READ_ONLY, vectorsAt + vectorBytes + b * rowBytes, rows * rowBytes));
            }
            return h.embeddings(vectors, NgramVectors.mapped(h.ngrams, h.buckets, h.dim, parts, rowsPerPart));
        }
    }

    /** Reads a model from a stream (standard input): the n-gram rows are read into memory. */
    public static Embeddings read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        try {
            byte[] fixed = new byte[MAGIC.length + 7 * 4];
            data.readFully(fixed);
            ByteBuffer start = ByteBuffer.wrap(fixed).order(ByteOrder.LITTLE_ENDIAN);
            start.position(fixed.length - 4);
            int settingsLength = start.getInt();
            if (settingsLength < 0 || settingsLength > 1 << 20) {
                throw new EmbeddingsFormatException("a corrupt header (settings of " + settingsLength + " bytes)");
            }
            ByteBuffer grown = ByteBuffer.allocate(fixed.length + settingsLength).order(ByteOrder.LITTLE_ENDIAN);
            grown.put(fixed);
            data.readFully(grown.array(), fixed.length, settingsLength);
            // the vocabulary's length is unknown until read: read word by word into a growing buffer
            ByteArray header = new ByteArray(grown.array());
            int words = ByteBuffer.wrap(fixed).order(ByteOrder.LITTLE_ENDIAN).getInt(MAGIC.length + 8);
            if (words < 1) {
                throw new EmbeddingsFormatException("the file holds no words");
            }
            for (int i = 0; i < words; i++) {
                byte[] length = new byte[4];
                data.readFully(length);
                int n = ByteBuffer.wrap(length).order(ByteOrder.LITTLE_ENDIAN).getInt();
                if (n < 0 || n > 1 << 16) {
                    throw new EmbeddingsFormatException("a corrupt vocabulary (a word of " + n + " bytes)");
                }
                header.add(length);
                byte[] rest = new byte[n + 8];
                data.readFully(rest);
                header.add(rest);
            }
            byte[] sums = new byte[8];
            data.readFully(sums);
            header.add(sums);
            int padding = (int) ((ALIGN - header.length % ALIGN) % ALIGN);
            data.readFully(new byte[padding]);
            header.add(new byte[padding]);
            Header h = Header.read(ByteBuffer.wrap(header.bytes, 0, header.length).order(ByteOrder.LITTLE_ENDIAN), -1);
            float[] vectors = readFloats(data, (long) h.words.size() * h.dim);
            h.checkVectors(vectors);
            float[] rows = readFloats(data, (long) h.buckets * h.dim);
            if (data.read() != -1) {
                throw new EmbeddingsFormatException("the file goes on after the last n-gram row");
            }
            return h.embeddings(vectors, NgramVectors.of(h.ngrams, h.buckets, h.dim, rows, 0));
        } catch (EOFException e) {
            throw new EmbeddingsFormatException("the file ends too early (truncated?)");
        }
    }

    private static float[] readFloats(DataInputStream data, long count) throws IOException {
        if (count > Integer.MAX_VALUE - 8) {
            throw new EmbeddingsFormatException("too many numbers to read from a stream (more than 2^31); open the file by name");
        }
        float[] out = new float[(int) count];
        byte[] buffer = new byte[1 << 16];
        for (int k = 0; k < out.length; ) {
            int n = Math.min(out.length - k, buffer.length / Float.BYTES);
            data.readFully(buffer, 0, n * Float.BYTES);
            ByteBuffer.wrap(buffer, 0, n * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(out, k, n);
            k += n;
        }
        return out;
    }

    /** A growing byte array (the header read from a stream). */
    private static final class ByteArray {
        byte[] bytes;
        int length;

        ByteArray(byte[] start) {
            bytes = Arrays.copyOf(start, Math.max(64, start.length * 2));
            length = start.length;
        }

        void add(byte[] more) {
            if (length + more.length > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(length + more.length, bytes.length * 2));
            }
            System.arraycopy(more, 0, bytes, length, more.length);
            length += more.length;
        }
    }

    /** The parsed header: everything before the floats. */
    private static final class Header {
        int dim;
        int buckets;
        CharacterNgrams ngrams;
        Map<String, Object> settings;
        List<String> words;
        long[] counts;
        int vectorCrc;
        long end; // where the vectors start

        static Header read(ByteBuffer b, long fileSize) throws IOException {
            Header h = new Header();
            try {
                byte[] magic = new byte[MAGIC.length];
                b.get(magic);
                if (!Arrays.equals(magic, MAGIC)) {
                    throw new EmbeddingsFormatException("not a cbow subword model (no \"CBOWSUBW\" at the start)");
                }
                int version = b.getInt();
                if (version != VERSION) {
                    throw new EmbeddingsFormatException("subword model version " + version + " is not supported (this cbow reads version " + VERSION + ")");
                }
                h.dim = b.getInt();
                int words = b.getInt();
                int min = b.getInt();
                int max = b.getInt();
                h.buckets = b.getInt();
                if (h.dim < 1 || words < 1 || h.buckets < 1) {
                    throw new EmbeddingsFormatException("a corrupt header (dim " + h.dim + ", " + words + " words, " + h.buckets + " buckets)");
                }
                try {
                    h.ngrams = new CharacterNgrams(min, max);
                } catch (IllegalArgumentException e) {
                    throw new EmbeddingsFormatException("a corrupt header (" + e.getMessage() + ")");
                }
                int settingsLength = b.getInt();
                if (settingsLength < 0 || settingsLength > b.remaining()) {
                    throw new EmbeddingsFormatException("a corrupt header (settings of " + settingsLength + " bytes)");
                }
                byte[] settings = new byte[settingsLength];
                b.get(settings);
                h.words = new ArrayList<>(Math.min(words, 1 << 20));
                h.counts = new long[words];
                Set<String> seen = new HashSet<>();
                var decoder = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
                for (int i = 0; i < words; i++) {
                    int n = b.getInt();
                    if (n < 0 || n > b.remaining()) {
                        throw new EmbeddingsFormatException("a corrupt vocabulary (word " + (i + 1) + " of " + n + " bytes)");
                    }
                    ByteBuffer bytes = b.slice(b.position(), n);
                    b.position(b.position() + n);
                    String word;
                    try {
                        word = decoder.decode(bytes).toString();
                    } catch (CharacterCodingException e) {
                        throw new EmbeddingsFormatException("word " + (i + 1) + " is not valid UTF-8");
                    }
                    if (!seen.add(word)) {
                        throw new EmbeddingsFormatException("the word '" + word + "' appears twice");
                    }
                    h.words.add(word);
                    h.counts[i] = b.getLong();
                }
                int headerCrc = b.getInt();
                CRC32C crc = new CRC32C();
                crc.update(b.duplicate().position(0).limit(b.position() - 4));
                if ((int) crc.getValue() != headerCrc) {
                    throw new EmbeddingsFormatException("the header's checksum does not match (a damaged file)");
                }
                h.vectorCrc = b.getInt();
                h.settings = EmbeddingsJson.parseSettings(settings);
                h.end = (b.position() + ALIGN - 1) / ALIGN * ALIGN;
            } catch (java.nio.BufferUnderflowException | IndexOutOfBoundsException e) {
                throw new EmbeddingsFormatException("the file ends too early (truncated?)");
            }
            if ((long) h.words.size() * h.dim > Integer.MAX_VALUE - 8) {
                throw new EmbeddingsFormatException("too many word vectors to load (more than 2^31 numbers)");
            }
            long expected = h.end + 4L * h.dim * ((long) h.words.size() + h.buckets);
            if (fileSize >= 0 && fileSize != expected) {
                throw new EmbeddingsFormatException(String.format("the file has %,d bytes where its header promises %,d (%s)",
                        fileSize, expected, fileSize < expected ? "truncated?" : "extra bytes at the end"));
            }
            return h;
        }

        void checkVectors(float[] vectors) {
            if (vectorChecksum(vectors) != vectorCrc) {
                throw new EmbeddingsFormatException("the word vectors' checksum does not match (a damaged file)");
            }
        }

        Embeddings embeddings(float[] vectors, NgramVectors rows) {
            return new Embeddings(words, counts, dim, vectors, settings, null).withNgrams(rows);
        }
    }

    /** Little-endian float32 out through a reused buffer. */
    private static final class FloatWriter {
        private final OutputStream out;
        private final ByteBuffer buffer = ByteBuffer.allocate(1 << 16).order(ByteOrder.LITTLE_ENDIAN);

        FloatWriter(OutputStream out) {
            this.out = out;
        }

        void write(float[] v, int from, int count) throws IOException {
            for (int k = from; k < from + count; ) {
                if (buffer.remaining() < Float.BYTES) {
                    flush();
                }
                int n = Math.min(from + count - k, buffer.remaining() / Float.BYTES);
                buffer.asFloatBuffer().put(v, k, n); // a view from the buffer's position, in its byte order
                buffer.position(buffer.position() + n * Float.BYTES);
                k += n;
            }
        }

        void flush() throws IOException {
            out.write(buffer.array(), 0, buffer.position());
            buffer.clear();
        }
    }
}
