package cbow.model;

import cbow.data.Batch;
import cbow.dense.Kernels;
import java.util.Arrays;

/**
 * The hidden layer H = ReLU(W1 X + b1) and its work matrices. X is sparse (column j is the mean of
 * example j's context one-hots), so W1 X is a gather of context columns of W1 and dW1 = dZ1 X^T a
 * scatter back into them; the V x m matrix X is never built.
 *
 * <p>Batch matrices are N x width, row-major, width = m padded to {@link Kernels#ALIGN} with zero
 * columns so the vector kernels need no tails. Both gather and scatter work row by row of W1 (a row is
 * contiguous), so rows can go to different threads and each element still sees its updates in the
 * batch's order: the same bits for any thread count.
 */
final class HiddenLayer {
    private final int n;
    private final int hStride;
    final float[] z1;  // N x width
    final float[] h;   // N x width, zero in the padding columns
    final float[] hT;  // width x hStride: H^T, then a column of ones (real examples only) for db2
    final float[] dH;  // N x width: W2^T dZ2, then dZ1 in place
    private int m;
    private int width;

    HiddenLayer(int dim, int maxBatchSize) {
        n = dim;
        hStride = Kernels.extraColumnStride(dim);
        int maxWidth = Kernels.padded(maxBatchSize);
        z1 = new float[dim * maxWidth];
        h = new float[dim * maxWidth];
        hT = new float[maxWidth * hStride];
        dH = new float[dim * maxWidth];
    }

    /** Sets the batch size m for the matrices' layout (width = m padded). */
    void startBatch(int batchSize) {
        m = batchSize;
        width = Kernels.padded(batchSize);
    }

    int width() {
        return width;
    }

    /** Row stride of {@link #hT}: N, then the ones column, then padding. */
    int hStride() {
        return hStride;
    }

    /** Z1 = W1 X + b1 (b1 broadcast over the columns), H = ReLU(Z1), for rows k0..k1 of Z1 and H. */
    void forwardRows(Parameters p, Batch batch, int k0, int k1) {
        int vocab = p.vocabularySize();
        float[] w1 = p.w1.data;
        for (int k = k0; k < k1; k++) {
            int row = k * vocab;
            int out = k * width;
            for (int j = 0; j < m; j++) {
                int from = batch.contextStart(j);
                int to = batch.contextEnd(j);
                float sum = 0;
                for (int c = from; c < to; c++) {
                    sum += w1[row + batch.contextId(c)];
                }
                float z = sum * (1f / (to - from)) + p.b1.data[k];
                z1[out + j] = z;
                h[out + j] = z > 0 ? z : 0;
            }
            for (int j = m; j < width; j++) {
                z1[out + j] = 0;
                h[out + j] = 0;
            }
        }
    }

    /** H^T with its column of ones, for the fused W2 and b2 update; after all rows are forward. */
    void transposeHidden() {
        Arrays.fill(hT, 0, width * hStride, 0f);
        for (int j = 0; j < m; j++) {
            int row = j * hStride;
            for (int k = 0; k < n; k++) {
                hT[row + k] = h[k * width + j];
            }
            hT[row + n] = 1f;
        }
    }

    /** dZ1 = dH * step(Z1), in place on dH; step(z) is 1 where z > 0 and 0 elsewhere, zero included. */
    void backward() {
        int size = n * width;
        for (int i = 0; i < size; i++) {
            if (!(z1[i] > 0)) {
                dH[i] = 0;
            }
        }
    }

    /**
     * For rows k0..k1: adds {@code scale} * (dZ1 X^T) into {@code w1Target} and {@code scale} *
     * (dZ1 1_m^T) into {@code b1Target}: with scale 1/m and zeroed targets this computes dW1 and db1;
     * with scale -alpha/m and the parameters as targets it is the gradient-descent step.
     */
    void scatterRows(Batch batch, float scale, float[] w1Target, float[] b1Target, int k0, int k1) {
        int vocab = w1Target.length / n;
        for (int k = k0; k < k1; k++) {
            int row = k * vocab;
            int in = k * width;
            float rowSum = 0;
            for (int j = 0; j < m; j++) {
                int from = batch.contextStart(j);
                int to = batch.contextEnd(j);
                float share = scale / (to - from);
                float d = dH[in + j];
                for (int c = from; c < to; c++) {
                    w1Target[row + batch.contextId(c)] += share * d;
                }
                rowSum += d;
            }
            b1Target[k] += scale * rowSum; // the keepdims row sum, broadcast back over m
        }
    }
}
