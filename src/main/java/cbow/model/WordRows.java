package cbow.model;

/**
 * Which input rows make up each word's input vector, for subword models: word w's rows are
 * {@code rows[starts[w] .. starts[w + 1])} (its own row first, then one per character n-gram, as
 * fastText lists a word's subwords), and its input vector is their mean. Rows may repeat (an n-gram
 * twice in a word, two n-grams in one bucket): each occurrence counts, as in fastText.
 *
 * @param starts    V + 1 offsets into {@code rows}
 * @param rows      row indices into the input matrix of {@code totalRows} rows
 * @param totalRows the input matrix's rows (V words, then the n-gram buckets)
 */
public record WordRows(int[] starts, int[] rows, int totalRows) {
    public WordRows {
        if (starts.length < 2 || starts[0] != 0 || starts[starts.length - 1] != rows.length) {
            throw new IllegalArgumentException("starts must run from 0 to the number of rows");
        }
    }

    public int words() {
        return starts.length - 1;
    }
}
