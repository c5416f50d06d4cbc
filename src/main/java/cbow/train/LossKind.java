package cbow.train;

import cbow.loss.HierarchicalSoftmaxLoss;
import cbow.loss.WordTree;
import cbow.loss.Loss;
import cbow.loss.NegativeSamplingLoss;
import cbow.loss.UnigramSampler;
import java.util.Locale;

/** The output layer a run trains: the seed's exact softmax, or one of word2vec's cheap stand-ins. */
public enum LossKind {
    SOFTMAX, NS, HS;

    /** The name used on the command line and in the embeddings file. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The lock-free network's loss of this kind (ns or hs) for words with {@code counts}, on
     * {@code output} rows (V x N for ns, (V - 1) x N tree nodes for hs; null: new zero rows, the
     * start of a run). One place, so that every trainer, here and on Spark, honours the same settings.
     */
    public Loss hogwildLoss(long[] counts, int dim, int negative, double negPower, float[] output) {
        int v = counts.length;
        return switch (this) {
            case NS -> new NegativeSamplingLoss(output != null ? output : new float[v * dim], dim, negative,
                    new UnigramSampler(counts, negPower));
            case HS -> new HierarchicalSoftmaxLoss(output != null ? output : new float[(v - 1) * dim], dim,
                    WordTree.huffman(counts));
            case SOFTMAX -> throw new IllegalStateException("the exact softmax has no lock-free loss");
        };
    }
}
