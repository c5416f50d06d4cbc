package cbow.dense;

import java.util.Arrays;

/**
 * The kernels in plain loops: the fallback when the Vector API module is absent, and the definition
 * of the results. Every output is a chain of Math.fma in a fixed order starting from zero, exactly
 * as {@link VectorKernels} computes it lane by lane, so both give the same bits.
 */
final class ScalarKernels {
    private ScalarKernels() {
    }

    // The products run row by row as c[j] = fma(a, b[j], c[j]) over j (which the JIT vectorizes),
    // so each output is still the fma chain over the depth in order.

    static void multiplyAddBias(float[] a, int aOff, int rows, int depth, float[] b, int width,
                                float[] bias, int biasOff, float[] c, int cOff) {
        for (int r = 0; r < rows; r++) {
            int cr = cOff + r * width;
            Arrays.fill(c, cr, cr + width, 0f);
            for (int k = 0; k < depth; k++) {
                axpy(a[aOff + r * depth + k], b, k * width, c, cr, width);
            }
            float rowBias = bias[biasOff + r];
            for (int j = 0; j < width; j++) {
                c[cr + j] = c[cr + j] + rowBias;
            }
        }
    }

    static void multiplyTransposeA(float[] a, int aOff, int rows, int cols, float[] b, int bOff, int width,
                                   float[] c, int cOff) {
        Arrays.fill(c, cOff, cOff + cols * width, 0f);
        for (int r = 0; r < rows; r++) {
            for (int k = 0; k < cols; k++) {
                axpy(a[aOff + r * cols + k], b, bOff + r * width, c, cOff + k * width, width);
            }
        }
    }

    private static final ThreadLocal<float[][]> ROW = ThreadLocal.withInitial(() -> new float[1][0]);

    static void addScaledProduct(float[] a, int aOff, int rows, int depth, float[] b, int bStride, int width,
                                 float scale, float[] c, int cOff, float[] extra, int extraOff) {
        float[][] holder = ROW.get();
        if (holder[0].length < width + 1) {
            holder[0] = new float[width + 1];
        }
        float[] acc = holder[0];
        for (int r = 0; r < rows; r++) {
            Arrays.fill(acc, 0, width + 1, 0f);
            for (int d = 0; d < depth; d++) {
                axpy(a[aOff + r * depth + d], b, d * bStride, acc, 0, width + 1);
            }
            int cr = cOff + r * width;
            for (int k = 0; k < width; k++) {
                c[cr + k] = Math.fma(scale, acc[k], c[cr + k]);
            }
            extra[extraOff + r] = Math.fma(scale, acc[width], extra[extraOff + r]);
        }
    }

    /** y[yOff + j] = fma(x, b[bOff + j], y[yOff + j]) for j < n. */
    private static void axpy(float x, float[] b, int bOff, float[] y, int yOff, int n) {
        for (int j = 0; j < n; j++) {
            y[yOff + j] = Math.fma(x, b[bOff + j], y[yOff + j]);
        }
    }

    static void exponentiateColumns(float[] z, int off, int rows, int width, float[] max, float[] sum, int statsOff) {
        for (int j = 0; j < width; j++) {
            float mx = Float.NEGATIVE_INFINITY;
            for (int r = 0; r < rows; r++) {
                mx = Math.max(mx, z[off + r * width + j]);
            }
            float s = 0;
            for (int r = 0; r < rows; r++) {
                int i = off + r * width + j;
                float e = FastExp.exp(z[i] - mx);
                z[i] = e;
                s += e;
            }
            max[statsOff + j] = mx;
            sum[statsOff + j] = s;
        }
    }

    static void scaleColumns(float[] z, int off, int rows, int width, float[] factor, int factorOff) {
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < width; j++) {
                z[off + r * width + j] *= factor[factorOff + j];
            }
        }
    }

    static void add(float[] src, int srcOff, float[] dst, int dstOff, int length) {
        for (int i = 0; i < length; i++) {
            dst[dstOff + i] += src[srcOff + i];
        }
    }

    /** In four independent sums: one running sum is a chain of additions the CPU cannot overlap. */
    static float dot(float[] a, int aOff, float[] b, int bOff, int n) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int k = 0;
        for (; k + 3 < n; k += 4) {
            s0 += a[aOff + k] * b[bOff + k];
            s1 += a[aOff + k + 1] * b[bOff + k + 1];
            s2 += a[aOff + k + 2] * b[bOff + k + 2];
            s3 += a[aOff + k + 3] * b[bOff + k + 3];
        }
        for (; k < n; k++) {
            s0 += a[aOff + k] * b[bOff + k];
        }
        return (s0 + s1) + (s2 + s3);
    }

    static void logisticUpdate(float g, float[] row, int rowOff, float[] hidden, float[] grad, int n) {
        for (int k = 0; k < n; k++) {
            float o = row[rowOff + k];
            grad[k] += g * o;
            row[rowOff + k] = o + g * hidden[k];
        }
    }
}
