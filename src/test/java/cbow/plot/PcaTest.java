package cbow.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PcaTest {
    private static final double EPS = 1e-9;

    /**
     * Three points m + a_i u + b_i w with (a, b) = (-2, -1), (0, 2), (2, -1), which sum to zero and
     * are uncorrelated (sum a_i b_i = 0), so by hand: the axes are u and w, with variances
     * sum a^2 / (n - 1) = 8 / 2 = 4 and sum b^2 / 2 = 6 / 2 = 3, i.e. 4/7 and 3/7 of the total.
     */
    private static final double[] M = {1, 2, 3};
    private static final double[] U = {-0.6, 0.8, 0};   // largest coordinate 0.8 > 0: kept as is
    private static final double[] W = {0, 0, -1};       // largest coordinate -1 < 0: flipped to (0, 0, 1)
    private static final double[][] AB = {{-2, -1}, {0, 2}, {2, -1}};

    private static double[][] points() {
        double[][] p = new double[AB.length][3];
        for (int i = 0; i < AB.length; i++) {
            for (int j = 0; j < 3; j++) {
                p[i][j] = M[j] + AB[i][0] * U[j] + AB[i][1] * W[j];
            }
        }
        return p;
    }

    @Test
    void findsTheHandComputedAxesAndVariances() {
        Pca pca = Pca.fit(points(), 2);
        assertArrayEquals(U, pca.axis(0), EPS);
        assertArrayEquals(new double[] {0, 0, 1}, pca.axis(1), EPS);
        assertEquals(4.0, pca.variance(0), EPS);
        assertEquals(3.0, pca.variance(1), EPS);
        assertEquals(4.0 / 7, pca.explainedVarianceRatio(0), EPS);
        assertEquals(3.0 / 7, pca.explainedVarianceRatio(1), EPS);
    }

    @Test
    void projectsOntoTheAxesWithTheSignConvention() {
        Pca pca = Pca.fit(points(), 2);
        double[][] p = points();
        for (int i = 0; i < p.length; i++) {
            // on u the coordinate is a_i; w was flipped, so the coordinate on (0, 0, 1) is -b_i
            assertArrayEquals(new double[] {AB[i][0], -AB[i][1]}, pca.project(p[i]), EPS);
        }
        assertArrayEquals(new double[] {0, 0}, pca.project(M), EPS);
    }

    @Test
    void theSameAxesWhateverTheOrderOrReflectionOfThePoints() {
        double[][] p = points();
        double[][] reordered = {p[2], p[0], p[1]};
        double[][] reflected = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                reflected[i][j] = 2 * M[j] - p[i][j]; // the point set mirrored through its mean
            }
        }
        Pca reference = Pca.fit(p, 2);
        for (double[][] variant : new double[][][] {reordered, reflected}) {
            Pca pca = Pca.fit(variant, 2);
            assertArrayEquals(reference.axis(0), pca.axis(0), EPS);
            assertArrayEquals(reference.axis(1), pca.axis(1), EPS);
        }
    }

    @Test
    void twoPointsHaveAllTheirVarianceOnTheFirstAxis() {
        Pca pca = Pca.fit(new double[][] {{0, 0, 0}, {0, -3, 4}}, 2);
        assertArrayEquals(new double[] {0, -0.6, 0.8}, pca.axis(0), EPS);
        assertEquals(1.0, pca.explainedVarianceRatio(0), EPS);
        assertEquals(0.0, pca.explainedVarianceRatio(1), EPS);
        assertEquals(12.5, pca.variance(0), EPS); // distances +-2.5 from the mean, (6.25 * 2) / 1
        assertEquals(-2.5, pca.project(new double[] {0, 0, 0})[0], EPS);
    }

    @Test
    void refusesPointsThatDoNotVary() {
        assertThrows(IllegalArgumentException.class, () -> Pca.fit(new double[][] {{1, 2}, {1, 2}}, 2));
        assertThrows(IllegalArgumentException.class, () -> Pca.fit(new double[][] {{1, 2}}, 1));
        assertThrows(IllegalArgumentException.class, () -> Pca.fit(new double[][] {{1, 2}, {3, 4}}, 3));
    }
}
