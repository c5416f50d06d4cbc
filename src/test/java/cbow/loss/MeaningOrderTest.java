package cbow.loss;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MeaningOrderTest {
    /**
     * Planted: 8 groups of 16 words, each word its group's random direction plus noise, the words of
     * the groups shuffled among the ids. Balanced halving of 128 words keeps each group whole only if
     * the order puts every group in one aligned block of 16 (the subtree of 16 leaves).
     */
    @Test
    void plantedGroupsFillAlignedBlocks() {
        int groups = 8;
        int size = 16;
        int dim = 12;
        int v = groups * size;
        Random random = new Random(3);
        double[][] centers = new double[groups][dim];
        for (double[] c : centers) {
            for (int k = 0; k < dim; k++) {
                c[k] = random.nextGaussian();
            }
        }
        int[] groupOf = new int[v];
        for (int i = 0; i < v; i++) {
            groupOf[i] = i % groups;
        }
        float[] rows = new float[v * dim];
        for (int w = 0; w < v; w++) {
            double scale = 0.5 + random.nextDouble() * 3; // lengths vary: the order reads directions
            for (int k = 0; k < dim; k++) {
                rows[w * dim + k] = (float) (scale * (centers[groupOf[w]][k] + 0.15 * random.nextGaussian()));
            }
        }
        int[] order = MeaningOrder.of(rows, dim, 1);
        int[] sorted = order.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < v; i++) {
            assertEquals(i, sorted[i], "every word once");
        }
        for (int block = 0; block < groups; block++) {
            Set<Integer> seen = new HashSet<>();
            for (int i = block * size; i < (block + 1) * size; i++) {
                seen.add(groupOf[order[i]]);
            }
            assertEquals(1, seen.size(), "block " + block + " holds one group");
        }
    }

    /** Large sets are cut on several threads; each cut has its own generator, so runs agree. */
    @Test
    void theSameOrderEveryRun() {
        int v = 20_000;
        int dim = 8;
        Random random = new Random(5);
        float[] rows = new float[v * dim];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = (float) random.nextGaussian();
        }
        assertArrayEquals(MeaningOrder.of(rows, dim, 7), MeaningOrder.of(rows, dim, 7));
    }

    @Test
    void identicalAndZeroRowsStillGiveAnOrder() {
        float[] rows = new float[10 * 4]; // all zero: no direction to cut along
        int[] order = MeaningOrder.of(rows, 4, 1);
        int[] sorted = order.clone();
        Arrays.sort(sorted);
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, sorted);
    }

    /** The heartbeat runs during a large ordering, and what it throws ends the ordering and is thrown. */
    @Test
    void aHeartbeatThatThrowsStopsTheOrdering() {
        int v = 20_000;
        int dim = 4;
        float[] rows = new float[v * dim];
        Random random = new Random(5);
        for (int i = 0; i < rows.length; i++) {
            rows[i] = (float) random.nextGaussian();
        }
        java.util.concurrent.atomic.AtomicInteger beats = new java.util.concurrent.atomic.AtomicInteger();
        int[] order = MeaningOrder.of(rows, dim, 1, beats::incrementAndGet);
        assertArrayEquals(MeaningOrder.of(rows, dim, 1), order, "the heartbeat does not change the order");
        assertTrue(beats.get() >= v / 4096, beats.get() + " beats");
        class Stop extends RuntimeException {
        }
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        assertThrows(Stop.class, () -> MeaningOrder.of(rows, dim, 1, () -> {
            if (calls.incrementAndGet() == 3) {
                throw new Stop();
            }
        }));
    }
}
