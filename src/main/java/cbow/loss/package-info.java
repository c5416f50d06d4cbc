/**
 * The output layers of the lock-free network, one example at a time, behind one {@link cbow.loss.Loss}
 * interface as in fastText: negative sampling (with its unigram table) and the hierarchical softmax (with
 * its tree, Huffman or by meaning). The exact model's full softmax works on batches and lives in {@code model}.
 */
package cbow.loss;
