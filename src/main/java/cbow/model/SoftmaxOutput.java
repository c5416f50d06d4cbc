package cbow.model;

import cbow.data.Batch;
import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_FDRM;

/**
 * The output layer and its cost: Yhat = softmax(W2 H + b2) column by column, J = cross-entropy
 * against the one-hot center words, averaged over the batch. Every step pays for the whole
 * vocabulary: this is the exact model.
 */
final class SoftmaxOutput {
    private SoftmaxOutput() {
    }

    /**
     * Fills {@code probs} (V x m) with Yhat and returns the summed (not yet averaged) cross-entropy
     * -sum_j log Yhat[center_j, j], in double.
     */
    static double forward(Parameters p, FMatrixRMaj h, Batch batch, FMatrixRMaj probs) {
        CommonOps_FDRM.mult(p.w2, h, probs); // Z2 = W2 H, V x m
        int vocab = probs.numRows;
        int m = probs.numCols;
        float[] z = probs.data;
        double loss = 0;
        for (int j = 0; j < m; j++) {
            float max = Float.NEGATIVE_INFINITY;
            for (int i = 0; i < vocab; i++) {
                float v = z[i * m + j] + p.b2.data[i];
                z[i * m + j] = v;
                max = Math.max(max, v); // subtract the column max: exp never overflows
            }
            int center = batch.center(j);
            double centerShifted = z[center * m + j] - max; // log of the center's unnormalized prob
            double sum = 0;
            for (int i = 0; i < vocab; i++) {
                float e = (float) Math.exp(z[i * m + j] - max);
                z[i * m + j] = e;
                sum += e;
            }
            float inverse = (float) (1.0 / sum);
            loss -= centerShifted - Math.log(sum);
            for (int i = 0; i < vocab; i++) {
                z[i * m + j] *= inverse;
            }
        }
        return loss;
    }

    /**
     * Turns Yhat into dZ2 = Yhat - Y in place and writes dH = W2^T dZ2 (N x m), using W2 as it was in
     * the forward pass: call before W2 is updated.
     */
    static void backward(Parameters p, Batch batch, FMatrixRMaj probs, FMatrixRMaj dH) {
        int m = probs.numCols;
        for (int j = 0; j < m; j++) {
            probs.data[batch.center(j) * m + j] -= 1f;
        }
        CommonOps_FDRM.multTransA(p.w2, probs, dH);
    }

    /**
     * Adds {@code scale} * (dZ2 H^T) into {@code w2Target} and {@code scale} * (dZ2 1_m^T) into
     * {@code b2Target}: dW2 and db2 with scale 1/m, the descent step with scale -alpha/m (fused, so
     * dW2 is never materialized).
     */
    static void accumulate(FMatrixRMaj dZ2, FMatrixRMaj h, float scale, FMatrixRMaj w2Target, FMatrixRMaj b2Target) {
        CommonOps_FDRM.multAddTransB(scale, dZ2, h, w2Target);
        int vocab = dZ2.numRows;
        int m = dZ2.numCols;
        for (int i = 0; i < vocab; i++) {
            float rowSum = 0;
            for (int j = 0; j < m; j++) {
                rowSum += dZ2.data[i * m + j];
            }
            b2Target.data[i] += scale * rowSum;
        }
    }
}
