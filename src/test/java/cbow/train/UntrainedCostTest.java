package cbow.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cbow.embed.Embeddings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The dashed line of a loss chart, per output layer, against hand computations. */
class UntrainedCostTest {
    private static Embeddings trained(Map<String, Object> settings, long[] counts) {
        List<String> words = List.of("a", "b", "c", "d", "e", "f");
        return new Embeddings(words, counts, 1, new float[6], settings, null);
    }

    private static final long[] COUNTS = {60, 50, 40, 30, 20, 10};

    @Test
    void softmaxStartsAtLnV() {
        UntrainedCost c = UntrainedCost.of(trained(Map.of("loss", "softmax"), COUNTS));
        assertEquals(Math.log(6), c.value(), 1e-12);
        assertEquals("uniform guess, ln V = 1.79", c.legend());
        assertEquals(Math.log(6), UntrainedCost.of(trained(Map.of(), COUNTS)).value(), 1e-12, "no loss named: softmax");
    }

    @Test
    void nsStartsAtOnePlusKTimesLnTwo() {
        UntrainedCost c = UntrainedCost.of(trained(Map.of("loss", "ns", "negative", 5L), COUNTS));
        assertEquals(6 * Math.log(2), c.value(), 1e-12);
        assertEquals("every output at 1/2, (1 + K) ln 2 = 4.16", c.legend());
        assertNull(UntrainedCost.of(trained(Map.of("loss", "ns"), COUNTS)), "without K there is no line");
    }

    @Test
    void hsStartsAtLnTwoTimesTheMeanCodeLength() {
        // every Huffman code of counts 60 50 40 30 20 10 has lengths 2 2 2 3 4 4 (or ones of the same
        // weighted sum): 60*2 + 50*2 + 40*2 + 30*3 + 20*4 + 10*4 = 510 over 210 occurrences
        UntrainedCost c = UntrainedCost.of(trained(Map.of("loss", "hs"), COUNTS));
        assertEquals(Math.log(2) * 510 / 210, c.value(), 1e-12);
        assertEquals("every node at 1/2, ln 2 x mean code length = 1.68", c.legend());
        assertNull(UntrainedCost.of(trained(Map.of("loss", "hs"), new long[6])), "no counts, no tree");
    }
}
