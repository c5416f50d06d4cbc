package cbow.train;

import cbow.embed.TrainingHistory;

/**
 * What either trainer hands back: the network's input and output vectors as V x N rows (row i is
 * word i's; the output rows of the hierarchical softmax are tree nodes, not words) and the loss history.
 */
record TrainedModel(float[] inputRows, float[] outputRows, TrainingHistory history) {
}
