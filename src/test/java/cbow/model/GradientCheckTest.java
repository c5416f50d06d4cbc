package cbow.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cbow.data.Batch;
import org.ejml.data.FMatrixRMaj;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The gradients of W1, b1, W2, b2 against central finite differences, on a tiny network whose batch
 * has a context with a repeated word, contexts of different lengths, and ReLU units sitting exactly
 * at zero.
 *
 * <p>Three links make the chain: (1) the double-precision {@link DenseReference}'s analytic gradients
 * match central differences of its own cost to 1e-6 relative; (2) our float32 network's gradients
 * match the reference's to float precision; (3) our network's gradients match central differences of
 * its own float32 cost within the stated float tolerance (1e-3 relative + 1e-4 absolute: a float
 * cost cannot resolve differences finer than that).
 */
class GradientCheckTest {
    private static final int V = 7;
    private static final int N = 5;
    /** Example 0 has the single context word 4, used by no other example; unit 1 is at zero on it. */
    private static final int[][] CONTEXTS = {{4}, {1, 1, 2, 3}, {0, 5, 6}, {2, 3, 2, 5}};
    private static final int[] CENTERS = {2, 0, 6, 1};
    private static final int DEAD_UNIT = 0;   // all of its W1 row and b1 are zero: Z1 = 0 everywhere
    private static final int KINKED_UNIT = 1; // Z1 = 0 exactly on example 0 only

    private Parameters parameters;
    private Batch batch;

    @BeforeEach
    void setUp() {
        parameters = Parameters.random(V, N, 42);
        // scale up so that gradients are not tiny and the softmax is far from uniform
        for (FMatrixRMaj m : parameters.all()) {
            for (int i = 0; i < m.getNumElements(); i++) {
                m.data[i] *= 3f;
            }
        }
        for (int i = 0; i < V; i++) {
            parameters.w1.set(DEAD_UNIT, i, 0f);
        }
        parameters.b1.set(DEAD_UNIT, 0, 0f);
        parameters.w1.set(KINKED_UNIT, 4, -parameters.b1.get(KINKED_UNIT, 0)); // W1[1,4] * 1 + b1[1] = 0
        batch = Batch.of(CONTEXTS, CENTERS);
    }

    @Test
    void theSetUpReallyPutsReluUnitsAtZero() {
        DenseReference.Forward f = new DenseReference(parameters).forward(CONTEXTS, CENTERS);
        for (int j = 0; j < CENTERS.length; j++) {
            assertEquals(0.0, f.z1[DEAD_UNIT][j], 0.0);
        }
        assertEquals(0.0, f.z1[KINKED_UNIT][0], 0.0);
        assertTrue(f.z1[KINKED_UNIT][1] != 0 && f.z1[KINKED_UNIT][2] != 0);
    }

    @Test
    void referenceGradientsMatchCentralDifferencesInDouble() {
        DenseReference ref = new DenseReference(parameters);
        DenseReference.Grad g = ref.gradients(CONTEXTS, CENTERS);
        double eps = 1e-6;
        double worst = 0;
        for (int k = 0; k < N; k++) {
            for (int i = 0; i < V; i++) {
                final int kk = k;
                final int ii = i;
                worst = Math.max(worst, check(ref, g.w1[k][i], onKink(k, i),
                        d -> ref.w1[kk][ii] += d, eps));
            }
            final int kk = k;
            worst = Math.max(worst, check(ref, g.b1[k], k == DEAD_UNIT || k == KINKED_UNIT,
                    d -> ref.b1[kk] += d, eps));
        }
        for (int i = 0; i < V; i++) {
            for (int k = 0; k < N; k++) {
                final int kk = k;
                final int ii = i;
                worst = Math.max(worst, check(ref, g.w2[i][k], false, d -> ref.w2[ii][kk] += d, eps));
            }
            final int ii = i;
            worst = Math.max(worst, check(ref, g.b2[i], false, d -> ref.b2[ii] += d, eps));
        }
        assertTrue(worst < 1e-6, "worst relative error " + worst);
    }

    @Test
    void networkGradientsMatchTheDoubleReference() {
        Parameters grads = analyticGradients();
        DenseReference.Grad g = new DenseReference(parameters).gradients(CONTEXTS, CENTERS);
        for (int k = 0; k < N; k++) {
            for (int i = 0; i < V; i++) {
                assertClose(g.w1[k][i], grads.w1.get(k, i), 1e-5, "dW1[" + k + "," + i + "]");
            }
            assertClose(g.b1[k], grads.b1.get(k, 0), 1e-5, "db1[" + k + "]");
        }
        for (int i = 0; i < V; i++) {
            for (int k = 0; k < N; k++) {
                assertClose(g.w2[i][k], grads.w2.get(i, k), 1e-5, "dW2[" + i + "," + k + "]");
            }
            assertClose(g.b2[i], grads.b2.get(i, 0), 1e-5, "db2[" + i + "]");
        }
    }

    @Test
    void networkGradientsMatchCentralDifferencesOfItsOwnFloatCost() {
        Parameters grads = analyticGradients();
        ExactNetwork network = new ExactNetwork(parameters, CENTERS.length);
        float eps = 1e-2f;
        FMatrixRMaj[] params = parameters.all();
        FMatrixRMaj[] gradients = grads.all();
        String[] names = {"W1", "b1", "W2", "b2"};
        int checked = 0;
        for (int t = 0; t < params.length; t++) {
            FMatrixRMaj p = params[t];
            for (int e = 0; e < p.getNumElements(); e++) {
                boolean kink = (t == 0 && onKink(e / V, e % V)) || (t == 1 && (e == DEAD_UNIT || e == KINKED_UNIT));
                float original = p.data[e];
                double numeric;
                if (kink) {
                    // step(0) = 0 is the derivative from below: compare with the backward difference
                    double at = network.forward(batch);
                    p.data[e] = original - eps;
                    double below = network.forward(batch);
                    numeric = (at - below) / eps;
                } else {
                    p.data[e] = original + eps;
                    double plus = network.forward(batch);
                    p.data[e] = original - eps;
                    double minus = network.forward(batch);
                    numeric = (plus - minus) / (2 * eps);
                }
                p.data[e] = original;
                double analytic = gradients[t].data[e];
                double tolerance = 1e-3 * Math.max(Math.abs(analytic), Math.abs(numeric)) + 1e-4;
                assertEquals(numeric, analytic, tolerance, "d" + names[t] + " entry " + e);
                checked++;
            }
        }
        assertEquals(N * V + N + V * N + V, checked);
    }

    @Test
    void descendIsParametersMinusAlphaTimesGradients() {
        Parameters before = parameters.copy();
        Parameters grads = analyticGradients();
        ExactNetwork network = new ExactNetwork(parameters, CENTERS.length);
        float alpha = 0.3f;
        network.forward(batch);
        network.backward(batch);
        network.descend(batch, alpha);
        FMatrixRMaj[] after = parameters.all();
        FMatrixRMaj[] start = before.all();
        FMatrixRMaj[] g = grads.all();
        for (int t = 0; t < after.length; t++) {
            for (int e = 0; e < after[t].getNumElements(); e++) {
                assertEquals(start[t].data[e] - alpha * g[t].data[e], after[t].data[e], 1e-6,
                        "parameter " + t + " entry " + e);
            }
        }
    }

    private Parameters analyticGradients() {
        ExactNetwork network = new ExactNetwork(parameters, CENTERS.length);
        network.forward(batch);
        network.backward(batch);
        Parameters grads = new Parameters(V, N);
        network.gradients(batch, grads);
        return grads;
    }

    /** W1[k, i] feeds a ReLU input sitting exactly at zero. */
    private static boolean onKink(int k, int i) {
        return k == DEAD_UNIT || (k == KINKED_UNIT && i == 4);
    }

    private interface Nudge {
        void by(double delta);
    }

    /** Relative error of one analytic derivative against central (or, on a kink, backward) differences. */
    private static double check(DenseReference ref, double analytic, boolean kink, Nudge nudge, double eps) {
        double numeric;
        if (kink) {
            double at = ref.cost(CONTEXTS, CENTERS);
            nudge.by(-eps);
            numeric = (at - ref.cost(CONTEXTS, CENTERS)) / eps;
            nudge.by(eps);
        } else {
            nudge.by(eps);
            double plus = ref.cost(CONTEXTS, CENTERS);
            nudge.by(-2 * eps);
            double minus = ref.cost(CONTEXTS, CENTERS);
            nudge.by(eps);
            numeric = (plus - minus) / (2 * eps);
        }
        double scale = Math.max(Math.abs(analytic) + Math.abs(numeric), 1e-8);
        return Math.abs(analytic - numeric) / scale;
    }

    private static void assertClose(double expected, double actual, double relative, String what) {
        assertEquals(expected, actual, relative * Math.max(1, Math.abs(expected)), what);
    }
}
