package cbow.dense;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The kernels against naive double-precision products on awkward shapes (sizes that are not multiples
 * of the 4-row tile or of the vector width, single rows, offsets inside larger arrays), and the
 * Vector API kernels against the scalar ones, bit for bit.
 */
class KernelsTest {
    /** rows, depth (or cols), width: tails in every direction, m = 1 and tile-sized cases. */
    private static final int[][] SHAPES = {
        {1, 1, 16}, {3, 5, 16}, {4, 4, 64}, {5, 7, 48}, {7, 100, 128}, {9, 13, 80}, {17, 3, 32}, {256, 100, 128},
    };
    private static final SplittableRandom RANDOM = new SplittableRandom(42);

    private static float[] random(int n) {
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (RANDOM.nextDouble() * 2 - 1);
        }
        return x;
    }

    private static void assertClose(double expected, float actual, double scale, String what) {
        assertEquals(expected, actual, 1e-5 * scale + 1e-6, what);
    }

    @Test
    void dotRowsGivesEachRowsDotBitForBit() {
        SplittableRandom random = new SplittableRandom(3);
        for (int n : new int[] {1, 7, 16, 100, 300, 301}) {
            for (int rows : new int[] {1, 3, 4, 9}) {
                float[] m = new float[rows * n];
                float[] x = new float[n];
                for (int i = 0; i < m.length; i++) {
                    m[i] = (float) random.nextGaussian();
                }
                for (int i = 0; i < n; i++) {
                    x[i] = (float) random.nextGaussian();
                }
                float[] out = new float[rows];
                Kernels.dotRows(m, rows, n, x, out);
                for (int r = 0; r < rows; r++) {
                    assertEquals(Float.floatToIntBits(Kernels.dot(m, r * n, x, 0, n)), Float.floatToIntBits(out[r]),
                            "row " + r + " of " + rows + ", n " + n);
                    double exact = 0;
                    for (int k = 0; k < n; k++) {
                        exact += (double) m[r * n + k] * x[k];
                    }
                    assertEquals(exact, out[r], 1e-4 * Math.sqrt(n));
                }
            }
        }
    }

    @Test
    void multiplyAddBiasMatchesNaiveProduct() {
        for (int[] s : SHAPES) {
            int rows = s[0], depth = s[1], width = s[2], aOff = 3, cOff = 5;
            float[] a = random(aOff + rows * depth);
            float[] b = random(depth * width);
            float[] bias = random(2 + rows);
            float[] c = new float[cOff + rows * width + 7];
            Kernels.multiplyAddBias(a, aOff, rows, depth, b, width, bias, 2, c, cOff);
            for (int r = 0; r < rows; r++) {
                for (int j = 0; j < width; j++) {
                    double sum = bias[2 + r];
                    for (int k = 0; k < depth; k++) {
                        sum += (double) a[aOff + r * depth + k] * b[k * width + j];
                    }
                    assertClose(sum, c[cOff + r * width + j], depth, Arrays.toString(s) + " at " + r + "," + j);
                }
            }
            assertEquals(0f, c[cOff - 1]);
            assertEquals(0f, c[cOff + rows * width], "nothing written past C");
        }
    }

    @Test
    void multiplyTransposeAMatchesNaiveProduct() {
        for (int[] s : SHAPES) {
            int rows = s[1], cols = s[0], width = s[2], aOff = 1, bOff = 16, cOff = 2;
            float[] a = random(aOff + rows * cols);
            float[] b = random(bOff + rows * width);
            float[] c = random(cOff + cols * width + 3); // overwritten, whatever it held
            float after = c[cOff + cols * width];
            Kernels.multiplyTransposeA(a, aOff, rows, cols, b, bOff, width, c, cOff);
            for (int k = 0; k < cols; k++) {
                for (int j = 0; j < width; j++) {
                    double sum = 0;
                    for (int r = 0; r < rows; r++) {
                        sum += (double) a[aOff + r * cols + k] * b[bOff + r * width + j];
                    }
                    assertClose(sum, c[cOff + k * width + j], rows, Arrays.toString(s) + " at " + k + "," + j);
                }
            }
            assertEquals(after, c[cOff + cols * width], "nothing written past C");
        }
    }

    @Test
    void addScaledProductUpdatesInPlaceAndSumsTheExtraColumn() {
        int[][] shapes = {{1, 16, 1}, {3, 16, 15}, {4, 32, 16}, {5, 1, 100}, {6, 128, 100}, {9, 48, 33}, {13, 16, 64}};
        for (int[] s : shapes) {
            int rows = s[0], depth = s[1], width = s[2], bStride = Kernels.extraColumnStride(width);
            float scale = -0.37f;
            float[] a = random(rows * depth);
            float[] b = random(depth * bStride);
            for (int d = 0; d < depth; d++) {
                b[d * bStride + width] = 1f; // the column of ones: extra gets the row sums of A
            }
            float[] c = random(4 + rows * width);
            float[] before = c.clone();
            float[] extra = random(rows);
            float[] extraBefore = extra.clone();
            Kernels.addScaledProduct(a, 0, rows, depth, b, bStride, width, scale, c, 4, extra, 0);
            for (int r = 0; r < rows; r++) {
                double rowSum = 0;
                for (int d = 0; d < depth; d++) {
                    rowSum += a[r * depth + d];
                }
                assertClose(extraBefore[r] + scale * rowSum, extra[r], depth, "row sum " + r);
                for (int k = 0; k < width; k++) {
                    double sum = 0;
                    for (int d = 0; d < depth; d++) {
                        sum += (double) a[r * depth + d] * b[d * bStride + k];
                    }
                    assertClose(before[4 + r * width + k] + scale * sum, c[4 + r * width + k], depth,
                            Arrays.toString(s) + " at " + r + "," + k);
                }
            }
            assertArrayEquals(Arrays.copyOf(before, 4), Arrays.copyOf(c, 4), "nothing written before C");
        }
    }

    @Test
    void exponentiateColumnsGivesColumnMaxAndShiftedExponentials() {
        int rows = 37, width = 32;
        float[] z = random(rows * width);
        for (int i = 0; i < z.length; i++) {
            z[i] *= 40; // spread wide enough that some exponentials nearly underflow
        }
        float[] original = z.clone();
        float[] max = new float[width];
        float[] sum = new float[width];
        Kernels.exponentiateColumns(z, 0, rows, width, max, sum, 0);
        for (int j = 0; j < width; j++) {
            double mx = Double.NEGATIVE_INFINITY;
            for (int r = 0; r < rows; r++) {
                mx = Math.max(mx, original[r * width + j]);
            }
            assertEquals(mx, max[j], 0.0);
            double s = 0;
            for (int r = 0; r < rows; r++) {
                double e = Math.exp(original[r * width + j] - (float) mx); // the float difference, as softmax forms it
                s += e;
                assertEquals(e, z[r * width + j], 3e-7 * e + 1e-37, "exp at " + r + "," + j);
            }
            assertEquals(s, sum[j], 1e-6 * s);
        }
    }

    @Test
    void fastExpIsAccurateOverTheWholeRangeAndKeepsNaN() {
        double worst = 0;
        for (float x = 0; x > -87f; x -= 0.001f) {
            double exact = Math.exp(x);
            worst = Math.max(worst, Math.abs(FastExp.exp(x) - exact) / exact);
        }
        assertTrue(worst < 3e-7, "relative error " + worst);
        assertEquals(1f, FastExp.exp(0f));
        assertTrue(FastExp.exp(-1000f) > 0 && FastExp.exp(-1000f) < 1e-37f, "clamped, never zero or negative");
        assertTrue(Float.isNaN(FastExp.exp(Float.NaN)));
    }

    @Test
    void vectorKernelsGiveTheScalarKernelsBitsExactly() {
        Assumptions.assumeTrue(Kernels.vectorized(), "the Vector API module is absent: nothing to compare");
        for (int[] s : SHAPES) {
            int rows = s[0], depth = s[1], width = s[2];
            float[] a = random(rows * depth);
            float[] b = random(Math.max(depth, rows) * Kernels.extraColumnStride(Math.max(width, depth)));
            float[] bias = random(rows);
            float[] c1 = new float[rows * width];
            float[] c2 = new float[rows * width];
            ScalarKernels.multiplyAddBias(a, 0, rows, depth, b, width, bias, 0, c1, 0);
            VectorKernels.multiplyAddBias(a, 0, rows, depth, b, width, bias, 0, c2, 0);
            assertArrayEquals(c1, c2, "A B + bias " + Arrays.toString(s));

            float[] t1 = new float[depth * width];
            float[] t2 = new float[depth * width];
            ScalarKernels.multiplyTransposeA(a, 0, rows, depth, b, 0, width, t1, 0);
            VectorKernels.multiplyTransposeA(a, 0, rows, depth, b, 0, width, t2, 0);
            assertArrayEquals(t1, t2, "A^T B " + Arrays.toString(s));

            int stride = Kernels.extraColumnStride(width);
            float[] u1 = random(rows * width);
            float[] u2 = u1.clone();
            float[] e1 = random(rows);
            float[] e2 = e1.clone();
            float[] bb = random(depth * stride);
            ScalarKernels.addScaledProduct(a, 0, rows, depth, bb, stride, width, 0.3f, u1, 0, e1, 0);
            VectorKernels.addScaledProduct(a, 0, rows, depth, bb, stride, width, 0.3f, u2, 0, e2, 0);
            assertArrayEquals(u1, u2, "C += s A B " + Arrays.toString(s));
            assertArrayEquals(e1, e2, "row sums " + Arrays.toString(s));

            float[] z1 = random(rows * width);
            float[] z2 = z1.clone();
            float[] m1 = new float[width], m2 = new float[width], s1 = new float[width], s2 = new float[width];
            ScalarKernels.exponentiateColumns(z1, 0, rows, width, m1, s1, 0);
            VectorKernels.exponentiateColumns(z2, 0, rows, width, m2, s2, 0);
            assertArrayEquals(z1, z2, "exp " + Arrays.toString(s));
            assertArrayEquals(s1, s2, "column sums " + Arrays.toString(s));
        }
    }
}
