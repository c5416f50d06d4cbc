package cbow.plot;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.SingularOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * Principal component analysis of a set of points (one per row), computed as the singular value
 * decomposition of the centered points: the principal axes are the right singular vectors, the
 * variance along axis k is {@code s_k^2 / (n - 1)}.
 *
 * <p>An axis is only defined up to its sign, and the SVD may return either; so that the same vectors
 * always give the same picture, each axis is turned so that its largest coordinate (in absolute
 * value; the first such coordinate on a tie) is positive.
 */
public final class Pca {
    private final double[] mean;
    private final double[][] axes;
    private final double[] variances;
    private final double totalVariance;

    private Pca(double[] mean, double[][] axes, double[] variances, double totalVariance) {
        this.mean = mean;
        this.axes = axes;
        this.variances = variances;
        this.totalVariance = totalVariance;
    }

    /**
     * Fits the first {@code components} principal axes of {@code points} (n rows of d numbers, n >= 2).
     * Throws {@link IllegalArgumentException} when the points do not vary at all (no axis exists).
     */
    public static Pca fit(double[][] points, int components) {
        int n = points.length;
        if (n < 2) {
            throw new IllegalArgumentException("PCA needs at least 2 points, got " + n);
        }
        int d = points[0].length;
        if (components < 1 || components > d) {
            throw new IllegalArgumentException("cannot take " + components + " components of " + d + " dimensions");
        }
        double[] mean = new double[d];
        for (double[] p : points) {
            if (p.length != d) {
                throw new IllegalArgumentException("the points differ in dimension");
            }
            for (int j = 0; j < d; j++) {
                mean[j] += p[j];
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= n;
        }
        DMatrixRMaj centered = new DMatrixRMaj(n, d);
        double total = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double c = points[i][j] - mean[j];
                centered.unsafe_set(i, j, c);
                total += c * c;
            }
        }
        if (total == 0) {
            throw new IllegalArgumentException("all points are identical: there is no principal axis");
        }

        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(n, d, false, true, true);
        if (!svd.decompose(centered)) {
            throw new IllegalStateException("the singular value decomposition did not converge");
        }
        DMatrixRMaj w = svd.getW(null);
        DMatrixRMaj vt = svd.getV(null, true); // rows are the right singular vectors
        SingularOps_DDRM.descendingOrder(null, false, w, vt, true);

        int rank = Math.min(w.numRows, w.numCols);
        double[][] axes = new double[components][d];
        double[] variances = new double[components];
        for (int k = 0; k < components; k++) {
            if (k < rank) {
                double s = w.get(k, k);
                variances[k] = s * s / (n - 1);
                for (int j = 0; j < d; j++) {
                    axes[k][j] = vt.get(k, j);
                }
            }
            // With fewer points than components the remaining axes carry no variance; any
            // direction orthogonal to the others would do, and none is needed to place points.
            fixSign(axes[k]);
        }
        return new Pca(mean, axes, variances, total / (n - 1));
    }

    /** Turns the axis so that its largest coordinate in absolute value is positive. */
    private static void fixSign(double[] axis) {
        int largest = 0;
        for (int j = 1; j < axis.length; j++) {
            if (Math.abs(axis[j]) > Math.abs(axis[largest])) {
                largest = j;
            }
        }
        if (axis[largest] < 0) {
            for (int j = 0; j < axis.length; j++) {
                axis[j] = -axis[j];
            }
        }
    }

    /** The coordinates of {@code point} on the fitted axes. */
    public double[] project(double[] point) {
        double[] coordinates = new double[axes.length];
        for (int k = 0; k < axes.length; k++) {
            double dot = 0;
            for (int j = 0; j < mean.length; j++) {
                dot += (point[j] - mean[j]) * axes[k][j];
            }
            coordinates[k] = dot;
        }
        return coordinates;
    }

    /** Principal axis k (unit length), k = 0 for the first. */
    public double[] axis(int k) {
        return axes[k].clone();
    }

    /** The variance of the points along axis k (with the n - 1 divisor). */
    public double variance(int k) {
        return variances[k];
    }

    /** The fraction of the points' total variance that lies along axis k. */
    public double explainedVarianceRatio(int k) {
        return variances[k] / totalVariance;
    }

    public int components() {
        return axes.length;
    }
}
