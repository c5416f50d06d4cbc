package cbow.loss;

import java.util.SplittableRandom;

/**
 * An output layer and its cost, for the lock-free trainer's stochastic gradient descent one example
 * at a time (the way fastText's Loss classes share one model): given the hidden vector of an example and its target
 * word, it computes the example's cost, adds {@code -lr * dJ/dh} into {@code gradHidden} for the
 * caller to pass back into the input vectors, and updates its own parameters by {@code -lr * dJ/dθ}.
 * Its parameters are rows of {@code dim} floats in one shared array: several threads may step at
 * once without locks (Hogwild), as word2vec and fastText do.
 */
public interface Loss {
    float step(float[] hidden, int target, float lr, float[] gradHidden, SplittableRandom random);

    /** The output parameters, rows of {@code dim} floats. */
    float[] output();
}
