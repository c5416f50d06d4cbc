package cbow.data;

import cbow.text.IntArrayBuilder;
import cbow.text.TokenizedCorpus;
import cbow.vocab.Vocabulary;

/**
 * The training examples of a corpus: every (context, center) window, held as the corpus's id stream
 * plus the positions of the centers, so that an example costs 8 bytes and no window is copied.
 *
 * <p>Windows are taken from the {@link EncodedCorpus} (out-of-vocabulary words already removed)
 * and never cross a line end. The context of the word at position p is the up to C words before it and the up to C words
 * after it on its line; a word with no context word at all (alone on its line) is not an example.
 */
public final class Examples {
    private final int[] ids;       // vocabulary ids, TokenizedCorpus.LINE_END between lines
    private final int[] centers;   // positions in ids of the example centers, in text order
    private final int halfWindow;

    private Examples(int[] ids, int[] centers, int halfWindow) {
        this.ids = ids;
        this.centers = centers;
        this.halfWindow = halfWindow;
    }

    /** Finds the windows of an encoded corpus. */
    public static Examples of(EncodedCorpus corpus, int halfWindow) {
        if (halfWindow < 1) {
            throw new IllegalArgumentException("half-window must be at least 1, got " + halfWindow);
        }
        int[] ids = corpus.ids();
        IntArrayBuilder centers = new IntArrayBuilder();
        int lineStart = 0;
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] == TokenizedCorpus.LINE_END) {
                if (i - lineStart >= 2) { // a line of one word has no window
                    for (int p = lineStart; p < i; p++) {
                        centers.add(p);
                    }
                }
                lineStart = i + 1;
            }
        }
        return new Examples(ids, java.util.Arrays.copyOf(centers.backingArray(), centers.size()), halfWindow);
    }

    /** Maps the corpus onto the vocabulary and finds the windows (see {@link EncodedCorpus#of}). */
    public static Examples of(TokenizedCorpus corpus, Vocabulary vocabulary, int halfWindow) {
        return of(EncodedCorpus.of(corpus, vocabulary), halfWindow);
    }

    public int size() {
        return centers.length;
    }

    public int halfWindow() {
        return halfWindow;
    }

    /** The most context words an example can have: 2C. */
    public int maxContext() {
        return 2 * halfWindow;
    }

    /** The center word of example {@code index}. */
    public int center(int index) {
        return ids[centers[index]];
    }

    /**
     * Writes the context word ids of example {@code index} into {@code out} from {@code offset},
     * the words before the center first, and returns how many there are (1 to 2C).
     */
    public int context(int index, int[] out, int offset) {
        int p = centers[index];
        int n = 0;
        int from = p;
        while (from > 0 && p - from < halfWindow && ids[from - 1] != TokenizedCorpus.LINE_END) {
            from--;
        }
        for (int q = from; q < p; q++) {
            out[offset + n++] = ids[q];
        }
        for (int q = p + 1; q <= p + halfWindow && ids[q] != TokenizedCorpus.LINE_END; q++) {
            out[offset + n++] = ids[q];
        }
        return n;
    }
}
