package cbow.dense;

/**
 * The kernels in plain loops: the fallback when the Vector API module is absent, and the definition
 * of the results. Every output is a chain of Math.fma in a fixed order starting from zero, exactly
 * as {@link VectorKernels} computes it lane by lane, so both give the same bits.
 */
final class ScalarKernels {
    private ScalarKernels() {
    }

    static void multiplyAddBias(float[] a, int aOff, int rows, int depth, float[] b, int width,
                                float[] bias, int biasOff, float[] c, int cOff) {
        for (int r = 0; r < rows; r++) {
            int ar = aOff + r * depth;
            int cr = cOff + r * width;
            for (int j = 0; j < width; j++) {
                float acc = 0;
                for (int k = 0; k < depth; k++) {
                    acc = Math.fma(a[ar + k], b[k * width + j], acc);
                }
                c[cr + j] = acc + bias[biasOff + r];
            }
        }
    }

    static void multiplyTransposeA(float[] a, int aOff, int rows, int cols, float[] b, int bOff, int width,
                                   float[] c, int cOff) {
        for (int k = 0; k < cols; k++) {
            for (int j = 0; j < width; j++) {
                float acc = 0;
                for (int r = 0; r < rows; r++) {
                    acc = Math.fma(a[aOff + r * cols + k], b[bOff + r * width + j], acc);
                }
                c[cOff + k * width + j] = acc;
            }
        }
    }

    static void addScaledProduct(float[] a, int aOff, int rows, int depth, float[] b, int bStride, int width,
                                 float scale, float[] c, int cOff, float[] extra, int extraOff) {
        for (int r = 0; r < rows; r++) {
            int ar = aOff + r * depth;
            for (int k = 0; k <= width; k++) {
                float acc = 0;
                for (int d = 0; d < depth; d++) {
                    acc = Math.fma(a[ar + d], b[d * bStride + k], acc);
                }
                if (k < width) {
                    c[cOff + r * width + k] = Math.fma(scale, acc, c[cOff + r * width + k]);
                } else {
                    extra[extraOff + r] = Math.fma(scale, acc, extra[extraOff + r]);
                }
            }
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
}
