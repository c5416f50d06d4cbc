package cbow.vocab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The bounded word counter against a plain HashMap count of the same Zipf-like text. */
class WordCounterTest {
    private static String[] text(int tokens, int distinct, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String[] out = new String[tokens];
        for (int i = 0; i < tokens; i++) {
            // a rough Zipf: rank r drawn with probability ~ 1/r
            int rank = (int) Math.floor(Math.exp(random.nextDouble() * Math.log(distinct)));
            out[i] = "w" + rank + (rank % 7 == 0 ? "é" : "");
        }
        return out;
    }

    private static Map<String, Long> exact(String[] text) {
        Map<String, Long> counts = new HashMap<>();
        for (String w : text) {
            counts.merge(w, 1L, Long::sum);
        }
        return counts;
    }

    private static Map<String, Long> counted(WordCounter counter) {
        Map<String, Long> out = new HashMap<>();
        List<String> words = counter.words();
        long[] counts = counter.counts();
        for (int i = 0; i < words.size(); i++) {
            out.put(words.get(i), counts[i]);
        }
        return out;
    }

    /** A counter bounded by {@code limit} that has read {@code text}. */
    private static WordCounter counted(String[] text, int limit) {
        WordCounter counter = new WordCounter(limit);
        for (String w : text) {
            counter.add(w);
        }
        return counter;
    }

    @Test
    void belowTheLimitEveryCountIsExact() {
        String[] text = text(200_000, 50_000, 1);
        WordCounter counter = counted(text, 1_000_000);
        assertEquals(0, counter.pruneThreshold());
        assertEquals(text.length, counter.tokens());
        assertEquals(exact(text), counted(counter));
    }

    @Test
    void pastTheLimitOnlyRareWordsArePrunedAndFrequentCountsStayExact() {
        String[] text = text(300_000, 100_000, 2);
        Map<String, Long> exact = exact(text);
        int limit = 5_000;
        WordCounter counter = counted(text, limit);
        assertTrue(counter.size() <= limit, "held " + counter.size());
        assertTrue(counter.pruneThreshold() > 0);
        Map<String, Long> counted = counted(counter);
        long threshold = counter.pruneThreshold();
        long bound = counter.undercountBound();
        assertTrue(bound >= threshold);
        for (Map.Entry<String, Long> e : counted.entrySet()) {
            long truth = exact.get(e.getKey());
            assertTrue(e.getValue() <= truth, e.getKey());
            // a word loses at most what it had when it was pruned, each time at most that prune's threshold
            assertTrue(truth - e.getValue() <= bound, e.getKey() + ": " + e.getValue() + " of " + truth);
        }
        // the words that matter for a vocabulary (above the bound) are all there; a prune can only
        // have caught them early, while they were as rare as the words it dropped
        for (Map.Entry<String, Long> e : exact.entrySet()) {
            if (e.getValue() > bound) {
                assertTrue(counted.containsKey(e.getKey()), e.getKey() + " seen " + e.getValue() + " times, bound " + bound);
            }
        }
        assertEquals(text.length, counter.tokens());
    }

    @Test
    void theCandidatesForATopVocabularyChooseAsAllTheWordsDo() {
        String[] text = text(100_000, 20_000, 3);
        WordCounter counter = counted(text, 1_000_000);
        VocabularyFile.Counts all = counter.wordsSeenAtLeast(2);
        for (int maxVocab : new int[] {1, 50, 333, 1_000, 100_000}) {
            VocabularyFile.Counts few = counter.candidates(2, maxVocab);
            assertTrue(few.words().size() <= all.words().size());
            Vocabulary expected = Vocabulary.select(all.words(), all.counts(), 2, maxVocab);
            Vocabulary chosen = Vocabulary.select(few.words(), few.counts(), 2, maxVocab);
            assertEquals(expected.words(), chosen.words(), "max-vocab " + maxVocab);
            assertArrayEquals(expected.counts(), chosen.counts(), "max-vocab " + maxVocab);
        }
        // ties at the cut are kept for select's word order to decide: the candidates can exceed max-vocab
        VocabularyFile.Counts cut = counter.candidates(2, 1_000);
        assertTrue(cut.words().size() >= 1_000);
        assertTrue(cut.words().size() < all.words().size() / 2, "only the frequent words become strings");
    }

    @Test
    void itsArraysNeverGrowPastTheLimit() {
        String[] text = text(200_000, 100_000, 4);
        WordCounter exact = new WordCounter(1_000_000);
        WordCounter bounded = new WordCounter(3_000);
        for (String w : text) {
            exact.add(w);
            bounded.add(w);
            assertTrue(bounded.capacity() <= 3_001, "capacity " + bounded.capacity());
        }
        assertTrue(exact.capacity() > 3_001);
    }

    @Test
    void manyPrunesDoNotRaiseTheThresholdToFrequentWords() {
        // a long text through a small counter: hundreds of prunes (word2vec's k, one more per prune,
        // would reach hundreds and drop words seen hundreds of times); here k follows the counts
        String[] text = text(1_000_000, 1_000_000, 5);
        Map<String, Long> exact = exact(text);
        WordCounter counter = counted(text, 20_000);
        Map<String, Long> counted = counted(counter);
        assertTrue(counter.undercountBound() > 20, "prunes: " + counter.undercountBound());
        assertTrue(counter.pruneThreshold() < 10, "threshold " + counter.pruneThreshold());
        int frequent = 0;
        long worst = 0;
        for (Map.Entry<String, Long> e : exact.entrySet()) {
            if (e.getValue() >= 200) {
                assertTrue(counted.containsKey(e.getKey()), e.getKey() + " seen " + e.getValue() + " times");
                worst = Math.max(worst, e.getValue() - counted.get(e.getKey()));
                frequent++;
            }
        }
        // only the first prunes, while every count was small, can have caught a frequent word
        assertTrue(worst <= counter.pruneThreshold(), "a frequent word lost " + worst + ", threshold "
                + counter.pruneThreshold() + ", bound " + counter.undercountBound());
        assertTrue(frequent > 100, frequent + " frequent words");
    }
}
