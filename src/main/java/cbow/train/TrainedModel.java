package cbow.train;

import cbow.embed.TrainingHistory;

/**
 * What either trainer hands back: the network's input and output vectors as V x N rows (row i is
 * word i's; the output rows of the hierarchical softmax are tree nodes, not words) and the loss history;
 * with subwords, the input rows are the words' composed vectors and {@code ngramRows} holds the
 * buckets' rows after the V words' (the network's whole input matrix; null without subwords).
 */
record TrainedModel(float[] inputRows, float[] outputRows, TrainingHistory history, float[] ngramRows) {
    TrainedModel(float[] inputRows, float[] outputRows, TrainingHistory history) {
        this(inputRows, outputRows, history, null);
    }
}
