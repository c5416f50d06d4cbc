package cbow.train;

import java.util.Locale;

/**
 * The tree of the hierarchical softmax: word2vec's Huffman tree of the counts throughout, or that
 * tree for the first epoch and then a tree by meaning, built again from the word vectors after each
 * of the first {@link #REBUILDS} epochs (README, "A tree by meaning").
 */
public enum TreeKind {
    HUFFMAN, MEANING;

    /**
     * How many times a meaning tree is built: after epochs 1 and 2, when more epochs follow. Chosen
     * on Brown (after epoch 1 only, and after 1 to 4, scored lower there) and confirmed on the glosses.
     */
    public static final int REBUILDS = 2;

    /** Whether a run of {@code epochs} builds its tree anew before epoch {@code next}. */
    public boolean rebuildsBefore(int next, int epochs) {
        return this == MEANING && next >= 2 && next - 1 <= REBUILDS && next <= epochs;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
