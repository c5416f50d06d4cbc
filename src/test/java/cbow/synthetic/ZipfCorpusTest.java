package cbow.synthetic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cbow.text.TokenizedCorpus;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class ZipfCorpusTest {
    @Test
    void wordFrequenciesFallAsOneOverRank() throws IOException {
        int vocabulary = 1_000;
        int tokens = 200_000;
        TokenizedCorpus corpus = TokenizedCorpus.read(ZipfCorpus.generate(vocabulary, tokens, 3));
        assertEquals(tokens, corpus.tokenCount());
        assertTrue(corpus.words().size() > 950 && corpus.words().size() <= vocabulary, "distinct " + corpus.words().size());
        double harmonic = 0;
        for (int r = 1; r <= vocabulary; r++) {
            harmonic += 1.0 / r;
        }
        long first = corpus.counts()[corpus.words().indexOf("w0")];
        long tenth = corpus.counts()[corpus.words().indexOf("w9")];
        assertEquals(tokens / harmonic, first, 0.03 * tokens / harmonic, "rank 1");
        assertEquals(tokens / harmonic / 10, tenth, 0.1 * tokens / harmonic / 10, "rank 10");
    }

    @Test
    void theSameSeedGivesTheSameText() throws IOException {
        assertArrayEquals(ZipfCorpus.generate(50, 1_000, 9).readAllBytes(), ZipfCorpus.generate(50, 1_000, 9).readAllBytes());
    }
}
