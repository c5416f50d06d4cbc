package cbow.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CorrelationTest {
    @Test
    void tiedValuesShareTheirAverageRank() {
        assertArrayEquals(new double[] {1, 2.5, 2.5, 4, 6, 6, 6}, Correlation.ranks(new double[] {0.1, 3, 3, 5, 9, 9, 9}));
        assertArrayEquals(new double[] {3, 1, 2}, Correlation.ranks(new double[] {2, -1, 0}));
    }

    @Test
    void spearmanIsOneForAnyIncreasingRelation() {
        double[] x = {1, 2, 3, 4, 5};
        assertEquals(1.0, Correlation.spearman(x, new double[] {1, 8, 27, 64, 125}), 1e-12);
        assertEquals(-1.0, Correlation.spearman(x, new double[] {5, 4, 3, 2, -10}), 1e-12);
    }

    @Test
    void matchesScipyOnTiedData() {
        // scipy.stats.spearmanr / pearsonr on these lists: 0.6470588235294118 and 0.7231210564144186
        double[] x = {1, 2, 2, 3, 4, 5};
        double[] y = {2, 1, 4, 3, 3, 6};
        assertEquals(0.6470588235294118, Correlation.spearman(x, y), 1e-12);
        assertEquals(0.7231210564144186, Correlation.pearson(x, y), 1e-12);
    }
}
