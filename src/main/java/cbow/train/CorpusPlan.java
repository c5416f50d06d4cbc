package cbow.train;

import java.nio.file.Path;

/**
 * How a run reads its corpus, apart from the settings: where temporary files go (standard input's
 * copy, the corpus encoded as ids), the most distinct words held while counting, and a vocabulary
 * file to read instead of counting or to save after counting (word2vec's -read-vocab, -save-vocab).
 *
 * @param tempDir    where temporary files go (the encoded corpus takes 4 bytes a word)
 * @param countLimit the most distinct words held while counting (see {@link cbow.vocab.WordCounter})
 * @param readVocab  a vocabulary file to use instead of counting, or null
 * @param saveVocab  where to save the vocabulary chosen, or null
 */
public record CorpusPlan(Path tempDir, int countLimit, Path readVocab, Path saveVocab) {
    /** The default limit: 4 M distinct words, about 120 MB while counting. */
    public static final int DEFAULT_COUNT_LIMIT = 4_000_000;

    /** Counting every word, temporary files in the JVM's temporary directory. */
    public static CorpusPlan defaults() {
        return new CorpusPlan(Path.of(System.getProperty("java.io.tmpdir")), DEFAULT_COUNT_LIMIT, null, null);
    }
}
