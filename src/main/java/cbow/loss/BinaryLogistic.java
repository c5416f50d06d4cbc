package cbow.loss;

import cbow.dense.Kernels;

/**
 * The step shared by negative sampling and the hierarchical softmax: one logistic unit
 * sigma(o . h) on an output row o, trained towards a 0/1 label. Its cost is the cross-entropy
 * -log sigma(o.h) (label 1) or -log(1 - sigma(o.h)) (label 0); its gradient scaled by -lr is added
 * into gradHidden, and the row moves by -lr * dJ/do, after its contribution was taken.
 */
final class BinaryLogistic {
    private BinaryLogistic() {
    }

    static float step(float[] out, int row, int dim, float[] hidden, boolean label, float lr, float[] gradHidden) {
        int base = row * dim;
        float dot = Kernels.dot(out, base, hidden, 0, dim);
        float score = sigmoid(dot);
        float g = lr * ((label ? 1f : 0f) - score); // -lr * dJ/d(dot)
        Kernels.logisticUpdate(g, out, base, hidden, gradHidden, dim);
        return softplus(label ? -dot : dot); // -log sigma(dot) = softplus(-dot); -log(1 - sigma) = softplus(dot)
    }

    static float sigmoid(float x) {
        return (float) (1.0 / (1.0 + Math.exp(-x)));
    }

    /** log(1 + e^x) without overflow. */
    static float softplus(float x) {
        return (float) (Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x))));
    }
}
