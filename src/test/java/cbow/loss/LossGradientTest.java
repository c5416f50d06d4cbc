package cbow.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

/**
 * The negative-sampling and hierarchical-softmax steps against central finite differences of an
 * independent double-precision cost. With lr = 1 and distinct output rows, one step adds exactly
 * -dJ/dh into gradHidden and moves each row by exactly -dJ/drow, so both are read off one step.
 */
class LossGradientTest {
    private static final int DIM = 6;
    private static final int V = 9;
    private static final long[] COUNTS = {50, 40, 30, 20, 12, 9, 5, 3, 2};

    private static float[] random(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) (r.nextDouble() * 2 - 1);
        }
        return a;
    }

    private static double softplus(double x) {
        return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
    }

    private static double dot(double[] out, int row, double[] h) {
        double s = 0;
        for (int k = 0; k < DIM; k++) {
            s += out[row * DIM + k] * h[k];
        }
        return s;
    }

    @Test
    void negativeSamplingGradients() {
        int target = 2;
        UnigramSampler sampler = new UnigramSampler(COUNTS);
        int[] negatives = new int[5];
        long seed = 0;
        // the first seed whose 5 draws are distinct and miss the target: every row then steps once
        while (true) {
            SplittableRandom r = new SplittableRandom(seed);
            Set<Integer> rows = new HashSet<>(Set.of(target));
            for (int d = 0; d < negatives.length; d++) {
                negatives[d] = sampler.sample(r);
                rows.add(negatives[d]);
            }
            if (rows.size() == negatives.length + 1) {
                break;
            }
            seed++;
        }
        ToDoubleFunction<double[][]> cost = p -> {
            double j = softplus(-dot(p[1], target, p[0]));
            for (int n : negatives) {
                j += softplus(dot(p[1], n, p[0]));
            }
            return j;
        };
        float[] hidden = random(DIM, 1);
        float[] out = random(V * DIM, 2);
        check(new NegativeSamplingLoss(out, DIM, 5, sampler), hidden, out, target, seed, cost);
    }

    @Test
    void hierarchicalSoftmaxGradients() {
        WordTree tree = WordTree.huffman(COUNTS);
        int target = 7; // a rare word: a long path
        ToDoubleFunction<double[][]> cost = p -> {
            double j = 0;
            for (int d = 0; d < tree.code(target).length; d++) {
                double x = dot(p[1], tree.points(target)[d], p[0]);
                j += tree.code(target)[d] == 0 ? softplus(-x) : softplus(x);
            }
            return j;
        };
        assertTrue(tree.code(target).length >= 3);
        float[] hidden = random(DIM, 4);
        float[] out = random((V - 1) * DIM, 5);
        check(new HierarchicalSoftmaxLoss(out, DIM, tree), hidden, out, target, 0, cost);
    }

    /** params[0] = hidden, params[1] = output rows, in double. */
    private static void check(Loss loss, float[] hidden, float[] out, int target, long seed,
                              ToDoubleFunction<double[][]> cost) {
        double[][] p = {toDouble(hidden), toDouble(out)};
        float[] before = out.clone();
        float[] gradHidden = new float[DIM];
        float j = loss.step(hidden, target, 1f, gradHidden, new SplittableRandom(seed));
        assertEquals(cost.applyAsDouble(p), j, 1e-5, "the returned cost");
        double eps = 1e-6;
        for (int k = 0; k < DIM; k++) {
            assertClose(numeric(cost, p, 0, k, eps), -gradHidden[k], "dJ/dh[" + k + "]");
        }
        for (int i = 0; i < out.length; i++) {
            assertClose(numeric(cost, p, 1, i, eps), before[i] - out[i], "dJ/dout[" + i + "]");
        }
    }

    private static double numeric(ToDoubleFunction<double[][]> cost, double[][] p, int which, int i, double eps) {
        double keep = p[which][i];
        p[which][i] = keep + eps;
        double plus = cost.applyAsDouble(p);
        p[which][i] = keep - eps;
        double minus = cost.applyAsDouble(p);
        p[which][i] = keep;
        return (plus - minus) / (2 * eps);
    }

    private static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, 1e-4 * Math.max(1, Math.abs(expected)), what);
    }

    private static double[] toDouble(float[] a) {
        double[] d = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            d[i] = a[i];
        }
        return d;
    }
}
