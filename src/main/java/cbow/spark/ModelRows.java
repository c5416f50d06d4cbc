package cbow.spark;

import java.io.Serializable;

/**
 * The lock-free network's parameters as Spark moves them: the input vectors (V x N) and the output
 * rows of the loss (V x N for negative sampling, (V - 1) x N tree nodes for the hierarchical softmax).
 * A round broadcasts one, read-only: every task trains its own copy.
 */
record ModelRows(float[] input, float[] output) implements Serializable {
}
