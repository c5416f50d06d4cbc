package cbow.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cbow.optim.Optimizer;
import cbow.synthetic.ZipfCorpus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's bookkeeping (not its speed: timings are never asserted). */
class SeedModelBenchmarkTest {
    @Test
    void reportsTheMedianRepetitionAndTheFlopsItImplies() throws IOException {
        var config = new SeedModelBenchmark.Config(16, 2, 1, 32, Optimizer.SGD, 0.5f, 2, 2, 3, 3);
        List<String> log = new ArrayList<>();
        SeedModelBenchmark.Result r = SeedModelBenchmark.run(ZipfCorpus.generate(300, 6_000, 1), config, log::add);
        assertTrue(r.vocabularySize() > 250 && r.vocabularySize() <= 300, "vocabulary " + r.vocabularySize());
        assertEquals(3, r.repetitionsWordsPerSecond().length);
        assertEquals(SeedModelBenchmark.median(r.repetitionsWordsPerSecond()), r.wordsPerSecond());
        assertEquals(r.wordsPerSecond() * 6.0 * r.vocabularySize() * 16 / 1e9, r.gflops(), 1e-9 * r.gflops());
        assertTrue(r.forwardMs() > 0 && r.backwardMs() > 0 && r.descendMs() > 0);
        assertEquals(4, log.size(), "a header and one line per repetition: " + log);
    }

    @Test
    void medianOfOddAndEvenCounts() {
        assertEquals(2.0, SeedModelBenchmark.median(new double[] {3, 1, 2}));
        assertEquals(2.5, SeedModelBenchmark.median(new double[] {4, 1, 3, 2}));
    }
}
