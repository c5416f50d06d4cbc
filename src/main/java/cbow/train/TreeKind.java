package cbow.train;

import java.util.Locale;

/**
 * The tree of the hierarchical softmax: word2vec's Huffman tree of the counts throughout, or that
 * tree at first and then a tree by meaning, built from the word vectors twice during the run
 * (README, "A tree by meaning").
 */
public enum TreeKind {
    HUFFMAN, MEANING;

    /**
     * A meaning tree is built after the epochs that end a fifth and two fifths of the run (5 epochs:
     * after 1 and 2; 20: after 4 and 8), when more epochs follow. Chosen on Brown at 5 epochs (after
     * epoch 1 only, and after 1 to 4, scored lower) and confirmed on the glosses; at 20 epochs
     * after 4 and 8 scored above after 1 and 2 on both corpora (README, "A tree by meaning").
     */
    static final double[] REBUILD_AT = {0.2, 0.4};

    /** Whether a run of {@code epochs} builds its tree anew before epoch {@code next}. */
    public boolean rebuildsBefore(int next, int epochs) {
        if (this != MEANING || next < 2 || next > epochs) {
            return false;
        }
        for (double share : REBUILD_AT) {
            if (next - 1 == Math.max(1, Math.round(share * epochs))) {
                return true;
            }
        }
        return false;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
