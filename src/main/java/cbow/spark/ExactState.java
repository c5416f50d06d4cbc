package cbow.spark;

import cbow.model.Parameters;
import cbow.optim.Optimizer;
import org.ejml.data.FMatrixRMaj;

/**
 * The exact model's whole training state as plain arrays, the form Spark moves and sums: W1, b1,
 * W2, b2, then the optimizer's moments (four arrays a set, in the same order).
 */
final class ExactState {
    /** W1, b1, W2, b2: the arrays before the moments. */
    static final int PARAMETER_ARRAYS = 4;

    private ExactState() {
    }

    static float[][] of(Parameters parameters, Parameters[] moments) {
        float[][] out = new float[4 * (1 + moments.length)][];
        int k = 0;
        for (FMatrixRMaj m : parameters.all()) {
            out[k++] = m.data.clone();
        }
        for (Parameters set : moments) {
            for (FMatrixRMaj m : set.all()) {
                out[k++] = m.data.clone();
            }
        }
        return out;
    }

    static Parameters parameters(float[][] state, int v, int n) {
        return copy(state, 0, v, n);
    }

    static Parameters[] moments(float[][] state, int v, int n, Optimizer optimizer) {
        Parameters[] sets = new Parameters[optimizer.moments()];
        for (int s = 0; s < sets.length; s++) {
            sets[s] = copy(state, 4 * (s + 1), v, n);
        }
        return sets;
    }

    private static Parameters copy(float[][] state, int first, int v, int n) {
        Parameters p = new Parameters(v, n);
        FMatrixRMaj[] all = p.all();
        for (int i = 0; i < all.length; i++) {
            System.arraycopy(state[first + i], 0, all[i].data, 0, all[i].data.length);
        }
        return p;
    }

    /** Adds b into a, array by array; returns a. */
    static float[][] addInto(float[][] a, float[][] b) {
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[i].length; j++) {
                a[i][j] += b[i][j];
            }
        }
        return a;
    }
}
