package cbow.dense;

import java.util.Arrays;
import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.IntVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
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

    private VectorKernels() {
    }

    private static VectorSpecies<Float> species() {
        VectorSpecies<Float> preferred = FloatVector.SPECIES_PREFERRED;
        return Kernels.ALIGN % preferred.length() == 0 ? preferred : FloatVector.SPECIES_512;
    }

    // ---- C = A B + bias, and C += scale A B (with the row sums of the extra column) -------------
    //
    // The micro-kernels write their accumulators to a small per-thread tile buffer and an epilogue
    // (which takes no vector arguments) applies them to C: a method taking vectors that the JIT does not
    // inline would box them, and a micro-kernel with a large epilogue is not inlined.

    private static final int TILE = 4 * 4 * 16; // 4 rows x 4 vectors of at most 16 lanes
    private static final ThreadLocal<float[]> TILES = ThreadLocal.withInitial(() -> new float[TILE]);

    static void multiplyAddBias(float[] a, int aOff, int rows, int depth, float[] b, int width,
                                float[] bias, int biasOff, float[] c, int cOff) {
        float[] tile = TILES.get();
        for (int j = 0; j < width; j += 4 * L) { // a panel of B (depth x 4 vectors) stays in L1 over all rows
            int vectors = Math.min(4, (width - j) / L);
            for (int r = 0; r < rows; r += 4) {
                int tileRows = Math.min(4, rows - r);
                multiplyTile(a, aOff + r * depth, depth, b, width, j, tileRows, vectors, tile);
                for (int q = 0; q < tileRows; q++) {
                    int cr = cOff + (r + q) * width + j;
                    float rowBias = bias[biasOff + r + q];
                    for (int v = 0; v < vectors; v++) {
                        FloatVector.fromArray(S, tile, (q * 4 + v) * L).add(rowBias).intoArray(c, cr + v * L);
                    }
                }
            }
        }
    }

    static void addScaledProduct(float[] a, int aOff, int rows, int depth, float[] b, int bStride, int width,
                                 float scale, float[] c, int cOff, float[] extra, int extraOff) {
        // Tiles up to and including the extra column; B's padding makes every load valid, and only the
        // real columns and the extra one are written.
        float[] tile = TILES.get();
        FloatVector s = FloatVector.broadcast(S, scale);
        for (int r = 0; r < rows; r += 4) {
            int tileRows = Math.min(4, rows - r);
            for (int j = 0; j <= width; j += 4 * L) {
                int vectors = Math.min(4, (width - j) / L + 1); // through the extra column
                multiplyTile(a, aOff + r * depth, depth, b, bStride, j, tileRows, vectors, tile);
                for (int q = 0; q < tileRows; q++) {
                    int cr = cOff + (r + q) * width;
                    for (int v = 0; v < vectors; v++) {
                        int jv = j + v * L;
                        int t = (q * 4 + v) * L;
                        if (jv + L <= width) {
                            FloatVector.fromArray(S, tile, t).fma(s, FloatVector.fromArray(S, c, cr + jv)).intoArray(c, cr + jv);
                        } else if (jv <= width) {
                            int valid = width - jv;
                            for (int x = 0; x < valid; x++) {
                                c[cr + jv + x] = Math.fma(scale, tile[t + x], c[cr + jv + x]);
                            }
                            extra[extraOff + r + q] = Math.fma(scale, tile[t + valid], extra[extraOff + r + q]);
                        }
                    }
                }
            }
        }
    }

    /** tile[q][v] = rows q of A (from ar, stride depth) times vector v of B's columns j.., for q < rows, v < vectors. */
    private static void multiplyTile(float[] a, int ar, int depth, float[] b, int bStride, int j, int rows, int vectors,
                                     float[] tile) {
        if (rows == 4 && vectors == 4) {
            nn4x4(a, ar, depth, b, bStride, j, tile);
            return;
        }
        if (rows == 4 && vectors == 3) {
            nn4x3(a, ar, depth, b, bStride, j, tile);
            return;
        }
        for (int q = 0; q < rows; q++) {
            for (int v = 0; v < vectors; v++) {
                nn1x1(a, ar + q * depth, depth, b, bStride, j + v * L, tile, (q * 4 + v) * L);
            }
        }
    }

    /** 4 rows x 4 vectors of A B: 16 accumulators in registers through the whole depth. */
    private static void nn4x4(float[] a, int ar, int depth, float[] b, int bStride, int j, float[] tile) {
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
        c00.intoArray(tile, 0); c01.intoArray(tile, L); c02.intoArray(tile, 2 * L); c03.intoArray(tile, 3 * L);
        c10.intoArray(tile, 4 * L); c11.intoArray(tile, 5 * L); c12.intoArray(tile, 6 * L); c13.intoArray(tile, 7 * L);
        c20.intoArray(tile, 8 * L); c21.intoArray(tile, 9 * L); c22.intoArray(tile, 10 * L); c23.intoArray(tile, 11 * L);
        c30.intoArray(tile, 12 * L); c31.intoArray(tile, 13 * L); c32.intoArray(tile, 14 * L); c33.intoArray(tile, 15 * L);
    }

    /** 4 rows x 3 vectors: the last columns of C += s A B when the row is 100 wide (64 + 37). */
    private static void nn4x3(float[] a, int ar, int depth, float[] b, int bStride, int j, float[] tile) {
        FloatVector c00 = FloatVector.zero(S), c01 = c00, c02 = c00;
        FloatVector c10 = c00, c11 = c00, c12 = c00;
        FloatVector c20 = c00, c21 = c00, c22 = c00;
        FloatVector c30 = c00, c31 = c00, c32 = c00;
        for (int k = 0; k < depth; k++) {
            int bo = k * bStride + j;
            FloatVector b0 = FloatVector.fromArray(S, b, bo);
            FloatVector b1 = FloatVector.fromArray(S, b, bo + L);
            FloatVector b2 = FloatVector.fromArray(S, b, bo + 2 * L);
            FloatVector x = FloatVector.broadcast(S, a[ar + k]);
            c00 = x.fma(b0, c00); c01 = x.fma(b1, c01); c02 = x.fma(b2, c02);
            x = FloatVector.broadcast(S, a[ar + depth + k]);
            c10 = x.fma(b0, c10); c11 = x.fma(b1, c11); c12 = x.fma(b2, c12);
            x = FloatVector.broadcast(S, a[ar + 2 * depth + k]);
            c20 = x.fma(b0, c20); c21 = x.fma(b1, c21); c22 = x.fma(b2, c22);
            x = FloatVector.broadcast(S, a[ar + 3 * depth + k]);
            c30 = x.fma(b0, c30); c31 = x.fma(b1, c31); c32 = x.fma(b2, c32);
        }
        c00.intoArray(tile, 0); c01.intoArray(tile, L); c02.intoArray(tile, 2 * L);
        c10.intoArray(tile, 4 * L); c11.intoArray(tile, 5 * L); c12.intoArray(tile, 6 * L);
        c20.intoArray(tile, 8 * L); c21.intoArray(tile, 9 * L); c22.intoArray(tile, 10 * L);
        c30.intoArray(tile, 12 * L); c31.intoArray(tile, 13 * L); c32.intoArray(tile, 14 * L);
    }

    private static void nn1x1(float[] a, int ar, int depth, float[] b, int bStride, int j, float[] tile, int t) {
        FloatVector acc = FloatVector.zero(S);
        for (int k = 0; k < depth; k++) {
            acc = FloatVector.broadcast(S, a[ar + k]).fma(FloatVector.fromArray(S, b, k * bStride + j), acc);
        }
        acc.intoArray(tile, t);
    }

    // ---- C = A^T B -------------------------------------------------------------------------------

    /** Rows of A and B per pass: a chunk of B (32 x 4 vectors) and of A stay in L1 across the tiles. */
    private static final int CHUNK = 32;

    static void multiplyTransposeA(float[] a, int aOff, int rows, int cols, float[] b, int bOff, int width,
                                   float[] c, int cOff) {
        int vectors = width / L;
        Arrays.fill(c, cOff, cOff + cols * width, 0f);
        for (int r0 = 0; r0 < rows; r0 += CHUNK) {
            // C accumulates chunk after chunk: each element's fma chain still runs over the rows in order
            int chunk = Math.min(CHUNK, rows - r0);
            int ao = aOff + r0 * cols;
            int bo = bOff + r0 * width;
            int v = 0;
            for (; v + 4 <= vectors; v += 4) {
                int k = 0;
                for (; k + 4 <= cols; k += 4) {
                    tn4x4(a, ao, chunk, cols, k, b, bo, width, v * L, c, cOff);
                }
                for (; k < cols; k++) {
                    for (int u = v; u < v + 4; u++) {
                        tn1x1(a, ao, chunk, cols, k, b, bo, width, u * L, c, cOff);
                    }
                }
            }
            for (; v < vectors; v++) {
                for (int k = 0; k < cols; k++) {
                    tn1x1(a, ao, chunk, cols, k, b, bo, width, v * L, c, cOff);
                }
            }
        }
    }

    /** Rows k..k+4 of A^T B (columns k.. of A) x 4 vectors of columns j.., summed over all rows of A and B. */
    private static void tn4x4(float[] a, int aOff, int rows, int cols, int k, float[] b, int bOff, int width, int j,
                              float[] c, int cOff) {
        int o = cOff + k * width + j;
        FloatVector c00 = FloatVector.fromArray(S, c, o);
        FloatVector c01 = FloatVector.fromArray(S, c, o + L);
        FloatVector c02 = FloatVector.fromArray(S, c, o + 2 * L);
        FloatVector c03 = FloatVector.fromArray(S, c, o + 3 * L);
        o += width;
        FloatVector c10 = FloatVector.fromArray(S, c, o);
        FloatVector c11 = FloatVector.fromArray(S, c, o + L);
        FloatVector c12 = FloatVector.fromArray(S, c, o + 2 * L);
        FloatVector c13 = FloatVector.fromArray(S, c, o + 3 * L);
        o += width;
        FloatVector c20 = FloatVector.fromArray(S, c, o);
        FloatVector c21 = FloatVector.fromArray(S, c, o + L);
        FloatVector c22 = FloatVector.fromArray(S, c, o + 2 * L);
        FloatVector c23 = FloatVector.fromArray(S, c, o + 3 * L);
        o += width;
        FloatVector c30 = FloatVector.fromArray(S, c, o);
        FloatVector c31 = FloatVector.fromArray(S, c, o + L);
        FloatVector c32 = FloatVector.fromArray(S, c, o + 2 * L);
        FloatVector c33 = FloatVector.fromArray(S, c, o + 3 * L);
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
        o = cOff + k * width + j;
        c00.intoArray(c, o); c01.intoArray(c, o + L); c02.intoArray(c, o + 2 * L); c03.intoArray(c, o + 3 * L);
        o += width;
        c10.intoArray(c, o); c11.intoArray(c, o + L); c12.intoArray(c, o + 2 * L); c13.intoArray(c, o + 3 * L);
        o += width;
        c20.intoArray(c, o); c21.intoArray(c, o + L); c22.intoArray(c, o + 2 * L); c23.intoArray(c, o + 3 * L);
        o += width;
        c30.intoArray(c, o); c31.intoArray(c, o + L); c32.intoArray(c, o + 2 * L); c33.intoArray(c, o + 3 * L);
    }

    private static void tn1x1(float[] a, int aOff, int rows, int cols, int k, float[] b, int bOff, int width, int j,
                              float[] c, int cOff) {
        int o = cOff + k * width + j;
        FloatVector acc = FloatVector.fromArray(S, c, o);
        for (int r = 0; r < rows; r++) {
            acc = FloatVector.broadcast(S, a[aOff + r * cols + k]).fma(FloatVector.fromArray(S, b, bOff + r * width + j), acc);
        }
        acc.intoArray(c, o);
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

    static float dot(float[] a, int aOff, float[] b, int bOff, int n) {
        FloatVector acc = FloatVector.zero(S);
        int k = 0;
        for (; k + L <= n; k += L) {
            acc = FloatVector.fromArray(S, a, aOff + k).fma(FloatVector.fromArray(S, b, bOff + k), acc);
        }
        float sum = acc.reduceLanes(VectorOperators.ADD);
        for (; k < n; k++) {
            sum += a[aOff + k] * b[bOff + k];
        }
        return sum;
    }

    /**
     * {@link #dot} row after row. Measured on 100,000 x 300 (AVX-512): taking the rows in memory
     * order, one at a time, beat four or eight rows at once (5.3 against 7.3 and 7.1 ms a pass): the
     * scan is bound by memory, and one stream is what the hardware prefetcher follows best.
     */
    static void dotRows(float[] m, int rows, int n, float[] x, float[] out) {
        for (int i = 0; i < rows; i++) {
            out[i] = dot(m, i * n, x, 0, n);
        }
    }

    /** Bytes as many as the float lanes: one load of codes widens to one float vector. */
    private static final VectorSpecies<Byte> CODES = VectorSpecies.of(byte.class, VectorShape.forBitSize(L * Byte.SIZE));

    /**
     * See {@link Kernels#dotRowsQuantized}: each row's codes (n a multiple of the lanes) widened to
     * floats and multiplied into the query, a quarter of the float matrix's bytes read.
     */
    static void dotRowsQuantized(byte[] codes, float[] scales, int rows, int n, float[] x, float[] out) {
        for (int i = 0; i < rows; i++) {
            int off = i * n;
            FloatVector acc = FloatVector.zero(S);
            for (int k = 0; k < n; k += L) {
                FloatVector c = (FloatVector) ByteVector.fromArray(CODES, codes, off + k).convertShape(VectorOperators.B2F, S, 0);
                acc = c.fma(FloatVector.fromArray(S, x, k), acc);
            }
            out[i] = acc.reduceLanes(VectorOperators.ADD) * scales[i];
        }
    }

    static void logisticUpdate(float g, float[] row, int rowOff, float[] hidden, float[] grad, int n) {
        FloatVector gv = FloatVector.broadcast(S, g);
        int k = 0;
        for (; k + L <= n; k += L) {
            FloatVector o = FloatVector.fromArray(S, row, rowOff + k);
            o.fma(gv, FloatVector.fromArray(S, grad, k)).intoArray(grad, k);
            FloatVector.fromArray(S, hidden, k).fma(gv, o).intoArray(row, rowOff + k);
        }
        for (; k < n; k++) {
            float o = row[rowOff + k];
            grad[k] += g * o;
            row[rowOff + k] = o + g * hidden[k];
        }
    }
}
