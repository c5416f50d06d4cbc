package cbow.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DecayTest {
    @Test
    void noneKeepsAlphaThroughout() {
        for (int epoch = 1; epoch <= 3; epoch++) {
            for (int batch = 0; batch < 10; batch++) {
                assertEquals(0.5, Decay.NONE.rate(0.5, epoch, 3, batch, 10));
            }
        }
    }

    @Test
    void linearFallsFromAlphaInProportionToTheRunDone() {
        assertEquals(4.0, Decay.LINEAR.rate(4, 1, 2, 0, 10), 1e-12, "the first step has the full rate");
        assertEquals(3.0, Decay.LINEAR.rate(4, 1, 2, 5, 10), 1e-12, "a quarter of the run done");
        assertEquals(2.0, Decay.LINEAR.rate(4, 2, 2, 0, 10), 1e-12, "half done");
        assertEquals(0.4, Decay.LINEAR.rate(4, 2, 2, 8, 10), 1e-12, "nine tenths done");
    }

    @Test
    void linearNeverFallsBelowTheFloorAndNeverRises() {
        double previous = Double.MAX_VALUE;
        for (int epoch = 1; epoch <= 2; epoch++) {
            for (int batch = 0; batch < 100_000; batch++) {
                double rate = Decay.LINEAR.rate(1, epoch, 2, batch, 100_000);
                assertTrue(rate <= previous && rate >= 1e-4, "step " + batch + " of epoch " + epoch + ": " + rate);
                previous = rate;
            }
        }
        assertEquals(1e-4, previous, 1e-12, "the last step of a long run is at the floor");
    }

    @Test
    void namesParse() {
        assertEquals(Decay.LINEAR, Decay.parse("linear"));
        assertEquals(Decay.NONE, Decay.parse("none"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Decay.parse("cosine"));
        assertEquals("--decay must be none or linear, got 'cosine'", e.getMessage());
    }
}
