package cbow.spark;

import cbow.embed.TrainingHistory;

/** What a Spark trainer hands back: input and output rows (V x N; hs: tree nodes) and the loss history. */
public record SparkModel(float[] inputRows, float[] outputRows, TrainingHistory history) {
}
