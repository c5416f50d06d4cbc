package cbow.data;

import cbow.text.TokenizedCorpus;
import java.util.SplittableRandom;

/**
 * A center word's context, for both trainers: the up to b words before it and the up to b after it
 * on its line, b the half-window. With word2vec's shrunk windows b is drawn uniformly from 1..C for
 * each center, so that nearer words are context more often; with fixed windows (the course's) b = C.
 *
 * <p>Ids are read from an array in which {@link TokenizedCorpus#LINE_END} ends every
 * line, so a context never crosses a line.
 */
public final class ContextWindow {
    private ContextWindow() {
    }

    /**
     * Writes the context of the center at {@code p} into {@code out} from {@code offset}, the words
     * before the center first, each side in text order; returns how many there are (0 to 2b).
     */
    public static int gather(int[] ids, int p, int reach, int[] out, int offset) {
        int from = p;
        while (from > 0 && p - from < reach && ids[from - 1] != TokenizedCorpus.LINE_END) {
            from--;
        }
        int n = 0;
        for (int q = from; q < p; q++) {
            out[offset + n++] = ids[q];
        }
        for (int q = p + 1; q - p <= reach && ids[q] != TokenizedCorpus.LINE_END; q++) {
            out[offset + n++] = ids[q];
        }
        return n;
    }

    /**
     * A shrunk half-window in 1..C drawn from a stream, as word2vec draws it: the lock-free trainer
     * reads its text once, in order, so a draw per center from the thread's stream is enough.
     */
    public static int shrunkReach(int c, SplittableRandom random) {
        return c - random.nextInt(c);
    }

    /**
     * A shrunk half-window in 1..C fixed by a hash of {@code salt} and the center's position: the
     * exact trainer visits examples in shuffled batches and may resume mid-epoch, so each example's
     * window must be known without replaying a stream.
     */
    public static int shrunkReach(int c, long salt, long position) {
        long z = SplitMix.mix((salt + position) * 0x9E3779B97F4A7C15L);
        return 1 + (int) Long.remainderUnsigned(z, c);
    }
}
