package cbow.model;

import cbow.data.Batch;
import cbow.dense.Kernels;
import java.util.Arrays;

/**
 * The output layer and its cost: Yhat = softmax(W2 H + b2) column by column, J = cross-entropy
 * against the one-hot center words. Every step pays for the whole vocabulary: this is the exact model.
 *
 * <p>The vocabulary is cut into blocks of {@link #BLOCK_ROWS} rows of W2, the unit of parallel work.
 * Each block computes its logits, its own column max and sum of exponentials (an online softmax),
 * its share of dH = W2^T dZ2 and its rows of the W2, b2 update; the blocks' partial results are then
 * combined in block order. The blocks do not depend on the thread count, so neither do the results.
 * Matrices are V x width, width = m padded with zero columns (see {@link HiddenLayer}).
 */
final class SoftmaxOutput {
    /** Rows of W2 per block: a block's logits (256 x 128 floats) stay in the core's L2 cache. */
    static final int BLOCK_ROWS = 256;

    private final int vocab;
    private final int n;
    private final int blocks;
    private final float[] probs;       // V x width: Z2, exp(Z2 - block max), Yhat after forward, dZ2 after backward
    private final float[] blockMax;    // blocks x width
    private final float[] blockSum;    // blocks x width
    private final float[] blockFactor; // blocks x width: exp(block max - column max) / column sum
    private final float[] centerLogit; // m: Z2 at each example's center word
    private final float[] dHParts;     // blocks x N x width: each block's W2_b^T dZ2_b
    private int m;
    private int width;

    SoftmaxOutput(int vocabularySize, int dim, int maxBatchSize) {
        vocab = vocabularySize;
        n = dim;
        blocks = (vocabularySize + BLOCK_ROWS - 1) / BLOCK_ROWS;
        int maxWidth = Kernels.padded(maxBatchSize);
        probs = new float[vocabularySize * maxWidth];
        blockMax = new float[blocks * maxWidth];
        blockSum = new float[blocks * maxWidth];
        blockFactor = new float[blocks * maxWidth];
        centerLogit = new float[maxBatchSize];
        dHParts = new float[blocks * dim * maxWidth];
    }

    int blocks() {
        return blocks;
    }

    void startBatch(int batchSize) {
        m = batchSize;
        width = Kernels.padded(batchSize);
    }

    int firstRow(int block) {
        return block * BLOCK_ROWS;
    }

    int rows(int block) {
        return Math.min(BLOCK_ROWS, vocab - block * BLOCK_ROWS);
    }

    /** Block b of the forward pass: Z2 = W2 H + b2, then exp(Z2 - block max) and the block's column sums. */
    void forwardBlock(int b, Parameters p, float[] h, Batch batch) {
        int r0 = firstRow(b);
        int rows = rows(b);
        Kernels.multiplyAddBias(p.w2.data, r0 * n, rows, n, h, width, p.b2.data, r0, probs, r0 * width);
        for (int j = 0; j < m; j++) {
            int center = batch.center(j);
            if (center >= r0 && center < r0 + rows) {
                centerLogit[j] = probs[center * width + j]; // before exp, for an exact log-probability
            }
        }
        Kernels.exponentiateColumns(probs, r0 * width, rows, width, blockMax, blockSum, b * width);
    }

    /**
     * Combines the blocks' column statistics, in block order: each column's max M and sum S of
     * exp(z - M), each block's factor exp(block max - M) / S, and returns the summed (not yet averaged)
     * cross-entropy -sum_j log Yhat[center_j, j] = sum_j (M + log S - z_center), in double.
     */
    double combineBlocks() {
        double loss = 0;
        for (int j = 0; j < m; j++) {
            float max = Float.NEGATIVE_INFINITY;
            for (int b = 0; b < blocks; b++) {
                max = Math.max(max, blockMax[b * width + j]);
            }
            double sum = 0;
            for (int b = 0; b < blocks; b++) {
                sum += blockSum[b * width + j] * Math.exp(blockMax[b * width + j] - max);
            }
            for (int b = 0; b < blocks; b++) {
                blockFactor[b * width + j] = (float) (Math.exp(blockMax[b * width + j] - max) / sum);
            }
            loss += max + Math.log(sum) - centerLogit[j];
        }
        for (int b = 0; b < blocks; b++) {
            Arrays.fill(blockFactor, b * width + m, (b + 1) * width, 0f); // padding columns become 0
        }
        return loss;
    }

    /** Block b of the forward pass, last part: Yhat = exp(Z2 - block max) * the block's factor. */
    void normalizeBlock(int b) {
        Kernels.scaleColumns(probs, firstRow(b) * width, rows(b), width, blockFactor, b * width);
    }

    /** Entry (i, j) of the V x m matrix: Yhat after the forward pass, dZ2 after the backward. */
    float probability(int i, int j) {
        return probs[i * width + j];
    }

    /** Turns Yhat into dZ2 = Yhat - Y in place (before the blocks' backward). */
    void subtractTargets(Batch batch) {
        for (int j = 0; j < m; j++) {
            probs[batch.center(j) * width + j] -= 1f;
        }
    }

    /** Block b's share of dH = W2^T dZ2 (N x width), with W2 as in the forward pass: before any update. */
    void backwardBlock(int b, Parameters p) {
        int r0 = firstRow(b);
        Kernels.multiplyTransposeA(p.w2.data, r0 * n, rows(b), n, probs, r0 * width, width, dHParts, b * n * width);
    }

    /** dH = the sum of the blocks' shares, in block order, for rows k0..k1 of dH. */
    void sumBlockShares(float[] dH, int k0, int k1) {
        int from = k0 * width;
        int length = (k1 - k0) * width;
        System.arraycopy(dHParts, from, dH, from, length);
        for (int b = 1; b < blocks; b++) {
            Kernels.add(dHParts, b * n * width + from, dH, from, length);
        }
    }

    /**
     * Block b of the update: adds {@code scale} * (dZ2 H^T) into rows of {@code w2Target} and
     * {@code scale} * (dZ2 1_m^T) into {@code b2Target} in one pass (the ones column of hT gives the row
     * sums): dW2 and db2 with scale 1/m, the descent step with scale -alpha/m, dW2 never materialized.
     */
    void accumulateBlock(int b, float[] hT, int hStride, float scale, float[] w2Target, float[] b2Target) {
        int r0 = firstRow(b);
        Kernels.addScaledProduct(probs, r0 * width, rows(b), width, hT, hStride, n, scale, w2Target, r0 * n,
                b2Target, r0);
    }
}
