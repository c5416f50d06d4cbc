package cbow.embed;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The TensorFlow Embedding Projector's pair of files (projector.tensorflow.org, "Load"): vectors.tsv
 * holds one vector a line, its numbers separated by tabs, and metadata.tsv the words in the same
 * order, after a header line, with their corpus counts as a second column (the projector colours and
 * filters points by such columns).
 *
 * <p>Read as the projector reads it: a metadata.tsv of one column has no header and holds a word a
 * line; one of several columns starts with a header, the word is the first column and a column
 * headed "count" (any case), if there is one, gives the counts. Each row of vectors.tsv belongs to
 * the word on the same row of metadata.tsv.
 */
public final class ProjectorFormat {
    /** The file names the projector's own exports use. */
    public static final String VECTORS_FILE = "vectors.tsv";
    public static final String METADATA_FILE = "metadata.tsv";

    private ProjectorFormat() {
    }

    /** The vectors.tsv of the pair that {@code path} names: the one inside it if it is a directory, else {@code path}. */
    static Path vectorsFile(Path path) {
        return Files.isDirectory(path) ? path.resolve(VECTORS_FILE) : path;
    }

    /** Reads the pair: {@code vectors} (a vectors.tsv) and the metadata.tsv in the same directory. */
    public static Embeddings read(Path vectors) throws IOException {
        Path metadata = vectors.toAbsolutePath().resolveSibling(METADATA_FILE);
        if (!Files.isRegularFile(vectors)) {
            throw new EmbeddingsFormatException("no " + VECTORS_FILE + " (the Embedding Projector's pair is read from its directory or its "
                    + VECTORS_FILE + ")");
        }
        if (!Files.isRegularFile(metadata)) {
            throw new EmbeddingsFormatException("read as the Embedding Projector's " + VECTORS_FILE + ", but there is no "
                    + METADATA_FILE + " beside it (the words)");
        }
        Metadata meta = readMetadata(metadata);
        try (BufferedReader reader = strictUtf8(vectors)) {
            Word2VecFormat.Rows rows = null;
            char[] chars = new char[256];
            String line;
            long lineNo = 0;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                if (rows == null) {
                    rows = new Word2VecFormat.Rows(new Word2VecFormat.Header(meta.words.size(), fields(line)));
                }
                if (rows.words.size() == meta.words.size()) {
                    throw new EmbeddingsFormatException(VECTORS_FILE + " line " + lineNo + ": more vectors than the "
                            + meta.words.size() + " words of " + METADATA_FILE);
                }
                String word = meta.words.get(rows.words.size());
                float[] row = rows.startRow(word, METADATA_FILE + " row " + (rows.words.size() + 1));
                if (line.length() > chars.length) {
                    chars = new char[Math.max(line.length(), 2 * chars.length)];
                }
                line.getChars(0, line.length(), chars, 0);
                parseRow(chars, line.length(), row, rows, word, lineNo);
            }
            if (rows == null) {
                throw new EmbeddingsFormatException(VECTORS_FILE + " holds no vectors");
            }
            if (rows.words.size() != meta.words.size()) {
                throw new EmbeddingsFormatException(VECTORS_FILE + " holds " + rows.words.size() + " vectors but "
                        + METADATA_FILE + " " + meta.words.size() + " words");
            }
            return new Embeddings(rows.words, meta.counts, rows.dim, rows.vectors, new LinkedHashMap<>(), null);
        } catch (CharacterCodingException e) {
            throw new EmbeddingsFormatException(VECTORS_FILE + ": not valid UTF-8");
        }
    }

    /** A line of vectors.tsv: {@code rows.dim} numbers separated by tabs (spaces around them allowed). */
    private static void parseRow(char[] chars, int length, float[] row, Word2VecFormat.Rows rows, String word, long lineNo) {
        int k = 0;
        int i = 0;
        while (i <= length) {
            int end = i;
            while (end < length && chars[end] != '\t') {
                end++;
            }
            int a = i;
            int b = end;
            while (a < b && chars[a] == ' ') {
                a++;
            }
            while (b > a && Character.isWhitespace(chars[b - 1])) {
                b--;
            }
            if (k == rows.dim) {
                throw new EmbeddingsFormatException(VECTORS_FILE + " line " + lineNo + ": more than " + rows.dim + " numbers");
            }
            try {
                row[rows.offset + k++] = rows.checkFinite(FloatText.parse(chars, a, b), word);
            } catch (NumberFormatException e) {
                throw new EmbeddingsFormatException(VECTORS_FILE + " line " + lineNo + ": '" + new String(chars, a, b - a)
                        + "' is not a number");
            }
            i = end + 1;
        }
        if (k != rows.dim) {
            throw new EmbeddingsFormatException(VECTORS_FILE + " line " + lineNo + ": " + k + " numbers, not " + rows.dim + " as on its first line");
        }
    }

    private static int fields(String line) {
        int n = 1;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\t') {
                n++;
            }
        }
        return n;
    }

    /** The words of metadata.tsv in order, and their counts (0 without a count column). */
    private record Metadata(List<String> words, long[] counts) {
    }

    private static Metadata readMetadata(Path file) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = strictUtf8(file)) {
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(line);
            }
        } catch (CharacterCodingException e) {
            throw new EmbeddingsFormatException(METADATA_FILE + ": not valid UTF-8");
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1); // the line end after the last row
        }
        boolean header = !lines.isEmpty() && lines.get(0).indexOf('\t') >= 0;
        int countColumn = -1;
        if (header) {
            String[] labels = lines.get(0).split("\t", -1);
            for (int c = 1; c < labels.length && countColumn < 0; c++) {
                if (labels[c].strip().equalsIgnoreCase("count")) {
                    countColumn = c;
                }
            }
        }
        int first = header ? 1 : 0;
        if (lines.size() <= first) {
            throw new EmbeddingsFormatException(METADATA_FILE + " holds no words");
        }
        List<String> words = new ArrayList<>(lines.size() - first);
        long[] counts = new long[lines.size() - first];
        for (int r = first; r < lines.size(); r++) {
            String line = lines.get(r);
            if (!header) {
                words.add(line);
                continue;
            }
            String[] cells = line.split("\t", -1);
            words.add(cells[0]);
            if (countColumn >= 0) {
                String cell = countColumn < cells.length ? cells[countColumn].strip() : "";
                try {
                    counts[r - first] = Long.parseLong(cell);
                } catch (NumberFormatException e) {
                    counts[r - first] = -1;
                }
                if (counts[r - first] < 0) {
                    throw new EmbeddingsFormatException(METADATA_FILE + " line " + (r + 1) + ": the count '" + cell
                            + "' is not a whole number of 0 or more");
                }
            }
        }
        return new Metadata(words, counts);
    }

    private static BufferedReader strictUtf8(Path file) throws IOException {
        try {
            return new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
        } catch (NoSuchFileException e) {
            throw new EmbeddingsFormatException(file.getFileName() + ": no such file");
        }
    }

    /** vectors.tsv: no header, one row a word, numbers as {@link Float#toString} writes them (exact). */
    public static void writeVectors(Embeddings e, OutputStream out) throws IOException {
        float[] v = e.vectors();
        StringBuilder line = new StringBuilder(e.dim() * 12);
        for (int i = 0; i < e.size(); i++) {
            line.setLength(0);
            for (int k = i * e.dim(); k < (i + 1) * e.dim(); k++) {
                if (k > i * e.dim()) {
                    line.append('\t');
                }
                line.append(v[k]);
            }
            line.append('\n');
            out.write(line.toString().getBytes(StandardCharsets.US_ASCII));
        }
        out.flush();
    }

    /** metadata.tsv: the header "word TAB count", then one row a word (with more than one column the projector wants a header). */
    public static void writeMetadata(Embeddings e, OutputStream out) throws IOException {
        checkWords(e);
        StringBuilder text = new StringBuilder("word\tcount\n");
        for (int i = 0; i < e.size(); i++) {
            text.append(e.word(i)).append('\t').append(e.count(i)).append('\n');
            if (text.length() > 1 << 16) {
                out.write(text.toString().getBytes(StandardCharsets.UTF_8));
                text.setLength(0);
            }
        }
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void checkWords(Embeddings e) {
        for (String word : e.words()) {
            if (word.indexOf('\t') >= 0 || word.indexOf('\n') >= 0 || word.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("the word '" + word.strip() + "' holds a tab or line break, which metadata.tsv cannot store");
            }
        }
    }
}
