package cbow.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class UnigramSamplerTest {
    private static final long[] COUNTS = {1000, 400, 400, 90, 17, 5, 1, 1};

    private static double expected(int word) {
        return expected(word, 0.75);
    }

    private static double expected(int word, double power) {
        double total = 0;
        for (long c : COUNTS) {
            total += Math.pow(c, power);
        }
        return Math.pow(COUNTS[word], power) / total;
    }

    @Test
    void anotherExponentGivesCountsToThatPower() {
        for (double power : new double[] {0.5, 0, 1}) {
            UnigramSampler s = new UnigramSampler(COUNTS, power);
            for (int w = 0; w < COUNTS.length; w++) {
                assertEquals(expected(w, power), s.probability(w), 1e-6, "power " + power + ", word " + w);
            }
        }
        assertEquals(1.0 / COUNTS.length, new UnigramSampler(COUNTS, 0).probability(0), 1e-6); // all alike
    }

    @Test
    void anExponentOutsideZeroToOneIsRefused() {
        for (double power : new double[] {-0.5, 1.5, Double.NaN}) {
            assertThrows(IllegalArgumentException.class, () -> new UnigramSampler(COUNTS, power), "power " + power);
        }
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
