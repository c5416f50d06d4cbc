package cbow.embed;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * word2vec's two formats, as the C tool, fastText (.vec, text) and gensim write them. Both start
 * with a line "count dim"; the text format follows with one line "word v1 ... vN" per word (a
 * trailing space is allowed, as fastText writes), the binary format with "word ", N little-endian
 * float32 and, as the C tool writes (gensim does not), a newline. Words keep the file's order, which
 * is by frequency in files from all these tools; there are no counts.
 */
public final class Word2VecFormat {
    private Word2VecFormat() {
    }

    // ---- reading ----

    public static Embeddings readText(InputStream in) throws IOException {
        return readText(in, false);
    }

    /**
     * GloVe's text format: word2vec's text lines without the "count dim" line; the first line's
     * numbers give the size of every vector.
     */
    public static Embeddings readHeaderless(InputStream in) throws IOException {
        return readText(in, true);
    }

    private static Embeddings readText(InputStream in, boolean headerless) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        long lineNo = headerless ? 0 : 1;
        try {
            Rows rows = headerless ? null : new Rows(Header.parse(reader.readLine()));
            char[] chars = new char[256];
            String line;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                if (rows == null) {
                    rows = Rows.growing(numbersOn(line), lineNo);
                }
                if (line.length() > chars.length) {
                    chars = new char[Math.max(line.length(), 2 * chars.length)];
                }
                line.getChars(0, line.length(), chars, 0);
                parseLine(chars, line.length(), rows, lineNo);
            }
            if (rows == null) {
                throw new EmbeddingsFormatException("the file holds no vectors");
            }
            return rows.finish();
        } catch (CharacterCodingException e) {
            throw new EmbeddingsFormatException("line " + (lineNo + 1) + ": not valid UTF-8");
        }
    }

    private static void parseLine(char[] chars, int length, Rows rows, long lineNo) {
        int end = length;
        while (end > 0 && Character.isWhitespace(chars[end - 1])) {
            end--;
        }
        int i = 0;
        while (i < end && chars[i] != ' ') {
            i++;
        }
        String word = new String(chars, 0, i);
        float[] row = rows.startRow(word, "line " + lineNo);
        int k = 0;
        while (i < end) {
            while (i < end && chars[i] == ' ') {
                i++;
            }
            int start = i;
            while (i < end && chars[i] != ' ') {
                i++;
            }
            if (k == rows.dim) {
                throw new EmbeddingsFormatException("line " + lineNo + ": the vector of '" + word + "' has more than " + rows.dim + " numbers");
            }
            try {
                row[rows.offset + k++] = rows.checkFinite(FloatText.parse(chars, start, i), word);
            } catch (NumberFormatException e) {
                throw new EmbeddingsFormatException("line " + lineNo + ": '" + new String(chars, start, i - start)
                        + "' in the vector of '" + word + "' is not a number");
            }
        }
        if (k != rows.dim) {
            throw new EmbeddingsFormatException("line " + lineNo + ": the vector of '" + word + "' has " + k + " numbers, not " + rows.dim);
        }
    }

    /** How many numbers follow the word on a line of the text format (its vector's size). */
    private static int numbersOn(String line) {
        String[] fields = line.strip().split(" +");
        return fields.length - 1;
    }

    public static Embeddings readBinary(InputStream in) throws IOException {
        Header header = Header.parse(readAsciiLine(in));
        Rows rows = new Rows(header);
        byte[] vectorBytes = new byte[header.dim * Float.BYTES];
        byte[] wordBytes = new byte[64];
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        for (int n = 0; n < header.words; n++) {
            String where = "word " + (n + 1) + " of " + header.words;
            int b = in.read();
            while (b == '\n' || b == '\r') {
                b = in.read();
            }
            int length = 0;
            while (b != ' ') {
                if (b < 0) {
                    throw new EmbeddingsFormatException(where + ": the file ends too early (truncated?)");
                }
                if (length == wordBytes.length) {
                    if (length > 10_000) {
                        throw new EmbeddingsFormatException(where + ": no space after the word within 10,000 bytes (not word2vec binary?)");
                    }
                    wordBytes = Arrays.copyOf(wordBytes, 2 * length);
                }
                wordBytes[length++] = (byte) b;
                b = in.read();
            }
            String word;
            try {
                word = decoder.decode(ByteBuffer.wrap(wordBytes, 0, length)).toString();
            } catch (CharacterCodingException e) {
                throw new EmbeddingsFormatException(where + ": the word is not valid UTF-8");
            }
            float[] row = rows.startRow(word, where);
            try {
                readFully(in, vectorBytes);
            } catch (EOFException e) {
                throw new EmbeddingsFormatException(where + " ('" + word + "'): the file ends within its vector (truncated?)");
            }
            ByteBuffer.wrap(vectorBytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(row, rows.offset, rows.dim);
            for (int k = 0; k < rows.dim; k++) {
                rows.checkFinite(row[rows.offset + k], word);
            }
        }
        int b = in.read();
        while (b == '\n' || b == '\r') {
            b = in.read();
        }
        if (b >= 0) { // as the text reader: a header that undercounts is an error, not a silent cut
            throw new EmbeddingsFormatException("word " + (header.words + 1) + ": more vectors than the "
                    + header.words + " the header declares");
        }
        return rows.finish();
    }

    private static String readAsciiLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        int b;
        while ((b = in.read()) != '\n') {
            if (b < 0 || line.length() > 100) {
                break;
            }
            line.append((char) b);
        }
        return line.toString();
    }

    private static void readFully(InputStream in, byte[] buffer) throws IOException {
        int done = 0;
        while (done < buffer.length) {
            int n = in.read(buffer, done, buffer.length - done);
            if (n < 0) {
                throw new EOFException();
            }
            done += n;
        }
    }

    /** The "count dim" first line. */
    record Header(int words, int dim) {
        static Header parse(String line) {
            String[] parts = line == null ? new String[0] : line.trim().split("[ \t]+");
            try {
                if (parts.length == 2) {
                    long words = Long.parseLong(parts[0]);
                    int dim = Integer.parseInt(parts[1]);
                    if (words >= 1 && dim >= 1 && words * dim <= Integer.MAX_VALUE - 8) {
                        return new Header((int) words, dim);
                    }
                    throw new EmbeddingsFormatException("line 1: " + words + " words of " + dim
                            + " dimensions is empty or more than cbow can hold");
                }
            } catch (NumberFormatException e) {
                // the message below
            }
            throw new EmbeddingsFormatException("line 1: expected the word2vec header \"count dim\", found '"
                    + (line == null ? "" : line.length() > 40 ? line.substring(0, 40) + "..." : line) + "'");
        }
    }

    /** The words and vectors read so far, checked against the header. */
    /** Rows of words and vectors as they are read, checked as they come (also the projector's reader). */
    static final class Rows {
        final int dim;
        final int declared; // -1: no header, the rows grow as they come
        float[] vectors;
        final List<String> words = new ArrayList<>();
        final Map<String, String> firstSeen = new HashMap<>();
        int offset;

        Rows(Header header) {
            this.dim = header.dim;
            this.declared = header.words;
            this.vectors = new float[header.words * header.dim];
        }

        private Rows(int dim) {
            this.dim = dim;
            this.declared = -1;
            this.vectors = new float[dim * 1024];
        }

        /** Rows without a header: {@code dim} numbers each, as many as the file holds. */
        static Rows growing(int dim, long lineNo) {
            if (dim < 1) {
                throw new EmbeddingsFormatException("line " + lineNo + ": expected a word and its vector (GloVe's format: \"word v1 ... vN\")");
            }
            return new Rows(dim);
        }

        float[] startRow(String word, String where) {
            if (words.size() == declared) {
                throw new EmbeddingsFormatException(where + ": more vectors than the " + declared + " the header declares");
            }
            if (declared < 0 && (long) (words.size() + 1) * dim > vectors.length) {
                if ((long) vectors.length * 2 > Integer.MAX_VALUE - 8) {
                    throw new EmbeddingsFormatException(where + ": more vectors than cbow can hold");
                }
                vectors = Arrays.copyOf(vectors, vectors.length * 2);
            }
            if (word.isEmpty()) {
                throw new EmbeddingsFormatException(where + ": a vector without a word");
            }
            String earlier = firstSeen.putIfAbsent(word, where);
            if (earlier != null) {
                throw new EmbeddingsFormatException(where + ": the word '" + word + "' appears twice (first at " + earlier + ")");
            }
            offset = words.size() * dim;
            words.add(word);
            return vectors;
        }

        float checkFinite(float value, String word) {
            if (!Float.isFinite(value)) {
                throw new EmbeddingsFormatException("the vector of '" + word + "' holds a number out of float range");
            }
            return value;
        }

        Embeddings finish() {
            if (declared < 0) {
                float[] exact = Arrays.copyOf(vectors, words.size() * dim);
                return new Embeddings(words, new long[words.size()], dim, exact, new LinkedHashMap<>(), null);
            }
            if (words.size() != declared) {
                throw new EmbeddingsFormatException("the header declares " + declared + " words but the file holds "
                        + words.size() + " (truncated?)");
            }
            Map<String, Object> settings = new LinkedHashMap<>();
            return new Embeddings(words, new long[declared], dim, vectors, settings, null);
        }
    }

    // ---- writing ----

    /** Writes the text format; every word must be free of white space (the format separates by spaces). */
    public static void writeText(Embeddings e, OutputStream out) throws IOException {
        writeText(e, out, true);
    }

    /** Writes GloVe's text format: the text format without its "count dim" line. */
    public static void writeHeaderless(Embeddings e, OutputStream out) throws IOException {
        writeText(e, out, false);
    }

    private static void writeText(Embeddings e, OutputStream out, boolean header) throws IOException {
        checkWords(e);
        if (header) {
            out.write((e.size() + " " + e.dim() + "\n").getBytes(StandardCharsets.US_ASCII));
        }
        float[] v = e.vectors();
        StringBuilder line = new StringBuilder(e.dim() * 12);
        for (int i = 0; i < e.size(); i++) {
            line.setLength(0);
            line.append(e.word(i));
            for (int k = i * e.dim(); k < (i + 1) * e.dim(); k++) {
                line.append(' ').append(v[k]); // Float.toString: reads back exactly
            }
            line.append('\n');
            out.write(line.toString().getBytes(StandardCharsets.UTF_8));
        }
        out.flush();
    }

    /** Writes the binary format as the C tool does (a newline after each vector). */
    public static void writeBinary(Embeddings e, OutputStream out) throws IOException {
        checkWords(e);
        out.write((e.size() + " " + e.dim() + "\n").getBytes(StandardCharsets.US_ASCII));
        ByteBuffer bytes = ByteBuffer.allocate(e.dim() * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        float[] v = e.vectors();
        for (int i = 0; i < e.size(); i++) {
            out.write((e.word(i) + " ").getBytes(StandardCharsets.UTF_8));
            bytes.clear();
            bytes.asFloatBuffer().put(v, i * e.dim(), e.dim());
            out.write(bytes.array());
            out.write('\n');
        }
        out.flush();
    }

    private static void checkWords(Embeddings e) {
        for (String word : e.words()) {
            for (int k = 0; k < word.length(); k++) {
                if (Character.isWhitespace(word.charAt(k))) {
                    throw new IllegalArgumentException("the word '" + word + "' holds white space, which word2vec's formats cannot store");
                }
            }
        }
    }
}
