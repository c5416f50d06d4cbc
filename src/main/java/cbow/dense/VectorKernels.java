package cbow.dense;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The kernels on the JDK's Vector API (AVX2/AVX-512 here). The products are register-tiled: a tile of
 * 4 rows x 4 vectors (64 columns with 16 float lanes) keeps 16 accumulators in registers through the
 * whole depth, so each loaded vector feeds 4 fused multiply-adds. Each lane computes exactly the fma
 * chain of {@link ScalarKernels}, so the results are the same bits. Loaded only when the module
 * {@code jdk.incubator.vector} is present (see {@link Kernels}).
 */
final class VectorKernels {
    static final VectorSpecies<Float> S = species();
    static final int L = S.length();

    private static final int BIAS = 0;      // c = acc + bias[row]
    private static final int ADD = 1;       // c = fma(scale, acc, c)

    private VectorKernels() {
    }

    private static VectorSpecies<Float> species() {
        VectorSpecies<Float> preferred = FloatVector.SPECIES_PREFERRED;
        return Kernels.ALIGN % preferred.length() == 0 ? preferred : FloatVector.SPECIES_512;
    }

    // ---- C = A B + bias, and C += scale A B (with the row sums of the extra column) -------------

    static void multiplyAddBias(float[] a, int aOff, int rows, int depth, float[] b, int width,
                                float[] bias, int biasOff, float[] c, int cOff) {
        int vectors = width / L;
        int r = 0;
        for (; r + 4 <= rows; r += 4) {
            int ar = aOff + r * depth;
            int cr = cOff + r * width;
            int v = 0;
            for (; v + 4 <= vectors; v += 4) {
                nn4x4(a, ar, depth, b, width, v * L, c, cr, width, BIAS, 0, bias, biasOff + r);
            }
            for (; v < vectors; v++) {
                nn4x1(a, ar, depth, b, width, v * L, c, cr, width, BIAS, 0, bias, biasOff + r, L, null, 0);
            }
        }
        for (; r < rows; r++) {
            for (int v = 0; v < vectors; v++) {
                nn1x1(a, aOff + r * depth, depth, b, width, v * L, c, cOff + r * width, BIAS, 0,
                        bias, biasOff + r, L, null, 0);
            }
        }
    }

    static void addScaledProduct(float[] a, int aOff, int rows, int depth, float[] b, int bStride, int width,
                                 float scale, float[] c, int cOff, float[] extra, int extraOff) {
        int vectors = width / L;  // full vectors; one more holds the last columns and the extra one
        int tail = width - vectors * L;
        int r = 0;
        for (; r + 4 <= rows; r += 4) {
            int ar = aOff + r * depth;
            int cr = cOff + r * width;
            int v = 0;
            for (; v + 4 <= vectors; v += 4) {
                nn4x4(a, ar, depth, b, bStride, v * L, c, cr, width, ADD, scale, null, 0);
            }
            for (; v < vectors; v++) {
                nn4x1(a, ar, depth, b, bStride, v * L, c, cr, width, ADD, scale, null, 0, L, null, 0);
            }
            nn4x1(a, ar, depth, b, bStride, vectors * L, c, cr, width, ADD, scale, null, 0, tail, extra, extraOff + r);
        }
        for (; r < rows; r++) {
            int ar = aOff + r * depth;
            int cr = cOff + r * width;
            for (int v = 0; v < vectors; v++) {
                nn1x1(a, ar, depth, b, bStride, v * L, c, cr, ADD, scale, null, 0, L, null, 0);
            }
            nn1x1(a, ar, depth, b, bStride, vectors * L, c, cr, ADD, scale, null, 0, tail, extra, extraOff + r);
        }
    }

    /** 4 rows (from ar, stride depth) x 4 vectors (columns j..j+4L) of A B. */
    private static void nn4x4(float[] a, int ar, int depth, float[] b, int bStride, int j,
                              float[] c, int cr, int cStride, int mode, float scale, float[] bias, int br) {
        FloatVector c00 = FloatVector.zero(S), c01 = c00, c02 = c00, c03 = c00;
        FloatVector c10 = c00, c11 = c00, c12 = c00, c13 = c00;
        FloatVector c20 = c00, c21 = c00, c22 = c00, c23 = c00;
        FloatVector c30 = c00, c31 = c00, c32 = c00, c33 = c00;
        for (int k = 0; k < depth; k++) {
            int bo = k * bStride + j;
            FloatVector b0 = FloatVector.fromArray(S, b, bo);
            FloatVector b1 = FloatVector.fromArray(S, b, bo + L);
            FloatVector b2 = FloatVector.fromArray(S, b, bo + 2 * L);
            FloatVector b3 = FloatVector.fromArray(S, b, bo + 3 * L);
            FloatVector x = FloatVector.broadcast(S, a[ar + k]);
            c00 = x.fma(b0, c00); c01 = x.fma(b1, c01); c02 = x.fma(b2, c02); c03 = x.fma(b3, c03);
            x = FloatVector.broadcast(S, a[ar + depth + k]);
            c10 = x.fma(b0, c10); c11 = x.fma(b1, c11); c12 = x.fma(b2, c12); c13 = x.fma(b3, c13);
            x = FloatVector.broadcast(S, a[ar + 2 * depth + k]);
            c20 = x.fma(b0, c20); c21 = x.fma(b1, c21); c22 = x.fma(b2, c22); c23 = x.fma(b3, c23);
            x = FloatVector.broadcast(S, a[ar + 3 * depth + k]);
            c30 = x.fma(b0, c30); c31 = x.fma(b1, c31); c32 = x.fma(b2, c32); c33 = x.fma(b3, c33);
        }
        int o = cr + j;
        float b0 = bias == null ? 0 : bias[br];
        put(c00, c, o, mode, scale, b0); put(c01, c, o + L, mode, scale, b0);
        put(c02, c, o + 2 * L, mode, scale, b0); put(c03, c, o + 3 * L, mode, scale, b0);
        o += cStride;
        float b1 = bias == null ? 0 : bias[br + 1];
        put(c10, c, o, mode, scale, b1); put(c11, c, o + L, mode, scale, b1);
        put(c12, c, o + 2 * L, mode, scale, b1); put(c13, c, o + 3 * L, mode, scale, b1);
        o += cStride;
        float b2 = bias == null ? 0 : bias[br + 2];
        put(c20, c, o, mode, scale, b2); put(c21, c, o + L, mode, scale, b2);
        put(c22, c, o + 2 * L, mode, scale, b2); put(c23, c, o + 3 * L, mode, scale, b2);
        o += cStride;
        float b3 = bias == null ? 0 : bias[br + 3];
        put(c30, c, o, mode, scale, b3); put(c31, c, o + L, mode, scale, b3);
        put(c32, c, o + 2 * L, mode, scale, b3); put(c33, c, o + 3 * L, mode, scale, b3);
    }

    /** 4 rows x 1 vector; {@code valid} < L columns are written when it is the last, partial vector. */
    private static void nn4x1(float[] a, int ar, int depth, float[] b, int bStride, int j,
                              float[] c, int cr, int cStride, int mode, float scale, float[] bias, int br,
                              int valid, float[] extra, int er) {
        FloatVector c0 = FloatVector.zero(S), c1 = c0, c2 = c0, c3 = c0;
        for (int k = 0; k < depth; k++) {
            FloatVector bv = FloatVector.fromArray(S, b, k * bStride + j);
            c0 = FloatVector.broadcast(S, a[ar + k]).fma(bv, c0);
            c1 = FloatVector.broadcast(S, a[ar + depth + k]).fma(bv, c1);
            c2 = FloatVector.broadcast(S, a[ar + 2 * depth + k]).fma(bv, c2);
            c3 = FloatVector.broadcast(S, a[ar + 3 * depth + k]).fma(bv, c3);
        }
        finish(c0, c, cr + j, mode, scale, bias == null ? 0 : bias[br], valid, extra, er);
        finish(c1, c, cr + cStride + j, mode, scale, bias == null ? 0 : bias[br + 1], valid, extra, er + 1);
        finish(c2, c, cr + 2 * cStride + j, mode, scale, bias == null ? 0 : bias[br + 2], valid, extra, er + 2);
        finish(c3, c, cr + 3 * cStride + j, mode, scale, bias == null ? 0 : bias[br + 3], valid, extra, er + 3);
    }

    private static void nn1x1(float[] a, int ar, int depth, float[] b, int bStride, int j,
                              float[] c, int cr, int mode, float scale, float[] bias, int br,
                              int valid, float[] extra, int er) {
        FloatVector acc = FloatVector.zero(S);
        for (int k = 0; k < depth; k++) {
            acc = FloatVector.broadcast(S, a[ar + k]).fma(FloatVector.fromArray(S, b, k * bStride + j), acc);
        }
        finish(acc, c, cr + j, mode, scale, bias == null ? 0 : bias[br], valid, extra, er);
    }

    private static void put(FloatVector acc, float[] c, int o, int mode, float scale, float bias) {
        if (mode == BIAS) {
            acc.add(bias).intoArray(c, o);
        } else {
            acc.fma(FloatVector.broadcast(S, scale), FloatVector.fromArray(S, c, o)).intoArray(c, o);
        }
    }

    /** Like put, but for the last vector of a row: only {@code valid} columns, then the extra column. */
    private static void finish(FloatVector acc, float[] c, int o, int mode, float scale, float bias,
                               int valid, float[] extra, int er) {
        if (valid == L && extra == null) {
            put(acc, c, o, mode, scale, bias);
            return;
        }
        for (int q = 0; q < valid; q++) {
            c[o + q] = Math.fma(scale, acc.lane(q), c[o + q]);
        }
        extra[er] = Math.fma(scale, acc.lane(valid), extra[er]);
    }

    // ---- C = A^T B -------------------------------------------------------------------------------

    static void multiplyTransposeA(float[] a, int aOff, int rows, int cols, float[] b, int bOff, int width,
                                   float[] c, int cOff) {
        int vectors = width / L;
        int k = 0;
        for (; k + 4 <= cols; k += 4) {
            int v = 0;
            for (; v + 4 <= vectors; v += 4) {
                tn4x4(a, aOff, rows, cols, k, b, bOff, width, v * L, c, cOff);
            }
            for (; v < vectors; v++) {
                tn4x1(a, aOff, rows, cols, k, b, bOff, width, v * L, c, cOff);
            }
        }
        for (; k < cols; k++) {
            for (int v = 0; v < vectors; v++) {
                tn1x1(a, aOff, rows, cols, k, b, bOff, width, v * L, c, cOff);
            }
        }
    }

    /** Rows k..k+4 of A^T B (columns k.. of A) x 4 vectors of columns j.., summed over all rows of A and B. */
    private static void tn4x4(float[] a, int aOff, int rows, int cols, int k, float[] b, int bOff, int width, int j,
                              float[] c, int cOff) {
        FloatVector c00 = FloatVector.zero(S), c01 = c00, c02 = c00, c03 = c00;
        FloatVector c10 = c00, c11 = c00, c12 = c00, c13 = c00;
        FloatVector c20 = c00, c21 = c00, c22 = c00, c23 = c00;
        FloatVector c30 = c00, c31 = c00, c32 = c00, c33 = c00;
        for (int r = 0; r < rows; r++) {
            int bo = bOff + r * width + j;
            int ao = aOff + r * cols + k;
            FloatVector b0 = FloatVector.fromArray(S, b, bo);
            FloatVector b1 = FloatVector.fromArray(S, b, bo + L);
            FloatVector b2 = FloatVector.fromArray(S, b, bo + 2 * L);
            FloatVector b3 = FloatVector.fromArray(S, b, bo + 3 * L);
            FloatVector x = FloatVector.broadcast(S, a[ao]);
            c00 = x.fma(b0, c00); c01 = x.fma(b1, c01); c02 = x.fma(b2, c02); c03 = x.fma(b3, c03);
            x = FloatVector.broadcast(S, a[ao + 1]);
            c10 = x.fma(b0, c10); c11 = x.fma(b1, c11); c12 = x.fma(b2, c12); c13 = x.fma(b3, c13);
            x = FloatVector.broadcast(S, a[ao + 2]);
            c20 = x.fma(b0, c20); c21 = x.fma(b1, c21); c22 = x.fma(b2, c22); c23 = x.fma(b3, c23);
            x = FloatVector.broadcast(S, a[ao + 3]);
            c30 = x.fma(b0, c30); c31 = x.fma(b1, c31); c32 = x.fma(b2, c32); c33 = x.fma(b3, c33);
        }
        int o = cOff + k * width + j;
        c00.intoArray(c, o); c01.intoArray(c, o + L); c02.intoArray(c, o + 2 * L); c03.intoArray(c, o + 3 * L);
        o += width;
        c10.intoArray(c, o); c11.intoArray(c, o + L); c12.intoArray(c, o + 2 * L); c13.intoArray(c, o + 3 * L);
        o += width;
        c20.intoArray(c, o); c21.intoArray(c, o + L); c22.intoArray(c, o + 2 * L); c23.intoArray(c, o + 3 * L);
        o += width;
        c30.intoArray(c, o); c31.intoArray(c, o + L); c32.intoArray(c, o + 2 * L); c33.intoArray(c, o + 3 * L);
    }

    private static void tn4x1(float[] a, int aOff, int rows, int cols, int k, float[] b, int bOff, int width, int j,
                              float[] c, int cOff) {
        FloatVector c0 = FloatVector.zero(S), c1 = c0, c2 = c0, c3 = c0;
        for (int r = 0; r < rows; r++) {
            FloatVector bv = FloatVector.fromArray(S, b, bOff + r * width + j);
            int ao = aOff + r * cols + k;
            c0 = FloatVector.broadcast(S, a[ao]).fma(bv, c0);
            c1 = FloatVector.broadcast(S, a[ao + 1]).fma(bv, c1);
            c2 = FloatVector.broadcast(S, a[ao + 2]).fma(bv, c2);
            c3 = FloatVector.broadcast(S, a[ao + 3]).fma(bv, c3);
        }
        int o = cOff + k * width + j;
        c0.intoArray(c, o);
        c1.intoArray(c, o + width);
        c2.intoArray(c, o + 2 * width);
        c3.intoArray(c, o + 3 * width);
    }

    private static void tn1x1(float[] a, int aOff, int rows, int cols, int k, float[] b, int bOff, int width, int j,
                              float[] c, int cOff) {
        FloatVector acc = FloatVector.zero(S);
        for (int r = 0; r < rows; r++) {
            acc = FloatVector.broadcast(S, a[aOff + r * cols + k]).fma(FloatVector.fromArray(S, b, bOff + r * width + j), acc);
        }
        acc.intoArray(c, cOff + k * width + j);
    }

    // ---- softmax pieces --------------------------------------------------------------------------

    static void exponentiateColumns(float[] z, int off, int rows, int width, float[] max, float[] sum, int statsOff) {
        for (int j = 0; j < width; j += L) {
            FloatVector mx = FloatVector.broadcast(S, Float.NEGATIVE_INFINITY);
            for (int r = 0; r < rows; r++) {
                mx = mx.max(FloatVector.fromArray(S, z, off + r * width + j));
            }
            FloatVector s = FloatVector.zero(S);
            for (int r = 0; r < rows; r++) {
                int i = off + r * width + j;
                FloatVector e = exp(FloatVector.fromArray(S, z, i).sub(mx));
                e.intoArray(z, i);
                s = s.add(e);
            }
            mx.intoArray(max, statsOff + j);
            s.intoArray(sum, statsOff + j);
        }
    }

    /** {@link FastExp#exp} in every lane, operation for operation. */
    static FloatVector exp(FloatVector x) {
        x = x.max(FastExp.MIN_X);
        FloatVector t = x.fma(FastExp.LOG2E, FastExp.ROUNDER);
        IntVector n = ((IntVector) t.reinterpretAsInts()).sub(FastExp.ROUNDER_BITS);
        FloatVector nf = t.sub(FastExp.ROUNDER);
        FloatVector r = nf.fma(FloatVector.broadcast(S, -FastExp.LN2_HI), x);
        r = nf.fma(FloatVector.broadcast(S, -FastExp.LN2_LO), r);
        FloatVector p = FloatVector.broadcast(S, FastExp.P0).fma(r, FloatVector.broadcast(S, FastExp.P1));
        p = p.fma(r, FloatVector.broadcast(S, FastExp.P2));
        p = p.fma(r, FloatVector.broadcast(S, FastExp.P3));
        p = p.fma(r, FloatVector.broadcast(S, FastExp.P4));
        p = p.fma(r, FloatVector.broadcast(S, FastExp.P5));
        p = p.fma(r.mul(r), r).add(1f);
        FloatVector scale = n.add(127).lanewise(VectorOperators.LSHL, 23).reinterpretAsFloats();
        return p.mul(scale);
    }

    static void scaleColumns(float[] z, int off, int rows, int width, float[] factor, int factorOff) {
        for (int j = 0; j < width; j += L) {
            FloatVector f = FloatVector.fromArray(S, factor, factorOff + j);
            for (int r = 0; r < rows; r++) {
                int i = off + r * width + j;
                FloatVector.fromArray(S, z, i).mul(f).intoArray(z, i);
            }
        }
    }

    static void add(float[] src, int srcOff, float[] dst, int dstOff, int length) {
        int i = 0;
        for (; i + L <= length; i += L) {
            FloatVector.fromArray(S, dst, dstOff + i).add(FloatVector.fromArray(S, src, srcOff + i)).intoArray(dst, dstOff + i);
        }
        for (; i < length; i++) {
            dst[dstOff + i] += src[srcOff + i];
        }
    }
}
