package cbow.model;

/**
 * Per word, the mean hidden layer h of the examples that predict it, and how many there were: what
 * the contexts of each word look like to the output layer. hs's tree by meaning starts its new inner
 * nodes from them ({@link cbow.loss.InnerNodeStart}). Gathered by the workers as they train, without
 * locks: a lost update only thins a mean's sample.
 *
 * <p>A running mean, not a sum: a float sum of millions of vectors stops growing once each addend is
 * under half its ulp, while a running mean only slows (past about 10^7 examples a word's mean keeps
 * what it has).
 */
public final class ContextMeans {
    private final int dim;
    private final float[] means;  // V x N
    private final long[] counts;  // V

    public ContextMeans(int words, int dim) {
        this.dim = dim;
        this.means = new float[Math.multiplyExact(words, dim)];
        this.counts = new long[words];
    }

    /** Takes {@code h} (N) into the mean of {@code word}. */
    void add(int word, float[] h) {
        long count = ++counts[word];
        float share = 1f / count;
        int row = word * dim;
        for (int k = 0; k < dim; k++) {
            means[row + k] += (h[k] - means[row + k]) * share;
        }
    }

    /** V x N, row-major: word w's mean h (zero if it was never predicted). */
    public float[] means() {
        return means;
    }

    /** V: the examples behind each word's mean. */
    public long[] counts() {
        return counts;
    }
}
