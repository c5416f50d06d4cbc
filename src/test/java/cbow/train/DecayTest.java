package cbow.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DecayTest {
    @Test
    void noneKeepsAlphaThroughout() {
        for (int i = 0; i <= 10; i++) {
            assertEquals(0.5, Decay.NONE.rate(0.5, i / 10.0));
        }
    }

    @Test
    void linearFallsFromAlphaInProportionToTheRunDone() {
        assertEquals(4.0, Decay.LINEAR.rate(4, 0), 1e-12, "the first step has the full rate");
        assertEquals(3.0, Decay.LINEAR.rate(4, 0.25), 1e-12, "a quarter of the run done");
        assertEquals(2.0, Decay.LINEAR.rate(4, 0.5), 1e-12, "half done");
        assertEquals(0.4, Decay.LINEAR.rate(4, 0.9), 1e-12, "nine tenths done");
    }

    @Test
    void linearNeverFallsBelowTheFloorAndNeverRises() {
        double previous = Double.MAX_VALUE;
        for (int step = 0; step <= 200_000; step++) {
            double rate = Decay.LINEAR.rate(1, step / 200_000.0);
            assertTrue(rate <= previous && rate >= 1e-4, "step " + step + ": " + rate);
            previous = rate;
        }
        assertEquals(1e-4, previous, 1e-12, "the end of the run is at the floor");
        assertEquals(1e-4, Decay.LINEAR.rate(1, 1.5), 1e-12, "past the end (a resumed run's extra words) too");
    }
}
