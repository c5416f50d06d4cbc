package cbow.model;

import java.util.Locale;

/**
 * Which vectors of a trained network become the embeddings, for both networks: each hands over its
 * input vectors and its output vectors as V x N rows (row i is word i's).
 */
public enum WordVectors {
    /** Column i of W1 (row i of the lock-free network's input): what the word contributes as context. */
    INPUT,
    /** Row i of W2 (of negative sampling's output): how the word is predicted as a center. */
    OUTPUT,
    /** (W1^T + W2) / 2, the seed's embeddings. */
    AVERAGE;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The embeddings as V x N rows, from the input and output rows (each V x N; {@code outputRows} is
     * not read for INPUT, so it may be a layer without word rows, such as the hierarchical softmax's).
     * INPUT and OUTPUT hand over the array itself, not a copy: the network is done with it, and a
     * copy would add a third V x N matrix to the peak memory.
     */
    public float[] from(float[] inputRows, float[] outputRows) {
        return switch (this) {
            case INPUT -> inputRows;
            case OUTPUT -> outputRows;
            case AVERAGE -> {
                float[] out = new float[inputRows.length];
                for (int i = 0; i < out.length; i++) {
                    out[i] = (inputRows[i] + outputRows[i]) / 2f;
                }
                yield out;
            }
        };
    }
}
