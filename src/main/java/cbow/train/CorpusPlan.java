package cbow.train;

import java.nio.file.Path;

/**
 * How a run reads its corpus, apart from the settings: where temporary files go (standard input's
 * copy, the corpus encoded as ids), the most distinct words held while counting, and a vocabulary
 * file to read instead of counting or to save after counting (word2vec's -read-vocab, -save-vocab).
 *
 * @param tempDir    where temporary files go (the encoded corpus takes 4 bytes a word)
 * @param countLimit the most distinct words held while counting (see {@link cbow.vocab.WordCounter}),
 *                   or 0 for {@link #countLimit(int)}'s default
 * @param readVocab  a vocabulary file to use instead of counting, or null
 * @param saveVocab  where to save the vocabulary chosen, or null
 */
public record CorpusPlan(Path tempDir, int countLimit, Path readVocab, Path saveVocab) {
    /** The limit without --max-vocab: 4 M distinct words, about 200 MB while counting. */
    public static final int DEFAULT_COUNT_LIMIT = 4_000_000;
    /** The least limit with --max-vocab: 2^18 words, about 10 MB, so small corpora are counted exactly. */
    public static final int LEAST_COUNT_LIMIT = 1 << 18;
    /** With --max-vocab V the counter holds this many times V words. */
    public static final int WORDS_PER_VOCABULARY_WORD = 10;

    /** Counting every word, temporary files in the JVM's temporary directory. */
    public static CorpusPlan defaults() {
        return new CorpusPlan(Path.of(System.getProperty("java.io.tmpdir")), 0, null, null);
    }

    /**
     * The most distinct words held while counting: the one given, else with a vocabulary of at most
     * {@code maxVocab} words (0: no limit) 10 maxVocab, at least 2^18, else 4 M. Ten times the
     * vocabulary keeps its words' counts exact in practice: a prune drops only the rarer half of the
     * words held, and in text (Zipf) the 5 V-th word is many times rarer than the V-th.
     * The counter then takes about 50 bytes x 10 V (less than the model's 8 V N bytes at N = 100) whatever
     * the corpus's length.
     */
    public int countLimit(int maxVocab) {
        if (countLimit > 0) {
            return countLimit;
        }
        return maxVocab > 0 ? (int) Math.max(LEAST_COUNT_LIMIT, Math.min(Integer.MAX_VALUE - 1L, (long) WORDS_PER_VOCABULARY_WORD * maxVocab))
                : DEFAULT_COUNT_LIMIT;
    }
}
