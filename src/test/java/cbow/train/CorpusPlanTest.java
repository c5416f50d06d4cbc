package cbow.train;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The word counter's default bound follows the model's size, so that counting never outgrows training. */
class CorpusPlanTest {
    private static CorpusPlan plan(int countLimit) {
        return new CorpusPlan(Path.of("."), countLimit, null, null);
    }

    @Test
    void withAVocabularyCapTheCounterHoldsTenTimesItsWords() {
        assertEquals(10 * 40_000, plan(0).countLimit(40_000));
        assertEquals(10 * 1_000_000, plan(0).countLimit(1_000_000));
    }

    @Test
    void smallCapsStillCountSmallCorporaExactly() {
        assertEquals(CorpusPlan.LEAST_COUNT_LIMIT, plan(0).countLimit(100));
    }

    @Test
    void withoutACapTheFixedDefaultHolds() {
        assertEquals(CorpusPlan.DEFAULT_COUNT_LIMIT, plan(0).countLimit(0));
    }

    @Test
    void aGivenLimitWins() {
        assertEquals(1_234, plan(1_234).countLimit(40_000));
        assertEquals(1_234, plan(1_234).countLimit(0));
    }

    @Test
    void aHugeCapDoesNotOverflow() {
        assertEquals(Integer.MAX_VALUE - 1, plan(0).countLimit(Integer.MAX_VALUE));
    }
}
