package cbow.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cbow.embed.Embeddings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordMapTest {
    @Test
    void placesWordsByTheirPrincipalComponents() {
        // the hand-computed case of PcaTest as three words: (1,2,3) + a u + b w, u = (-0.6, 0.8, 0), w = (0, 0, -1)
        float[] vectors = {
            2.2f, 0.4f, 4.0f,   // a = -2, b = -1
            1.0f, 2.0f, 1.0f,   // a = 0,  b = 2
            -0.2f, 3.6f, 4.0f,  // a = 2,  b = -1
        };
        Embeddings e = new Embeddings(List.of("x", "y", "z"), new long[3], 3, vectors, Map.of(), null);
        WordMap map = WordMap.of(e, List.of("x", "y", "z"));
        assertEquals(List.of("x", "y", "z"), map.words());
        assertArrayEquals(new double[] {-2, 0, 2}, map.x(), 1e-6);
        assertArrayEquals(new double[] {1, -2, 1}, map.y(), 1e-6);
        assertEquals(4.0 / 7, map.explainedX(), 1e-6);
        assertEquals(3.0 / 7, map.explainedY(), 1e-6);
    }

    @Test
    void namesTheWordsItHasNoVectorFor() {
        Embeddings e = PlotFixtures.embeddings(null);
        assertEquals(List.of("prince", "village"),
                WordMap.unknownWords(e, List.of("king", "prince", "town", "village")));
        assertThrows(IllegalArgumentException.class, () -> WordMap.of(e, List.of("king", "prince")));
    }
}
