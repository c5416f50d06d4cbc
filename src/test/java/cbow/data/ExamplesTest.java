package cbow.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import cbow.text.TokenizedCorpus;
import cbow.vocab.Vocabulary;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ExamplesTest {
    /** Each example as "center: context words", in vocabulary words. */
    private static List<String> windows(String text, long minCount, int c) throws IOException {
        TokenizedCorpus corpus = TokenizedCorpus.read(new ByteArrayInputStream(text.getBytes()));
        Vocabulary v = Vocabulary.select(corpus.words(), corpus.counts(), minCount, 0);
        Examples ex = Examples.of(corpus, v, c);
        List<String> out = new ArrayList<>();
        int[] ctx = new int[ex.maxContext()];
        for (int i = 0; i < ex.size(); i++) {
            int n = ex.context(i, ctx, 0);
            StringBuilder s = new StringBuilder(v.word(ex.center(i)) + ":");
            for (int k = 0; k < n; k++) {
                s.append(' ').append(v.word(ctx[k]));
            }
            out.add(s.toString());
        }
        return out;
    }

    @Test
    void contextIsUpToCWordsEachSideWithinTheLine() throws IOException {
        assertEquals(List.of("a: b c", "b: a c d", "c: a b d e", "d: b c e", "e: c d", "f: g", "g: f"),
                windows("a b c d e\nf g\n", 1, 2));
    }

    @Test
    void droppedWordsAreRemovedBeforeWindowsAndLonelyWordsAreNoExamples() throws IOException {
        // "x" occurs once and is dropped at min-count 2: "a" and "b" become neighbours
        assertEquals(List.of("a: b", "b: a", "b: a", "a: b"), windows("a x b\nb a\nq\n", 2, 1));
        assertEquals(List.of(), windows("a\nb\na\nb\n", 1, 3));
    }

    @Test
    void samplerCoversEveryExampleOncePerEpochInASeededOrder() throws IOException {
        TokenizedCorpus corpus = TokenizedCorpus.read(new ByteArrayInputStream(
                "the cat sat on the mat\nthe dog ate the bone\n".repeat(20).getBytes()));
        Vocabulary v = Vocabulary.select(corpus.words(), corpus.counts(), 1, 0);
        Examples ex = Examples.of(corpus, v, 2);
        BatchSampler sampler = new BatchSampler(ex, 7, 99);
        Batch batch = new Batch(7, ex.maxContext());
        int[] epoch0 = centersOfEpoch(sampler, batch, 0);
        assertEquals(ex.size(), epoch0.length);
        int[] sortedCenters = epoch0.clone();
        Arrays.sort(sortedCenters);
        int[] all = new int[ex.size()];
        for (int i = 0; i < ex.size(); i++) {
            all[i] = ex.center(i);
        }
        Arrays.sort(all);
        assertArrayEquals(all, sortedCenters, "every example once");
        assertArrayEquals(epoch0, centersOfEpoch(new BatchSampler(ex, 7, 99), batch, 0), "same seed, same order");
        assertNotEquals(Arrays.toString(epoch0), Arrays.toString(centersOfEpoch(sampler, batch, 1)), "epochs differ");
        assertEquals((ex.size() + 6) / 7, sampler.batchesPerEpoch());
    }

    private static int[] centersOfEpoch(BatchSampler sampler, Batch batch, int epoch) {
        sampler.startEpoch(epoch);
        List<Integer> centers = new ArrayList<>();
        Set<Integer> sizes = new HashSet<>();
        for (int b = 0; b < sampler.batchesPerEpoch(); b++) {
            sampler.fill(b, batch);
            sizes.add(batch.size());
            for (int j = 0; j < batch.size(); j++) {
                centers.add(batch.center(j));
            }
        }
        return centers.stream().mapToInt(Integer::intValue).toArray();
    }
}
