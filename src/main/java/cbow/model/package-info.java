/**
 * The two CBOW networks, forward and backward side by side:
 * <ul>
 * <li>{@link cbow.model.ExactNetwork}, the seed's network (W1, b1, ReLU, W2, b2, softmax) over a batch,
 *     split into {@link cbow.model.HiddenLayer} and {@link cbow.model.SoftmaxOutput}, with its
 *     {@link cbow.model.Parameters} and the optimizer's moments; used by the exact trainer;</li>
 * <li>{@link cbow.model.HogwildNetwork}, one example at a time behind a {@link cbow.loss.Loss}, for the
 *     lock-free trainer.</li>
 * </ul>
 * {@link cbow.model.WordVectors} chooses which of a network's vectors become the embeddings.
 */
package cbow.model;
