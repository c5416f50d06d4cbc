package cbow.plot;

import cbow.embed.Embeddings;
import java.util.ArrayList;
import java.util.List;

/**
 * Words placed in the plane by the first two principal components of their vectors. The components
 * are those of the chosen words alone, so the same word can sit elsewhere in another selection.
 */
public record WordMap(List<String> words, double[] x, double[] y, double explainedX, double explainedY) {

    /** The words of {@code requested} that {@code embeddings} has no vector for, in order. */
    public static List<String> unknownWords(Embeddings embeddings, List<String> requested) {
        List<String> unknown = new ArrayList<>();
        for (String w : requested) {
            if (embeddings.id(w) < 0) {
                unknown.add(w);
            }
        }
        return unknown;
    }

    /**
     * Maps {@code words} (at least 2, all in {@code embeddings}). Throws IllegalArgumentException when
     * their vectors are all the same, so that no direction separates them.
     */
    public static WordMap of(Embeddings embeddings, List<String> words) {
        double[][] points = new double[words.size()][];
        for (int i = 0; i < points.length; i++) {
            int id = embeddings.id(words.get(i));
            if (id < 0) {
                throw new IllegalArgumentException("'" + words.get(i) + "' is not in the vocabulary");
            }
            float[] v = embeddings.vector(id);
            points[i] = new double[v.length];
            for (int j = 0; j < v.length; j++) {
                points[i][j] = v[j];
            }
        }
        Pca pca = Pca.fit(points, Math.min(2, embeddings.dim()));
        double[] x = new double[points.length];
        double[] y = new double[points.length];
        for (int i = 0; i < points.length; i++) {
            double[] c = pca.project(points[i]);
            x[i] = c[0];
            y[i] = c.length > 1 ? c[1] : 0;
        }
        return new WordMap(List.copyOf(words), x, y, pca.explainedVarianceRatio(0),
                pca.components() > 1 ? pca.explainedVarianceRatio(1) : 0);
    }
}
