package cbow.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The combining rule's two promises, on one-row models (input row 0, output row 0, N = 2): a row that
 * every partition moves all the way to the same target converges there (the plain sum overshoots it
 * by P and, at 8 partitions, diverges), and a change that only one partition makes, or that the
 * partitions keep making, is delivered in full, as their sum.
 */
class BlockMomentumTest {
    private static final int N = 2;

    /** The round's summed delta when each of {@code partitions} partitions moved the rows by {@code in}, {@code out}. */
    private static RowDelta round(int partitions, float[] base, float[] in, float[] out) {
        RowDelta sum = RowDelta.empty(N);
        for (int p = 0; p < partitions; p++) {
            float[] trainedIn = {base[0] + in[0], base[1] + in[1]};
            float[] trainedOut = {base[2] + out[0], base[3] + out[1]};
            sum = sum.plus(RowDelta.between(new float[] {base[0], base[1]}, trainedIn, new float[] {base[2], base[3]},
                    trainedOut, N, 0, 1, 1));
        }
        return sum;
    }

    /** Distance from the target after {@code rounds} rounds of P partitions each stepping all the way to it. */
    private static double saturatedError(int partitions, double momentum, int rounds) {
        float[] target = {1f, -2f, 0.5f, 3f};
        float[] input = {0f, 0f};
        float[] output = {0f, 0f};
        BlockMomentum combiner = new BlockMomentum(N, N, partitions, momentum, BlockMomentum.NS_OUTPUT_RATE);
        for (int r = 0; r < rounds; r++) {
            float[] base = {input[0], input[1], output[0], output[1]};
            float[] in = {target[0] - base[0], target[1] - base[1]};
            float[] out = {target[2] - base[2], target[3] - base[3]};
            combiner.apply(round(partitions, base, in, out), input, output);
        }
        return Math.hypot(Math.hypot(input[0] - target[0], input[1] - target[1]),
                Math.hypot(output[0] - target[2], output[1] - target[3]));
    }

    @Test
    void aRowEveryPartitionSaturatesConvergesWhereThePlainSumDiverges() {
        double start = Math.hypot(Math.hypot(1, 2), Math.hypot(0.5, 3));
        // momentum 0 is the plain sum: the error is multiplied by 1 - P = -7 every round
        assertTrue(saturatedError(8, 0, 5) > 1000 * start, "the plain sum should overshoot at 8 partitions");
        for (int partitions : new int[] {2, 8, 50}) {
            double error = saturatedError(partitions, BlockMomentum.momentumFor(partitions), 400);
            assertTrue(error < 1e-3 * start, partitions + " partitions: still " + error + " from the target");
        }
    }

    @Test
    void aChangeOnePartitionMadeIsDeliveredInFullByTheEnd() {
        for (int partitions : new int[] {2, 8}) {
            float[] input = {0f, 0f};
            float[] output = {0f, 0f};
            BlockMomentum combiner = new BlockMomentum(N, N, partitions, BlockMomentum.momentumFor(partitions), BlockMomentum.NS_OUTPUT_RATE);
            combiner.apply(round(1, new float[4], new float[] {0.25f, -0.5f}, new float[] {1f, 0f}), input, output);
            for (int r = 0; r < 3; r++) {
                combiner.apply(RowDelta.empty(N), input, output);
            }
            assertTrue(Math.abs(input[0] - 0.25f) > 1e-3, "delivered at once: the rule would be the plain sum");
            combiner.finish(input, output);
            assertEquals(0.25, input[0], 1e-5);
            assertEquals(-0.5, input[1], 1e-5);
            assertEquals(BlockMomentum.NS_OUTPUT_RATE, output[0], 1e-5, "the output row's change, NS_OUTPUT_RATE times");
        }
    }

    @Test
    void aChangeThePartitionsKeepMakingArrivesAsTheirSum() {
        int partitions = 8;
        float[] input = {0f, 0f};
        float[] output = {0f, 0f};
        BlockMomentum combiner = new BlockMomentum(N, N, partitions, BlockMomentum.momentumFor(partitions), BlockMomentum.NS_OUTPUT_RATE);
        float before = 0;
        for (int r = 0; r < 200; r++) {
            before = input[0];
            float[] base = {input[0], input[1], output[0], output[1]};
            combiner.apply(round(partitions, base, new float[] {0.001f, 0f}, new float[] {0f, 0f}), input, output);
        }
        assertEquals(partitions * 0.001, input[0] - before, 1e-6, "the last round's move");
        combiner.finish(input, output);
        assertEquals(200 * partitions * 0.001, input[0], 1e-3, "every change once");
    }
}
