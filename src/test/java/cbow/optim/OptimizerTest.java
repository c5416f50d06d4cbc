package cbow.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cbow.model.Parameters;
import org.junit.jupiter.api.Test;

class OptimizerTest {
    private static final int V = 7;
    private static final int N = 3;

    private static Parameters filled(double start, double step) {
        Parameters p = new Parameters(V, N);
        double x = start;
        for (var m : p.all()) {
            for (int i = 0; i < m.getNumElements(); i++) {
                m.data[i] = (float) x;
                x += step;
            }
        }
        return p;
    }

    /** Applies {@code check(theta before, gradient, theta after)} to every element. */
    private interface ElementCheck {
        void check(float before, float g, float after);
    }

    private static void forEach(Parameters before, Parameters g, Parameters after, ElementCheck check) {
        for (int k = 0; k < 4; k++) {
            for (int i = 0; i < before.all()[k].getNumElements(); i++) {
                check.check(before.all()[k].data[i], g.all()[k].data[i], after.all()[k].data[i]);
            }
        }
    }

    @Test
    void sgdStepsAgainstTheGradient() {
        Parameters theta = filled(0.5, 0.01);
        Parameters before = theta.copy();
        Parameters g = filled(-0.3, 0.007);
        WholeStep.step(Optimizer.SGD, theta, g, WholeStep.zeroMoments(Optimizer.SGD, theta), 0.5, 1);
        forEach(before, g, theta, (b, d, a) -> assertEquals(b - 0.5f * d, a, 1e-6));
    }

    @Test
    void adaptiveFirstStepsMoveEveryParameterByAlphaWhateverItsGradientsScale() {
        // the point of them here: a rare word's tiny gradient moves it as far as a frequent one's
        for (Optimizer o : new Optimizer[] {Optimizer.ADAGRAD, Optimizer.ADAM}) {
            Parameters theta = filled(0.5, 0.01);
            Parameters before = theta.copy();
            Parameters g = filled(-0.3, 0.007); // from -0.3 up to +0.3, none zero
            WholeStep.step(o, theta, g, WholeStep.zeroMoments(o, theta), 0.01, 1);
            // Adam within 5 %: its eps (1e-6 over sqrt(1 - beta2^t) at step t) shaves gradients near 1e-3
            double tolerance = o == Optimizer.ADAM ? 0.01 * 0.05 : 1e-5;
            forEach(before, g, theta, (b, d, a) -> assertEquals(b - 0.01f * Math.signum(d), a, tolerance,
                    o + " with gradient " + d));
        }
    }

    @Test
    void adagradSlowsWithTheSumOfSquares() {
        Parameters theta = filled(0, 0);
        Parameters g = filled(0.2, 0);
        Parameters[] moments = WholeStep.zeroMoments(Optimizer.ADAGRAD, theta);
        WholeStep.step(Optimizer.ADAGRAD, theta, g, moments, 1, 1);
        WholeStep.step(Optimizer.ADAGRAD, theta, g, moments, 1, 2);
        // steps 0.2/sqrt(0.04) = 1, then 0.2/sqrt(0.08) = 1/sqrt(2)
        assertEquals(-(1 + 1 / Math.sqrt(2)), theta.w2.data[5], 1e-5);
        assertEquals(0.08, moments[0].w2.data[5], 1e-6);
    }

    @Test
    void adamFollowsTheBiasCorrectedMoments() {
        Parameters theta = filled(0, 0);
        Parameters[] moments = WholeStep.zeroMoments(Optimizer.ADAM, theta);
        WholeStep.step(Optimizer.ADAM, theta, filled(1, 0), moments, 0.1, 1);
        WholeStep.step(Optimizer.ADAM, theta, filled(-1, 0), moments, 0.1, 2);
        // m = 0.9*0.1 - 0.1 = -0.01, v = 0.999*0.001 + 0.001 = 0.001999; corrected: m/(1-0.81), v/(1-0.998001)
        double m = -0.01 / (1 - 0.81);
        double v = 0.001999 / (1 - 0.998001);
        assertEquals(-0.1 - 0.1 * m / Math.sqrt(v), theta.b1.data[1], 1e-5);
    }

    @Test
    void adamLeavesGradientsFarBelowItsEpsilonSmall() {
        // a rare word's output row gets ~1e-8 of push each batch: it must not become a full step,
        // while a real gradient of 1e-3 still does
        Parameters theta = filled(0, 0);
        Parameters[] moments = WholeStep.zeroMoments(Optimizer.ADAM, theta);
        Parameters g = filled(0, 0);
        g.w2.data[0] = 1e-8f;
        g.w2.data[1] = 1e-3f;
        for (int t = 1; t <= 100; t++) {
            WholeStep.step(Optimizer.ADAM, theta, g, moments, 0.01, t);
        }
        assertTrue(Math.abs(theta.w2.data[0]) < 0.01 * 100 * 0.02, "tiny gradient moved " + theta.w2.data[0]);
        assertEquals(-0.01 * 100, theta.w2.data[1], 0.01 * 100 * 0.02);
        assertEquals(0f, theta.w2.data[2]);
    }
}
