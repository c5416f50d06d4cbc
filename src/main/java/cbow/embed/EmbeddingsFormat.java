package cbow.embed;

import java.nio.charset.StandardCharsets;

/**
 * The file formats embeddings are read from and written in, with the names users type: the one
 * list that every reader and writer of embeddings (export, train, the library) takes its formats from.
 */
public enum EmbeddingsFormat {
    /** cbow's own JSON (see {@link EmbeddingsJson}). */
    JSON("json"),
    /** word2vec's text format: a "count dim" line, then "word v1 ... vN" lines (also fastText's .vec). */
    WORD2VEC("word2vec"),
    /** word2vec's binary format: a "count dim" line, then per word "word " and N little-endian float32. */
    WORD2VEC_BINARY("word2vec-binary"),
    /** GloVe's text format: word2vec's text lines without the "count dim" line. */
    GLOVE("glove"),
    /**
     * The TensorFlow Embedding Projector's pair of files in a directory: vectors.tsv (one vector a
     * line, tab-separated) and metadata.tsv (a header, then word and count a line). Read from the
     * directory or from its vectors.tsv (see {@link ProjectorFormat}); not from a stream.
     */
    PROJECTOR("projector");

    /** The names users may give, for messages. */
    public static final String NAMES = "json, word2vec, word2vec-binary, glove or projector";

    private final String userName;

    EmbeddingsFormat(String userName) {
        this.userName = userName;
    }

    public String userName() {
        return userName;
    }

    /** The format named {@code name} as users write it ("json", "word2vec", "word2vec-binary"). */
    public static EmbeddingsFormat named(String name) {
        for (EmbeddingsFormat f : values()) {
            if (f.userName.equals(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown format '" + name + "' (expected " + NAMES + ")");
    }

    /** Whether the format goes to one file (or standard output); the projector's pair needs a directory. */
    public boolean singleFile() {
        return this != PROJECTOR;
    }

    /**
     * Recognises a format from the first bytes of a file: JSON starts with '{'; GloVe with a word and
     * its numbers; both word2vec formats start with a "count dim" line, and the text one continues with printable text where the binary
     * one holds raw floats (bytes below 0x20 other than tab and newline, almost surely within a vector).
     */
    public static EmbeddingsFormat detect(byte[] head, int length) {
        int i = 0;
        while (i < length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\n' || head[i] == '\r'
                || (head[i] & 0xFF) == 0xEF || (head[i] & 0xFF) == 0xBB || (head[i] & 0xFF) == 0xBF)) {
            i++; // white space and a UTF-8 byte order mark
        }
        if (i < length && head[i] == '{') {
            return JSON;
        }
        int lineEnd = i;
        while (lineEnd < length && head[lineEnd] != '\n') {
            lineEnd++;
        }
        String header = new String(head, i, lineEnd - i, StandardCharsets.UTF_8).trim();
        if (numbersByTabs(header) && (!header.matches("[0-9]+[ \t]+[0-9]+") || numbersByTabs(nextLine(head, lineEnd, length)))) {
            return PROJECTOR; // only numbers, tab-separated, with no word: a projector's vectors.tsv
        }
        if (!header.matches("[0-9]+[ \t]+[0-9]+")) {
            if (header.matches("\\S+( +[-+0-9.eEinfINFaN]+)+")) {
                return GLOVE; // a word, then numbers: a vector line with no header
            }
            throw new EmbeddingsFormatException("neither cbow JSON nor word2vec: the file starts with neither '{', "
                    + "a \"count dim\" line nor a GloVe line \"word v1 ... vN\"");
        }
        if (lineEnd == length) {
            throw new EmbeddingsFormatException("a \"count dim\" line and nothing after it");
        }
        for (int k = lineEnd + 1; k < length; k++) {
            int b = head[k] & 0xFF;
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t') {
                return WORD2VEC_BINARY;
            }
        }
        return WORD2VEC;
    }

    private static boolean numbersByTabs(String line) {
        return line.indexOf('\t') >= 0 && line.strip().matches("[-+0-9.eEinfINFaN]+( *\t *[-+0-9.eEinfINFaN]+)+");
    }

    private static String nextLine(byte[] head, int lineEnd, int length) {
        int start = Math.min(lineEnd + 1, length);
        int end = start;
        while (end < length && head[end] != '\n') {
            end++;
        }
        return new String(head, start, end - start, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return userName;
    }
}
