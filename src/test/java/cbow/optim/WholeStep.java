package cbow.optim;

import cbow.model.Parameters;

/**
 * The optimizer's step as its definition reads: every parameter array updated whole, on one thread.
 * The network's fused, blocked step is tested against it bit for bit.
 */
public final class WholeStep {
    private WholeStep() {
    }

    /** Zeroed moments for {@code parameters}: as many sets as {@code optimizer} keeps. */
    public static Parameters[] zeroMoments(Optimizer optimizer, Parameters parameters) {
        Parameters[] out = new Parameters[optimizer.moments()];
        for (int i = 0; i < out.length; i++) {
            out[i] = new Parameters(parameters.vocabularySize(), parameters.dim());
        }
        return out;
    }

    /** Step number {@code t} of {@code optimizer} on {@code theta} with gradients {@code g}, updating {@code moments}. */
    public static void step(Optimizer optimizer, Parameters theta, Parameters g, Parameters[] moments, double alpha, long t) {
        var thetas = theta.all();
        var grads = g.all();
        for (int k = 0; k < thetas.length; k++) {
            float[] first = moments.length > 0 ? moments[0].all()[k].data : null;
            float[] second = moments.length > 1 ? moments[1].all()[k].data : null;
            optimizer.update(thetas[k].data, grads[k].data, first, second, 0, thetas[k].getNumElements(), alpha, t);
        }
    }
}
