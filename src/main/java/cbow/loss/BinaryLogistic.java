package cbow.loss;

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
        float dot = dot(out, base, hidden, dim);
        float score = sigmoid(dot);
        float g = lr * ((label ? 1f : 0f) - score); // -lr * dJ/d(dot)
        for (int k = 0; k < dim; k++) {
            gradHidden[k] += g * out[base + k];
            out[base + k] += g * hidden[k];
        }
        return softplus(label ? -dot : dot); // -log sigma(dot) = softplus(-dot); -log(1 - sigma) = softplus(dot)
    }

    /**
     * out[base..base+dim) . hidden, in four independent sums: one running sum is a chain of
     * dependent additions the CPU cannot overlap, four keep its adders busy.
     */
    static float dot(float[] out, int base, float[] hidden, int dim) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        int k = 0;
        for (; k + 3 < dim; k += 4) {
            s0 += out[base + k] * hidden[k];
            s1 += out[base + k + 1] * hidden[k + 1];
            s2 += out[base + k + 2] * hidden[k + 2];
            s3 += out[base + k + 3] * hidden[k + 3];
        }
        for (; k < dim; k++) {
            s0 += out[base + k] * hidden[k];
        }
        return (s0 + s1) + (s2 + s3);
    }

    static float sigmoid(float x) {
        return (float) (1.0 / (1.0 + Math.exp(-x)));
    }

    /** log(1 + e^x) without overflow. */
    static float softplus(float x) {
        return (float) (Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x))));
    }
}
