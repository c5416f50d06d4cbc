package cbow.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class UnigramSamplerTest {
    private static final long[] COUNTS = {1000, 400, 400, 90, 17, 5, 1, 1};

    private static double expected(int word) {
        double total = 0;
        for (long c : COUNTS) {
            total += Math.pow(c, 0.75);
        }
        return Math.pow(COUNTS[word], 0.75) / total;
    }

    @Test
    void tableProbabilitiesAreCountsToTheThreeQuarters() {
        UnigramSampler s = new UnigramSampler(COUNTS);
        for (int w = 0; w < COUNTS.length; w++) {
            assertEquals(expected(w), s.probability(w), 1e-6, "word " + w);
        }
    }

    @Test
    void drawnFrequenciesMatchWithinFourStandardErrors() {
        UnigramSampler s = new UnigramSampler(COUNTS);
        SplittableRandom random = new SplittableRandom(1);
        int draws = 2_000_000;
        long[] seen = new long[COUNTS.length];
        for (int i = 0; i < draws; i++) {
            seen[s.sample(random)]++;
        }
        for (int w = 0; w < COUNTS.length; w++) {
            double p = expected(w);
            double sd = Math.sqrt(p * (1 - p) / draws);
            assertEquals(p, (double) seen[w] / draws, 4 * sd, "word " + w);
        }
    }
}
