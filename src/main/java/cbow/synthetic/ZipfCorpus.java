package cbow.synthetic;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Random text whose word frequencies follow Zipf's law (the count of the word of rank r falls as
 * 1/r, as in natural text): a stand-in corpus of a chosen vocabulary size for benchmarks when no
 * real corpus is at hand. Words are "w0", "w1", ...; lines hold 20 words.
 */
public final class ZipfCorpus {
    private static final int WORDS_PER_LINE = 20;

    private ZipfCorpus() {
    }

    /** {@code tokens} words drawn from {@code vocabularySize} distinct ones, as UTF-8 text. */
    public static InputStream generate(int vocabularySize, int tokens, long seed) {
        double[] cumulative = new double[vocabularySize];
        double total = 0;
        for (int r = 0; r < vocabularySize; r++) {
            total += 1.0 / (r + 1);
            cumulative[r] = total;
        }
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder text = new StringBuilder(tokens * 7);
        for (int t = 0; t < tokens; t++) {
            int index = Arrays.binarySearch(cumulative, random.nextDouble() * total);
            int rank = Math.min(vocabularySize - 1, index >= 0 ? index : -index - 1);
            text.append('w').append(rank).append((t + 1) % WORDS_PER_LINE == 0 ? '\n' : ' ');
        }
        return new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8));
    }
}
