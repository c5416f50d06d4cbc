package cbow.model;

import java.util.SplittableRandom;
import org.ejml.data.FMatrixRMaj;

/**
 * The seed network's parameters, float32, row-major: W1 (N x V), b1 (N x 1), W2 (V x N), b2 (V x 1).
 * Column i of W1 is word i's input vector; row i of W2 its output vector.
 */
public final class Parameters {
    public final FMatrixRMaj w1;
    public final FMatrixRMaj b1;
    public final FMatrixRMaj w2;
    public final FMatrixRMaj b2;

    public Parameters(int vocabularySize, int dim) {
        w1 = new FMatrixRMaj(dim, vocabularySize);
        b1 = new FMatrixRMaj(dim, 1);
        w2 = new FMatrixRMaj(vocabularySize, dim);
        b2 = new FMatrixRMaj(vocabularySize, 1);
    }

    /**
     * Random parameters (never all zeros: identical hidden units would stay identical): every entry
     * of W1, b1, W2, b2 uniform in [-1/sqrt(N), 1/sqrt(N)), drawn in that order from {@code seed}.
     */
    public static Parameters random(int vocabularySize, int dim, long seed) {
        double scale = 1.0 / Math.sqrt(dim);
        return random(vocabularySize, dim, seed, scale, scale, scale, scale);
    }

    /**
     * Random parameters: every entry of W1, b1, W2, b2 uniform in [-s, s) with that matrix's own
     * scale s (0 gives zeros), drawn in that order from {@code seed}.
     */
    public static Parameters random(int vocabularySize, int dim, long seed, double... scales) {
        Parameters p = new Parameters(vocabularySize, dim);
        SplittableRandom random = new SplittableRandom(seed);
        FMatrixRMaj[] all = p.all();
        for (int k = 0; k < all.length; k++) {
            float[] data = all[k].data;
            for (int i = 0; i < all[k].getNumElements(); i++) {
                data[i] = (float) ((random.nextDouble() * 2 - 1) * scales[k]);
            }
        }
        return p;
    }

    public int vocabularySize() {
        return w2.numRows;
    }

    public int dim() {
        return w1.numRows;
    }

    /** W1, b1, W2, b2, in that order. */
    public FMatrixRMaj[] all() {
        return new FMatrixRMaj[] {w1, b1, w2, b2};
    }

    public Parameters copy() {
        Parameters p = new Parameters(vocabularySize(), dim());
        FMatrixRMaj[] from = all();
        FMatrixRMaj[] to = p.all();
        for (int i = 0; i < from.length; i++) {
            to[i].setTo(from[i]);
        }
        return p;
    }

    /** The input vectors as V x N rows: W1 transposed (column i of W1 becomes row i). */
    public float[] inputRows() {
        int v = vocabularySize();
        int n = dim();
        float[] rows = new float[v * n];
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < v; i++) {
                rows[i * n + k] = w1.data[k * v + i];
            }
        }
        return rows;
    }

    /** The output vectors as V x N rows: W2 itself. */
    public float[] outputRows() {
        return w2.data;
    }
}
