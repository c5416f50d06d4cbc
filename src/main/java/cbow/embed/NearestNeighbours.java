package cbow.embed;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

/** Cosine-similarity search over a set of embeddings, normalized once when built. */
public final class NearestNeighbours {
    /** One answer: a word and its cosine similarity to the query. */
    public record Neighbour(String word, double similarity) {
    }

    private final Embeddings embeddings;
    private final float[] unit; // each row scaled to length 1 (a zero row stays zero)

    public NearestNeighbours(Embeddings embeddings) {
        this.embeddings = embeddings;
        int dim = embeddings.dim();
        float[] v = embeddings.vectors();
        unit = new float[v.length];
        for (int i = 0; i < embeddings.size(); i++) {
            double norm = 0;
            for (int k = i * dim; k < (i + 1) * dim; k++) {
                norm += (double) v[k] * v[k];
            }
            float inverse = norm > 0 ? (float) (1 / Math.sqrt(norm)) : 0f;
            for (int k = i * dim; k < (i + 1) * dim; k++) {
                unit[k] = v[k] * inverse;
            }
        }
    }

    /** The {@code k} words most similar to {@code query} (any vector of the right size), excluding {@code exclude}. */
    public List<Neighbour> nearest(float[] query, int k, Set<String> exclude) {
        int dim = embeddings.dim();
        double norm = 0;
        for (float x : query) {
            norm += (double) x * x;
        }
        double inverse = norm > 0 ? 1 / Math.sqrt(norm) : 0;
        // a min-heap of the best k so far: O(V log k), no sort of the whole vocabulary
        PriorityQueue<Neighbour> best = new PriorityQueue<>(k + 1,
                (a, b) -> Double.compare(a.similarity(), b.similarity()));
        for (int i = 0; i < embeddings.size(); i++) {
            double dot = 0;
            int base = i * dim;
            for (int d = 0; d < dim; d++) {
                dot += unit[base + d] * query[d];
            }
            double similarity = dot * inverse;
            if (best.size() < k || similarity > best.peek().similarity()) {
                String word = embeddings.word(i);
                if (exclude.contains(word)) {
                    continue;
                }
                best.add(new Neighbour(word, similarity));
                if (best.size() > k) {
                    best.poll();
                }
            }
        }
        List<Neighbour> result = new ArrayList<>(best);
        result.sort(Collections.reverseOrder((a, b) -> Double.compare(a.similarity(), b.similarity())));
        return result;
    }

    /** The {@code k} words most similar to a word of the vocabulary, itself excluded. */
    public List<Neighbour> nearest(String word, int k) {
        int id = embeddings.id(word);
        if (id < 0) {
            throw new IllegalArgumentException("'" + word + "' is not in the vocabulary");
        }
        return nearest(embeddings.vector(id), k, Set.of(word));
    }
}
