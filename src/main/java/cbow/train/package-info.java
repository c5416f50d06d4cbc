/**
 * A training run, from corpus text to embeddings ({@link cbow.train.TrainingJob}), and its two paths:
 * <ul>
 * <li>the exact path, {@link cbow.train.ExactTrainer} over {@link cbow.model.ExactNetwork}: the seed's
 *     network with full softmax and exact batch gradients, the same bits for any thread count, resumable
 *     from a {@link cbow.train.Checkpoint} to the same bits;</li>
 * <li>the lock-free path, {@link cbow.train.HogwildTrainer} over {@link cbow.model.HogwildNetwork}:
 *     negative sampling or the hierarchical softmax, one example at a time on racing threads, as
 *     word2vec and fastText train (reproducible with one thread only).</li>
 * </ul>
 * Two networks exist because the exact one gives up speed for determinism across thread counts, and
 * the lock-free one the other way round. What both share lives once: the settings and their defaults
 * ({@link cbow.train.TrainingSettings}), the learning-rate schedule ({@link cbow.train.Decay}), the
 * loss points and divergence stop ({@link cbow.train.ProgressMeter}), and below, in {@code data}, the
 * sentences, subsampling and context windows.
 */
package cbow.train;
