package cbow.embed;

import java.nio.charset.StandardCharsets;

/** The file formats embeddings are read from and written in, with the names users type. */
public enum EmbeddingsFormat {
    /** cbow's own JSON (see {@link EmbeddingsJson}). */
    JSON("json"),
    /** word2vec's text format: a "count dim" line, then "word v1 ... vN" lines (also fastText's .vec). */
    WORD2VEC("word2vec"),
    /** word2vec's binary format: a "count dim" line, then per word "word " and N little-endian float32. */
    WORD2VEC_BINARY("word2vec-binary");

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
        throw new IllegalArgumentException("unknown format '" + name + "' (expected json, word2vec or word2vec-binary)");
    }

    /**
     * Recognises a format from the first bytes of a file: JSON starts with '{'; both word2vec formats
     * start with a "count dim" line, and the text one continues with printable text where the binary
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
        String header = new String(head, i, lineEnd - i, StandardCharsets.US_ASCII).trim();
        if (lineEnd == length || !header.matches("[0-9]+[ \t]+[0-9]+")) {
            throw new EmbeddingsFormatException("neither cbow JSON nor word2vec: the file starts with neither '{' nor a \"count dim\" line");
        }
        for (int k = lineEnd + 1; k < length; k++) {
            int b = head[k] & 0xFF;
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t') {
                return WORD2VEC_BINARY;
            }
        }
        return WORD2VEC;
    }

    @Override
    public String toString() {
        return userName;
    }
}
