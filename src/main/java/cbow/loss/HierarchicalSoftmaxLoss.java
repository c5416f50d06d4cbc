package cbow.loss;

import java.util.SplittableRandom;

/**
 * The hierarchical softmax: P(word | h) is the product, along the word's path in a {@link WordTree}, of
 * sigma(+-o_node . h), one logistic unit per inner node (label 1 for branch 0, as word2vec). Output
 * rows belong to the V - 1 inner nodes, not to words, so there are no output word vectors to average.
 */
public final class HierarchicalSoftmaxLoss implements Loss {
    private final float[] output;
    private final int dim;
    private final WordTree tree;

    public HierarchicalSoftmaxLoss(float[] output, int dim, WordTree tree) {
        if (output.length != tree.innerNodes() * dim) {
            throw new IllegalArgumentException("the output holds " + output.length / dim + " rows, not " + tree.innerNodes());
        }
        this.output = output;
        this.dim = dim;
        this.tree = tree;
    }

    @Override
    public float step(float[] hidden, int target, float lr, float[] gradHidden, SplittableRandom random) {
        int[] code = tree.code(target);
        int[] points = tree.points(target);
        float loss = 0;
        for (int d = 0; d < code.length; d++) {
            loss += BinaryLogistic.step(output, points[d], dim, hidden, code[d] == 0, lr, gradHidden);
        }
        return loss;
    }

    @Override
    public float[] output() {
        return output;
    }
}
