package cbow.optim;

import java.util.Locale;

/**
 * How a gradient becomes a step. {@code SGD} is the course's plain gradient descent,
 * theta -= alpha * g. The adaptive ones keep per-parameter moments of the gradient (arrays
 * of the parameters' shapes, which the network holds) and scale each parameter's step by its own history, which
 * matters here: under the batch mean a word's column of W1 gets about alpha/(m * 2C) of its gradient
 * per batch while every row of W2 gets a full share, so no single alpha suits both layers.
 * Every update is element by element, so the result does not depend on how the work is split.
 */
public enum Optimizer {
    /** theta -= alpha * g. */
    SGD(0),
    /** Duchi et al. 2011: G += g^2; theta -= alpha * g / (sqrt(G) + eps). */
    ADAGRAD(1),
    /**
     * Kingma and Ba 2015, with bias correction: beta1 0.9, beta2 0.999, and eps 1e-6 rather than
     * the usual 1e-8 (see {@link #ADAM_EPS}).
     */
    ADAM(2);

    private static final float ADAGRAD_EPS = 1e-10f;
    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    /**
     * Below this root-mean-square gradient Adam stops normalizing steps to full size. The usual 1e-8
     * is too small here: the output row and bias of a word that is not the target get p * h / m, about
     * 1e-8 for a rare word, in the same sign batch after batch, and Adam turned those into full steps
     * along one shared direction, which softmax cannot see (adding one vector to every row of W2 leaves
     * every probability unchanged). Rare words' output vectors then all pointed the same way. The
     * gradients that carry learning are larger: at the end of a Brown run their RMS was 3e-5 for the
     * rarest words' columns of W1 and up to 1e-3 for the most frequent, so 1e-6 damps them by a few
     * percent at most (measured effect: README, "Why these defaults").
     */
    static final float ADAM_EPS = 1e-6f;

    private final int moments;

    Optimizer(int moments) {
        this.moments = moments;
    }

    /** How many arrays of the parameters' shape the optimizer keeps (0, 1 or 2). */
    public int moments() {
        return moments;
    }

    /**
     * Step number {@code t} (1-based) for elements {@code from..to} of one parameter array {@code p}, its gradient
     * {@code d} and its moments ({@code first}, {@code second}; null where this optimizer keeps fewer).
     * Element by element, so any split of an array into ranges gives the same numbers as one call over
     * the whole array.
     */
    public void update(float[] p, float[] d, float[] first, float[] second, int from, int to, double alpha, long t) {
        switch (this) {
            case SGD -> {
                float a = (float) alpha;
                for (int i = from; i < to; i++) {
                    p[i] -= a * d[i];
                }
            }
            case ADAGRAD -> {
                float a = (float) alpha;
                for (int i = from; i < to; i++) {
                    float gi = d[i];
                    first[i] += gi * gi;
                    p[i] -= a * gi / ((float) Math.sqrt(first[i]) + ADAGRAD_EPS);
                }
            }
            case ADAM -> {
                float b1 = (float) BETA1;
                float b2 = (float) BETA2;
                // bias corrections folded into the rate: alpha * sqrt(1 - b2^t) / (1 - b1^t)
                float a = (float) (alpha * Math.sqrt(1 - Math.pow(BETA2, t)) / (1 - Math.pow(BETA1, t)));
                for (int i = from; i < to; i++) {
                    float gi = d[i];
                    first[i] = b1 * first[i] + (1 - b1) * gi;
                    second[i] = b2 * second[i] + (1 - b2) * gi * gi;
                    p[i] -= a * first[i] / ((float) Math.sqrt(second[i]) + ADAM_EPS);
                }
            }
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

}
