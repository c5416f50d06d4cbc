/**
 * Scoring embeddings against human judgements: word-pair similarity (Spearman correlation, WordSim-353)
 * and analogy questions (word2vec's questions-words.txt). Used by {@code cbow evaluate}.
 */
package cbow.eval;
