package cbow.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cbow.text.TokenizedCorpus;
import cbow.vocab.Vocabulary;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Subsampling for the exact model: per epoch, reproducible from the seed and the epoch alone. */
class EpochExamplesTest {
    private static Vocabulary vocabulary;
    private static EncodedCorpus corpus;

    @BeforeAll
    static void corpus() throws IOException {
        // "the" is 60 % of the text, each rare word under 1 %: with t = 1 % only "the" is dropped
        StringBuilder text = new StringBuilder();
        for (int line = 0; line < 400; line++) {
            text.append("the w").append(line % 50).append(" the w").append((line * 7) % 50).append(" the\n");
        }
        TokenizedCorpus tokens = TokenizedCorpus.read(new ByteArrayInputStream(text.toString().getBytes()));
        vocabulary = Vocabulary.select(tokens.words(), tokens.counts(), 1, 0);
        corpus = EncodedCorpus.of(tokens, vocabulary);
    }

    private static EpochExamples sampled(long seed) {
        return EpochExamples.subsampled(corpus, 2, vocabulary.counts(), 1e-2, seed, false);
    }

    /** Every example of an epoch as center and context ids. */
    private static List<String> listing(Examples ex) {
        List<String> out = new ArrayList<>();
        int[] ctx = new int[ex.maxContext()];
        for (int i = 0; i < ex.size(); i++) {
            int n = ex.context(i, ctx, 0);
            StringBuilder s = new StringBuilder().append(ex.center(i)).append(':');
            for (int k = 0; k < n; k++) {
                s.append(' ').append(ctx[k]);
            }
            out.add(s.toString());
        }
        return out;
    }

    private static long count(Examples ex, int word) {
        long n = 0;
        for (int i = 0; i < ex.size(); i++) {
            n += ex.center(i) == word ? 1 : 0;
        }
        return n;
    }

    @Test
    void anEpochIsRebuiltExactlyFromSeedAndEpoch() {
        assertEquals(listing(sampled(5).forEpoch(3)), listing(sampled(5).forEpoch(3)));
        assertNotEquals(listing(sampled(5).forEpoch(3)), listing(sampled(5).forEpoch(4)), "epochs draw anew");
        assertNotEquals(listing(sampled(5).forEpoch(3)), listing(sampled(6).forEpoch(3)), "seeds draw anew");
    }

    @Test
    void frequentWordsAreDroppedAndRareOnesKept() {
        Examples all = sampled(5).all();
        Examples epoch = sampled(5).forEpoch(0);
        int the = vocabulary.id("the");
        int rare = vocabulary.id("w3");
        assertEquals(3 * 400, count(all, the));
        assertTrue(count(epoch, the) < count(all, the) / 5, "'the' mostly dropped: " + count(epoch, the));
        assertEquals(count(all, rare), count(epoch, rare), "a word rarer than the threshold is always kept");
    }

    @Test
    void droppedWordsLetTheirNeighboursMeet() {
        // with "the" gone, the rare words of a line are each other's context
        Examples epoch = sampled(5).forEpoch(0);
        int the = vocabulary.id("the");
        int[] ctx = new int[epoch.maxContext()];
        boolean rareNeighbours = false;
        for (int i = 0; i < epoch.size() && !rareNeighbours; i++) {
            int n = epoch.context(i, ctx, 0);
            rareNeighbours = epoch.center(i) != the && n > 0 && ctx[0] != the && ctx[n - 1] != the;
        }
        assertTrue(rareNeighbours);
    }

    @Test
    void noThresholdMeansEveryEpochHasAllTheWindows() {
        EpochExamples fixed = EpochExamples.subsampled(corpus, 2, vocabulary.counts(), 0, 5, false);
        assertSame(fixed.all(), fixed.forEpoch(0));
        assertSame(fixed.all(), fixed.forEpoch(7));
    }

    @Test
    void shrunkWindowsKeepTheNearestWordsOfAHalfWindowDrawnUniformlyFrom1ToC() {
        // long lines so that most windows are whole: C = 4, no subsampling
        StringBuilder text = new StringBuilder();
        for (int line = 0; line < 300; line++) {
            for (int w = 0; w < 30; w++) {
                text.append('w').append((line * 31 + w * 7) % 40).append(' ');
            }
            text.append('\n');
        }
        EncodedCorpus long_;
        try {
            TokenizedCorpus tokens = TokenizedCorpus.read(new ByteArrayInputStream(text.toString().getBytes()));
            long_ = EncodedCorpus.of(tokens, Vocabulary.select(tokens.words(), tokens.counts(), 1, 0));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        int c = 4;
        EpochExamples shrinking = EpochExamples.subsampled(long_, c, new long[0], 0, 9, true);
        Examples whole = shrinking.all();
        Examples epoch = shrinking.forEpoch(0);
        assertEquals(whole.size(), epoch.size(), "shrinking drops no example");
        int[] seen = new int[c + 1];
        int[] full = new int[2 * c];
        int[] part = new int[2 * c];
        int wholeWindows = 0;
        for (int i = 0; i < epoch.size(); i++) {
            int b = epoch.halfWindow(i);
            assertTrue(b >= 1 && b <= c, "half-window " + b);
            int n = whole.context(i, full, 0);
            int m = epoch.context(i, part, 0);
            if (n == 2 * c) { // an inner window: its shrunk context is the b nearest on each side
                wholeWindows++;
                seen[b]++;
                assertEquals(2 * b, m);
                for (int k = 0; k < b; k++) {
                    assertEquals(full[c - b + k], part[k]);
                    assertEquals(full[c + k], part[b + k]);
                }
            }
        }
        for (int b = 1; b <= c; b++) { // uniform: each within 4 sigma of wholeWindows / C
            double expected = wholeWindows / (double) c;
            double sigma = Math.sqrt(wholeWindows * (1.0 / c) * (1 - 1.0 / c));
            assertTrue(Math.abs(seen[b] - expected) < 4 * sigma, "b = " + b + " seen " + seen[b] + " of " + wholeWindows);
        }
        assertEquals(listing(epoch), listing(EpochExamples.subsampled(long_, c, new long[0], 0, 9, true).forEpoch(0)),
                "the same seed and epoch give the same windows");
        assertNotEquals(listing(epoch), listing(shrinking.forEpoch(1)), "each epoch draws anew");
        assertEquals(listing(whole), listing(EpochExamples.subsampled(long_, c, new long[0], 0, 9, false).forEpoch(0)),
                "fixed windows are whole");
    }
}
