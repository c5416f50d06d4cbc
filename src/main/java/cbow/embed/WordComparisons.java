package cbow.embed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * gensim's KeyedVectors comparisons beyond nearest neighbours, with gensim's definitions (4.x), so
 * that the numbers agree: similarity of two words, n_similarity of two word sets, doesnt_match,
 * closer_than and rank. Words are ids of the space's vocabulary.
 */
public final class WordComparisons {
    private final NearestNeighbours space;

    public WordComparisons(NearestNeighbours space) {
        this.space = space;
    }

    /** gensim's similarity: the cosine of the two words' vectors. */
    public double similarity(int a, int b) {
        return space.cosine(a, b);
    }

    /**
     * gensim's n_similarity: the cosine of the means of the two sets' raw vectors (not unit vectors:
     * gensim averages them as stored, then normalizes the means).
     */
    public double nSimilarity(int[] first, int[] second) {
        if (first.length == 0 || second.length == 0) {
            throw new IllegalArgumentException("both word sets need at least one word");
        }
        double[] a = mean(first);
        double[] b = mean(second);
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int d = 0; d < a.length; d++) {
            dot += a[d] * b[d];
            na += a[d] * a[d];
            nb += b[d] * b[d];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    private double[] mean(int[] ids) {
        Embeddings e = space.embeddings();
        float[] v = e.vectors();
        int dim = e.dim();
        double[] sum = new double[dim];
        for (int id : ids) {
            for (int d = 0; d < dim; d++) {
                sum[d] += v[id * dim + d];
            }
        }
        for (int d = 0; d < dim; d++) {
            sum[d] /= ids.length;
        }
        return sum;
    }

    /** A word and its cosine to the mean of a set's unit vectors. */
    public record Fit(int id, double cosine) {
    }

    /**
     * gensim's doesnt_match, with its scores: each word's cosine to the unit mean of the words' unit
     * vectors, the least fitting first (the answer); ties keep the given order.
     */
    public List<Fit> doesntMatch(int[] ids) {
        if (ids.length < 2) {
            throw new IllegalArgumentException("the odd one out needs at least two words");
        }
        double[] weights = new double[ids.length];
        Arrays.fill(weights, 1);
        float[] centre = space.combine(ids, weights);
        List<Fit> fits = new ArrayList<>();
        for (int id : ids) {
            fits.add(new Fit(id, space.cosine(id, centre)));
        }
        fits.sort((x, y) -> Double.compare(x.cosine, y.cosine));
        return fits;
    }

    /**
     * gensim's closer_than: every word whose cosine to {@code a} is greater than {@code b}'s
     * ({@code a} itself excluded), most similar first (gensim lists them in vocabulary order).
     */
    public List<NearestNeighbours.Neighbour> closerThan(int a, int b) {
        int count = rank(a, b) - 1;
        if (count == 0) {
            return List.of();
        }
        return space.best(count, Integer.MAX_VALUE, i -> i == a, i -> space.cosine(a, i));
    }

    /** gensim's rank: 1 + how many words are closer to {@code a} than {@code b} is. */
    public int rank(int a, int b) {
        double threshold = space.cosine(a, b);
        int closer = 0;
        for (int i = 0; i < space.embeddings().size(); i++) {
            if (i != a && space.cosine(a, i) > threshold) {
                closer++;
            }
        }
        return closer + 1;
    }
}
