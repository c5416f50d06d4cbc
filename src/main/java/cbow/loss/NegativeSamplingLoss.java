package cbow.loss;

import java.util.SplittableRandom;

/**
 * Negative sampling: the target word's output vector is pushed towards the hidden vector and
 * {@code negatives} words drawn from the {@link UnigramSampler} (counts to a power) are pushed away, each a logistic unit. A drawn
 * word equal to the target is skipped, as word2vec does. Output rows are the words' output vectors.
 */
public final class NegativeSamplingLoss implements Loss {
    private final float[] output;
    private final int dim;
    private final int negatives;
    private final UnigramSampler sampler;

    public NegativeSamplingLoss(float[] output, int dim, int negatives, UnigramSampler sampler) {
        this.output = output;
        this.dim = dim;
        this.negatives = negatives;
        this.sampler = sampler;
    }

    @Override
    public float step(float[] hidden, int target, float lr, float[] gradHidden, SplittableRandom random) {
        float loss = BinaryLogistic.step(output, target, dim, hidden, true, lr, gradHidden);
        for (int d = 0; d < negatives; d++) {
            int negative = sampler.sample(random);
            if (negative != target) {
                loss += BinaryLogistic.step(output, negative, dim, hidden, false, lr, gradHidden);
            }
        }
        return loss;
    }

    @Override
    public float[] output() {
        return output;
    }
}
