package cbow.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The sparse round deltas against the dense sum they stand for, computed row by row here. */
class RowDeltaTest {
    private static final int V = 40;
    private static final int N = 6;

    @Test
    void summedDeltasAddUpToTheDenseSumOfEachPartitionsChange() {
        SplittableRandom random = new SplittableRandom(7);
        float[] baseInput = randomRows(V, random);
        float[] baseOutput = randomRows(V - 1, random); // hs: V - 1 tree nodes
        float[][] trainedInputs = new float[3][];
        float[][] trainedOutputs = new float[3][];
        RowDelta sum = null;
        for (int p = 0; p < 3; p++) {
            trainedInputs[p] = touchSomeRows(baseInput, random);
            trainedOutputs[p] = touchSomeRows(baseOutput, random);
            RowDelta delta = RowDelta.between(baseInput, trainedInputs[p], baseOutput, trainedOutputs[p], N, p + 0.5, p + 1,
                    10L * (p + 1));
            sum = sum == null ? delta : sum.plus(delta);
        }
        float[] input = baseInput.clone();
        float[] output = baseOutput.clone();
        sum.addTo(input, output);

        float[] expectedInput = baseInput.clone();
        float[] expectedOutput = baseOutput.clone();
        for (int p = 0; p < 3; p++) {
            for (int i = 0; i < expectedInput.length; i++) {
                expectedInput[i] += trainedInputs[p][i] - baseInput[i];
            }
            for (int i = 0; i < expectedOutput.length; i++) {
                expectedOutput[i] += trainedOutputs[p][i] - baseOutput[i];
            }
        }
        assertArrayEquals(expectedInput, input, 1e-6f);
        assertArrayEquals(expectedOutput, output, 1e-6f);
        assertEquals(0.5 + 1.5 + 2.5, sum.cost, 1e-12);
        assertEquals(6, sum.examples);
        assertEquals(60, sum.words);
    }

    @Test
    void onlyChangedRowsMoveAndKeysAscendAcrossBothMatrices() {
        float[] base = new float[V * N];
        float[] trainedInput = base.clone();
        float[] trainedOutput = base.clone();
        trainedInput[3 * N + 1] = 1;   // input row 3
        trainedOutput[0] = 2;           // output row 0: key V
        trainedOutput[9 * N + 5] = -1;  // output row 9: key V + 9
        RowDelta a = RowDelta.between(base, trainedInput, base, trainedOutput, N, 0, 0, 0);
        assertArrayEquals(new int[] {3, V, V + 9}, a.keys);

        float[] otherInput = base.clone();
        otherInput[1 * N] = 4;          // input row 1, not in a
        otherInput[3 * N + 1] = 1;      // input row 3, in a too
        RowDelta b = RowDelta.between(base, otherInput, base, base.clone(), N, 0, 0, 0);
        RowDelta ab = a.plus(b);
        assertArrayEquals(new int[] {1, 3, V, V + 9}, ab.keys);
        assertEquals(2f, ab.values[1 * N + 1]); // row 3's changes added
        assertArrayEquals(ab.keys, b.plus(a).keys);
        assertEquals(0, RowDelta.empty(N).plus(RowDelta.empty(N)).size());
        assertArrayEquals(a.keys, a.plus(RowDelta.empty(N)).keys);
    }

    private static float[] randomRows(int rows, SplittableRandom random) {
        float[] x = new float[rows * N];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextGaussian();
        }
        return x;
    }

    /** A copy with about a third of its rows changed. */
    private static float[] touchSomeRows(float[] base, SplittableRandom random) {
        float[] x = base.clone();
        for (int at = 0; at < x.length; at += N) {
            if (random.nextInt(3) == 0) {
                for (int d = 0; d < N; d++) {
                    x[at + d] += (float) random.nextGaussian() * 0.1f;
                }
            }
        }
        return x;
    }
}
