package cbow.dense;

/**
 * The dense float32 kernels of the exact model's training step, on row-major arrays (EJML's
 * FMatrixRMaj layout). Dispatches to the Vector API kernels when the JVM was started with
 * {@code --add-modules jdk.incubator.vector} (the {@code cbow} launcher does), else to plain loops.
 * Both compute every output as the same chain of fused multiply-adds, so they give the same bits;
 * only the speed differs. The system property {@code cbow.scalarKernels=true} forces the loops.
 *
 * <p>Row widths marked "padded" must be multiples of {@link #ALIGN} (pad with zeros).
 */
public final class Kernels {
    /** Padded widths are multiples of this, which every vector length used divides. */
    public static final int ALIGN = 16;
    private static final boolean VECTOR = !Boolean.getBoolean("cbow.scalarKernels") && vectorApiWorks();

    private Kernels() {
    }

    private static boolean vectorApiWorks() {
        if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
            return false;
        }
        try {
            return VectorKernels.L > 0;
        } catch (LinkageError e) {
            return false;
        }
    }

    /** True when the Vector API kernels are in use. */
    public static boolean vectorized() {
        return VECTOR;
    }

    /** What runs, for benchmarks and diagnostics. */
    public static String description() {
        return VECTOR
                ? "Vector API, " + VectorKernels.L + " float lanes"
                : "scalar loops (start Java with --add-modules jdk.incubator.vector for the fast kernels)";
    }

    /** {@code n} rounded up to a multiple of {@link #ALIGN}. */
    public static int padded(int n) {
        return (n + ALIGN - 1) / ALIGN * ALIGN;
    }

    /**
     * The row stride B needs in {@link #addScaledProduct} for C of {@code width} columns: room for the
     * extra column, padded so that whole register tiles (64 columns) can be read.
     */
    public static int extraColumnStride(int width) {
        return (width + 1 + 63) / 64 * 64;
    }

    /**
     * C = A B + bias (bias[r] added along row r). A: rows x depth at aOff; B: depth x width (padded);
     * C: rows x width at cOff; bias: rows at biasOff.
     */
    public static void multiplyAddBias(float[] a, int aOff, int rows, int depth, float[] b, int width,
                                       float[] bias, int biasOff, float[] c, int cOff) {
        requirePadded(width);
        if (VECTOR) {
            VectorKernels.multiplyAddBias(a, aOff, rows, depth, b, width, bias, biasOff, c, cOff);
        } else {
            ScalarKernels.multiplyAddBias(a, aOff, rows, depth, b, width, bias, biasOff, c, cOff);
        }
    }

    /** C = A^T B. A: rows x cols at aOff; B: rows x width (padded) at bOff; C: cols x width at cOff, overwritten. */
    public static void multiplyTransposeA(float[] a, int aOff, int rows, int cols, float[] b, int bOff, int width,
                                          float[] c, int cOff) {
        requirePadded(width);
        if (VECTOR) {
            VectorKernels.multiplyTransposeA(a, aOff, rows, cols, b, bOff, width, c, cOff);
        } else {
            ScalarKernels.multiplyTransposeA(a, aOff, rows, cols, b, bOff, width, c, cOff);
        }
    }

    /**
     * C += scale * (A B) over the first {@code width} columns, and extra[r] += scale * (A B)[r][width]:
     * with that column of B all ones, extra gets the scaled row sums of A (a bias gradient) for free.
     * A: rows x depth at aOff; B: depth x bStride with bStride >= extraColumnStride(width); C: rows x width
     * at cOff; extra: rows at extraOff. Each element of C is updated once, by one fma.
     */
    public static void addScaledProduct(float[] a, int aOff, int rows, int depth, float[] b, int bStride, int width,
                                        float scale, float[] c, int cOff, float[] extra, int extraOff) {
        if (bStride < extraColumnStride(width)) {
            throw new IllegalArgumentException("B's rows need room for the extra column: " + bStride + " < " + extraColumnStride(width));
        }
        if (VECTOR) {
            VectorKernels.addScaledProduct(a, aOff, rows, depth, b, bStride, width, scale, c, cOff, extra, extraOff);
        } else {
            ScalarKernels.addScaledProduct(a, aOff, rows, depth, b, bStride, width, scale, c, cOff, extra, extraOff);
        }
    }

    /**
     * Over rows x width (padded) at off: max[j] = the max of column j, each entry z replaced by
     * exp(z - max[j]) (float, about 2 ulp), sum[j] = the column's sum of those, in row order.
     */
    public static void exponentiateColumns(float[] z, int off, int rows, int width, float[] max, float[] sum, int statsOff) {
        requirePadded(width);
        if (VECTOR) {
            VectorKernels.exponentiateColumns(z, off, rows, width, max, sum, statsOff);
        } else {
            ScalarKernels.exponentiateColumns(z, off, rows, width, max, sum, statsOff);
        }
    }

    /** z[r][j] *= factor[j] over rows x width (padded) at off. */
    public static void scaleColumns(float[] z, int off, int rows, int width, float[] factor, int factorOff) {
        requirePadded(width);
        if (VECTOR) {
            VectorKernels.scaleColumns(z, off, rows, width, factor, factorOff);
        } else {
            ScalarKernels.scaleColumns(z, off, rows, width, factor, factorOff);
        }
    }

    /** dst[dstOff + i] += src[srcOff + i] for i < length. */
    /** a[aOff..aOff+n) . b[bOff..bOff+n), for the one-example losses. */
    public static float dot(float[] a, int aOff, float[] b, int bOff, int n) {
        return VECTOR ? VectorKernels.dot(a, aOff, b, bOff, n) : ScalarKernels.dot(a, aOff, b, bOff, n);
    }

    /**
     * out[i] = m[i * n .. (i + 1) * n) . x for rows i in [0, rows): a matrix-vector product, each
     * output the very number {@link #dot} gives for that row (the same operations in the same order),
     * in one pass over m. The query kernel of nearest-neighbour search.
     */
    public static void dotRows(float[] m, int rows, int n, float[] x, float[] out) {
        if (VECTOR) {
            VectorKernels.dotRows(m, rows, n, x, out);
        } else {
            for (int i = 0; i < rows; i++) {
                out[i] = ScalarKernels.dot(m, i * n, x, 0, n);
            }
        }
    }

    /**
     * out[i] = scales[i] * (codes[i * n .. (i + 1) * n) . x) for rows i in [0, rows): the product of
     * a matrix stored as one byte a number (each row a scale times small integers) with a float
     * vector, in one pass over the codes, a quarter of the bytes of the float matrix. {@code n} must be
     * {@link #padded} (pad codes and x with zeros). The sum's order differs between the two kernels,
     * so the last bits may too; callers bound the error, they do not rely on the bits.
     */
    public static void dotRowsQuantized(byte[] codes, float[] scales, int rows, int n, float[] x, float[] out) {
        if (VECTOR) {
            VectorKernels.dotRowsQuantized(codes, scales, rows, n, x, out);
        } else {
            for (int i = 0; i < rows; i++) { // four sums: one would wait on each addition (n is a multiple of 4)
                int off = i * n;
                float s0 = 0;
                float s1 = 0;
                float s2 = 0;
                float s3 = 0;
                for (int k = 0; k < n; k += 4) {
                    s0 += codes[off + k] * x[k];
                    s1 += codes[off + k + 1] * x[k + 1];
                    s2 += codes[off + k + 2] * x[k + 2];
                    s3 += codes[off + k + 3] * x[k + 3];
                }
                out[i] = ((s0 + s1) + (s2 + s3)) * scales[i];
            }
        }
    }

    /**
     * A logistic unit's step on output row {@code row[rowOff..rowOff+n)}: grad += g * row, then
     * row += g * hidden, element by element (each element of the row is read before it is written).
     */
    public static void logisticUpdate(float g, float[] row, int rowOff, float[] hidden, float[] grad, int n) {
        if (VECTOR) {
            VectorKernels.logisticUpdate(g, row, rowOff, hidden, grad, n);
        } else {
            ScalarKernels.logisticUpdate(g, row, rowOff, hidden, grad, n);
        }
    }

    public static void add(float[] src, int srcOff, float[] dst, int dstOff, int length) {
        if (VECTOR) {
            VectorKernels.add(src, srcOff, dst, dstOff, length);
        } else {
            ScalarKernels.add(src, srcOff, dst, dstOff, length);
        }
    }

    private static void requirePadded(int width) {
        if (width % ALIGN != 0) {
            throw new IllegalArgumentException("row width " + width + " is not padded to a multiple of " + ALIGN);
        }
    }

    /** exp(x) for x <= 0, as the kernels compute it. */
    public static float exp(float x) {
        return FastExp.exp(x);
    }
}
