package cbow.api;

/**
 * One answer to a query: a word and its score, the cosine similarity to the query (or, for
 * {@link WordEmbeddings#analogy}, the method's score).
 *
 * @param word       the word
 * @param similarity its cosine similarity to the query, in [-1, 1]
 */
public record Neighbour(String word, double similarity) {
}
