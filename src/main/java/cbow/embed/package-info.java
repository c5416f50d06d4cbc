/**
 * Embeddings as users hold them: the words, counts, vectors, settings and loss history
 * ({@link cbow.embed.Embeddings}), their files (cbow JSON, word2vec text and binary, GloVe, the Embedding
 * Projector's pair), the cache of parsed files, the subword model file and its n-gram rows
 * ({@link cbow.embed.SubwordModelFile}, {@link cbow.embed.NgramVectors}), which give unseen words vectors,
 * and the queries on them (nearest neighbours, with a one-byte first pass over large matrices, analogies,
 * word arithmetic).
 */
package cbow.embed;
