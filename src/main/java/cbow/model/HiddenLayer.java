package cbow.model;

import cbow.data.Batch;
import org.ejml.data.FMatrixRMaj;

/**
 * The hidden layer H = ReLU(W1 X + b1). X is sparse (column j is the mean of example j's context
 * one-hots), so W1 X is a gather of context columns of W1 and dW1 = dZ1 X^T a scatter back into
 * them; the V x m matrix X is never built.
 */
final class HiddenLayer {
    private HiddenLayer() {
    }

    /** Z1 = W1 X + b1 (b1 broadcast over the columns), H = ReLU(Z1). Z1, H: N x m. */
    static void forward(Parameters p, Batch batch, FMatrixRMaj z1, FMatrixRMaj h) {
        int n = p.dim();
        int vocab = p.vocabularySize();
        int m = batch.size();
        float[] w1 = p.w1.data;
        for (int j = 0; j < m; j++) {
            int from = batch.contextStart(j);
            int to = batch.contextEnd(j);
            float share = 1f / (to - from);
            for (int k = 0; k < n; k++) {
                float sum = 0;
                for (int c = from; c < to; c++) {
                    sum += w1[k * vocab + batch.contextId(c)];
                }
                float z = sum * share + p.b1.data[k];
                z1.data[k * m + j] = z;
                h.data[k * m + j] = z > 0 ? z : 0;
            }
        }
    }

    /** dZ1 = dH * step(Z1), in place on dH; step(z) is 1 where z > 0 and 0 elsewhere, zero included. */
    static void backward(FMatrixRMaj z1, FMatrixRMaj dH) {
        int size = z1.getNumElements();
        for (int i = 0; i < size; i++) {
            if (!(z1.data[i] > 0)) {
                dH.data[i] = 0;
            }
        }
    }

    /**
     * Adds {@code scale} * (dZ1 X^T) into {@code w1Target} and {@code scale} * (dZ1 1_m^T) into
     * {@code b1Target}: with scale 1/m and zeroed targets this computes dW1 and db1; with scale
     * -alpha/m and the parameters as targets it is the gradient-descent step.
     */
    static void scatter(FMatrixRMaj dZ1, Batch batch, float scale, FMatrixRMaj w1Target, FMatrixRMaj b1Target) {
        int n = dZ1.numRows;
        int m = batch.size();
        int vocab = w1Target.numCols;
        float[] w1 = w1Target.data;
        for (int j = 0; j < m; j++) {
            int from = batch.contextStart(j);
            int to = batch.contextEnd(j);
            float share = scale / (to - from);
            for (int c = from; c < to; c++) {
                int word = batch.contextId(c);
                for (int k = 0; k < n; k++) {
                    w1[k * vocab + word] += share * dZ1.data[k * m + j];
                }
            }
        }
        for (int k = 0; k < n; k++) {
            float rowSum = 0;
            for (int j = 0; j < m; j++) {
                rowSum += dZ1.data[k * m + j];
            }
            b1Target.data[k] += scale * rowSum; // the keepdims row sum, broadcast back over m
        }
    }
}
