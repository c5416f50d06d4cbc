package cbow.embed;

import cbow.dense.Kernels;
import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * A copy of a matrix of unit rows at one byte a number, so that nearest-neighbour search can read a
 * quarter of the bytes in a first pass, with a proven bound on the error of each approximate score:
 * the rows that bound cannot rule out are then scored exactly, and the best of those are exactly the
 * best of an exact scan over all rows.
 *
 * <p>Row i is kept as {@code scale[i] * codes} with integer codes in [-127, 127], {@code scale[i] =
 * max_k |u_ik| / 127} and each code the nearest integer to {@code u_ik / scale[i]}, so each number is
 * off by at most {@code scale[i] / 2} (plus 2^-45 of it for the division in double). For a query x:
 * <pre>
 *   |approximate_i - exact_i| &lt;= scale[i] * 0.5000001 * |x|_1                (the codes' rounding)
 *                             + (2 gamma_n + 2^-22) * R * |x|_2               (float rounding of both sums)
 * </pre>
 * where gamma_n = n 2^-24 / (1 - n 2^-24) bounds the rounding of a float sum of n products in any
 * order (Higham, Accuracy and Stability of Numerical Algorithms, 3.1), "exact" is the float dot
 * product the exact scan computes, and R bounds |u_i|_2 + |u_i - scale[i] codes_i|_2 over all rows.
 */
final class QuantizedRows {
    /** A margin on top of the bound for the double arithmetic that compares bounds (relative 2^-53). */
    private static final double DOUBLE_MARGIN = 1e-9;

    private final int dim;
    private final int stride; // dim padded to the kernels' alignment, with zero codes after dim
    private final byte[] codes;
    private final float[] scales;
    private final double rowNormBound; // R above

    private QuantizedRows(int dim, int stride, byte[] codes, float[] scales, double rowNormBound) {
        this.dim = dim;
        this.stride = stride;
        this.codes = codes;
        this.scales = scales;
        this.rowNormBound = rowNormBound;
    }

    /**
     * The first {@code rows} rows of {@code unit} (row-major, {@code dim} wide) at one byte a number;
     * null when a number is not finite, where no bound holds (the exact scan then answers).
     */
    static QuantizedRows of(float[] unit, int rows, int dim) {
        int stride = Kernels.padded(dim);
        byte[] codes = new byte[Math.multiplyExact(rows, stride)];
        float[] scales = new float[rows];
        double rowNormBound = 0;
        for (int i = 0; i < rows; i++) {
            int base = i * dim;
            float max = 0;
            double norm = 0;
            for (int k = base; k < base + dim; k++) {
                if (!Float.isFinite(unit[k])) {
                    return null;
                }
                max = Math.max(max, Math.abs(unit[k]));
                norm += (double) unit[k] * unit[k];
            }
            float scale = max / 127;
            scales[i] = scale;
            double error = 0;
            if (scale > 0) {
                for (int k = 0; k < dim; k++) {
                    long code = Math.round(unit[base + k] / (double) scale);
                    codes[i * stride + k] = (byte) Math.max(-127, Math.min(127, code));
                    double e = unit[base + k] - (double) scale * codes[i * stride + k];
                    error += e * e;
                }
            }
            rowNormBound = Math.max(rowNormBound, Math.sqrt(norm) + Math.sqrt(error));
        }
        return new QuantizedRows(dim, stride, codes, scales, rowNormBound * (1 + 1e-6));
    }

    /** The approximate scores of the first {@code n} rows for {@code query}: the first pass. */
    float[] approximate(float[] query, int n) {
        float[] padded = new float[stride];
        System.arraycopy(query, 0, padded, 0, dim);
        float[] scores = new float[n];
        Kernels.dotRowsQuantized(codes, scales, n, stride, padded, scores);
        return scores;
    }

    /** The bound on |approximate - exact| of row {@code row} for {@code query} (see the class comment). */
    double errorBound(float[] query, int row) {
        return perScale(query) * scales[row] + slack(query);
    }

    /** The codes' rounding: this times a row's scale. */
    private static double perScale(float[] query) {
        double l1 = 0;
        for (float x : query) {
            l1 += Math.abs(x);
        }
        return 0.5000001 * l1 * (1 + 1e-12);
    }

    /** The float rounding of both sums, and of the double arithmetic that compares bounds. */
    private double slack(float[] query) {
        double l2 = 0;
        for (float x : query) {
            l2 += (double) x * x;
        }
        double gamma = stride * 0x1p-24 / (1 - stride * 0x1p-24); // stride >= dim: the padded sum has more terms
        return (2 * gamma + 0x1p-22) * rowNormBound * Math.sqrt(l2) * (1 + 1e-6) + DOUBLE_MARGIN;
    }

    /** How many rows the copy holds. */
    int rows() {
        return scales.length;
    }

    /**
     * The rows among the first {@code n} that may be among the {@code k} best for {@code query} (not
     * excluded), in increasing order: every row whose score could reach the k-th best lower bound.
     * The k rows of an exact scan are always among them (each scores at least that lower bound).
     */
    int[] candidates(float[] query, int n, int k, IntPredicate excluded) {
        if (k < 1 || n < 1) {
            return new int[0];
        }
        float[] approximate = approximate(query, n);
        double perScale = perScale(query);
        double slack = slack(query);

        // the k-th largest lower bound among the rows that may answer: a min-heap of k values
        k = Math.min(k, n);
        double[] heap = new double[k];
        int size = 0;
        for (int i = 0; i < n; i++) {
            double lower = approximate[i] - perScale * scales[i] - slack;
            if ((size == k && lower <= heap[0]) || excluded.test(i)) {
                continue;
            }
            int c;
            if (size < k) {
                c = size++;
                while (c > 0 && heap[(c - 1) / 2] > lower) {
                    heap[c] = heap[(c - 1) / 2];
                    c = (c - 1) / 2;
                }
            } else {
                c = 0;
                while (true) {
                    int child = 2 * c + 1;
                    if (child >= size) {
                        break;
                    }
                    if (child + 1 < size && heap[child + 1] < heap[child]) {
                        child++;
                    }
                    if (heap[child] >= lower) {
                        break;
                    }
                    heap[c] = heap[child];
                    c = child;
                }
            }
            heap[c] = lower;
        }
        double threshold = size < k ? Double.NEGATIVE_INFINITY : heap[0];

        int[] found = new int[Math.min(n, 64)];
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (approximate[i] + perScale * scales[i] + slack >= threshold && !excluded.test(i)) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, Math.min(n, 2 * count));
                }
                found[count++] = i;
            }
        }
        return Arrays.copyOf(found, count);
    }
}
