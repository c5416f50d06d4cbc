package cbow.data;

import cbow.text.TokenizedCorpus;
import java.util.SplittableRandom;

/**
 * Reads a stretch of an encoded corpus sentence by sentence, as both trainers see it: each word
 * occurrence kept or dropped by the {@link Subsampler} (drawing from the caller's stream, in text
 * order), and a line longer than {@link #MAX_SENTENCE} kept words cut into pieces, as word2vec cuts
 * them, so that a one-line corpus is trained in bounded pieces.
 */
public final class Sentences {
    /** word2vec's cap: a longer line is cut into pieces of this many kept words. */
    public static final int MAX_SENTENCE = 1000;

    private final IdCursor ids;
    private final Subsampler subsampler;
    private long next;
    private long tokens;

    /** Reads entries {@code from..to} of {@code corpus}; {@code subsampler} null keeps every word. */
    public Sentences(IdSource corpus, long from, long to, Subsampler subsampler) {
        this.ids = corpus.cursor(from, to);
        this.next = from;
        this.subsampler = subsampler;
    }

    /** A buffer for {@link #next}: room for a sentence and the line ends around it. */
    public static int[] buffer() {
        return new int[MAX_SENTENCE + 2];
    }

    /**
     * Reads up to the next line end, or up to {@link #MAX_SENTENCE} kept words, into
     * {@code sentence[1..n]} with line ends at {@code sentence[0]} and {@code sentence[n + 1]} (so that
     * {@link ContextWindow#gather} stops there); returns n, which is 0 for a line whose words were all
     * dropped, or -1 when the stretch is read.
     */
    public int next(int[] sentence, SplittableRandom random) {
        if (!ids.hasNext()) {
            return -1;
        }
        sentence[0] = TokenizedCorpus.LINE_END;
        int n = 0;
        while (ids.hasNext()) {
            int id = ids.next();
            next++;
            if (id == TokenizedCorpus.LINE_END) {
                break;
            }
            tokens++;
            if (subsampler == null || subsampler.keep(id, random)) {
                sentence[++n] = id;
                if (n == MAX_SENTENCE) {
                    break;
                }
            }
        }
        sentence[n + 1] = TokenizedCorpus.LINE_END;
        return n;
    }

    /** The index of the last id read (a line end, or the word that filled a sentence). */
    public long lastRead() {
        return next - 1;
    }

    /** Word occurrences read so far, kept or dropped (line ends not counted). */
    public long tokensRead() {
        return tokens;
    }
}
