package cbow.data;

import cbow.text.IntArrayBuilder;
import cbow.text.TokenizedCorpus;
import cbow.vocab.Vocabulary;
import java.util.Arrays;

/**
 * The training examples of a corpus: every (context, center) window, held as the corpus's id stream
 * plus the positions of the centers, so that an example costs 8 bytes and no window is copied.
 *
 * <p>Windows are taken from the {@link EncodedCorpus} (out-of-vocabulary words already removed)
 * and never cross a line end. The context of the word at position p is the up to C words before it and the up to C words
 * after it on its line; a word with no context word at all (alone on its line) is not an example.
 * With shrunk windows ({@link #withShrunkWindows}) each example has its own half-window b, drawn
 * uniformly from 1..C as word2vec does, so that nearer words are context more often.
 */
public final class Examples {
    private final int[] ids;       // vocabulary ids, TokenizedCorpus.LINE_END between lines
    private final int idsLength;   // entries of ids in use
    private final int[] centers;   // positions in ids of the example centers, in text order
    private final int halfWindow;
    private final int longestLine; // in words: no context is longer than this minus one
    private final boolean shrunk;
    private final long salt;       // with shrunk windows: hashed with an example's position into its b

    private Examples(int[] ids, int idsLength, int[] centers, int halfWindow, int longestLine, boolean shrunk,
                     long salt) {
        this.ids = ids;
        this.idsLength = idsLength;
        this.centers = centers;
        this.halfWindow = halfWindow;
        this.longestLine = longestLine;
        this.shrunk = shrunk;
        this.salt = salt;
    }

    /**
     * The same examples, each with its own half-window drawn uniformly from 1..C (word2vec's shrunk
     * window). The draw is a hash of {@code salt} and the example's position, so it costs no memory
     * and the same salt gives the same windows.
     */
    public Examples withShrunkWindows(long salt) {
        return new Examples(ids, idsLength, centers, halfWindow, longestLine, true, salt);
    }

    /** Finds the windows of an encoded corpus. */
    public static Examples of(EncodedCorpus corpus, int halfWindow) {
        if (halfWindow < 1) {
            throw new IllegalArgumentException("half-window must be at least 1, got " + halfWindow);
        }
        int[] ids = corpus.ids();
        int length = corpus.length();
        IntArrayBuilder centers = new IntArrayBuilder();
        int lineStart = 0;
        int longestLine = 0;
        for (int i = 0; i < length; i++) {
            if (ids[i] == TokenizedCorpus.LINE_END) {
                longestLine = Math.max(longestLine, i - lineStart);
                if (i - lineStart >= 2) { // a line of one word has no window
                    for (int p = lineStart; p < i; p++) {
                        centers.add(p);
                    }
                }
                lineStart = i + 1;
            }
        }
        return new Examples(ids, length, Arrays.copyOf(centers.backingArray(), centers.size()), halfWindow,
                longestLine, false, 0);
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

    /**
     * The most context words an example can have: 2C, or fewer when no line is that long (so that
     * a huge --window costs no memory for context slots that can never be filled).
     */
    public int maxContext() {
        return (int) Math.max(1, Math.min(2L * halfWindow, longestLine - 1L));
    }

    /**
     * A 64-bit hash of the example stream (vocabulary ids, line ends, half-window): a checkpoint
     * records it so that a run resumes only on the corpus it started from.
     */
    public long fingerprint() {
        long h = 0x9E3779B97F4A7C15L ^ halfWindow;
        for (int i = 0; i < idsLength; i++) {
            h = (h ^ ids[i]) * 0x100000001B3L; // FNV-1a over 32-bit ids, mixed below
            h ^= h >>> 29;
        }
        return h ^ idsLength;
    }

    /** The center word of example {@code index}. */
    public int center(int index) {
        return ids[centers[index]];
    }

    /** The half-window of example {@code index}: C, or its own 1..C with shrunk windows. */
    public int halfWindow(int index) {
        return shrunk ? ContextWindow.shrunkReach(halfWindow, salt, centers[index]) : halfWindow;
    }

    /**
     * Writes the context word ids of example {@code index} into {@code out} from {@code offset},
     * the words before the center first, and returns how many there are (1 to 2C).
     */
    public int context(int index, int[] out, int offset) {
        return ContextWindow.gather(ids, centers[index], halfWindow(index), out, offset);
    }
}
