package cbow.embed;

/**
 * Vectors scaled to length 1, the form cosine similarity works on: {@link NearestNeighbours} keeps
 * its matrix this way, and {@code export --normalize} writes it.
 */
public final class UnitVectors {
    private UnitVectors() {
    }

    /** Each row of {@code dim} numbers scaled to length 1 (the norm summed in double); a zero row stays zero. */
    public static float[] rows(float[] vectors, int dim) {
        float[] unit = new float[vectors.length];
        for (int base = 0; base < vectors.length; base += dim) {
            double norm = 0;
            for (int k = base; k < base + dim; k++) {
                norm += (double) vectors[k] * vectors[k];
            }
            float inverse = norm > 0 ? (float) (1 / Math.sqrt(norm)) : 0f;
            for (int k = base; k < base + dim; k++) {
                unit[k] = vectors[k] * inverse;
            }
        }
        return unit;
    }

    /** The same words, counts, settings and history, with every vector of length 1. */
    public static Embeddings of(Embeddings e) {
        return new Embeddings(e.words(), counts(e), e.dim(), rows(e.vectors(), e.dim()), e.settings(), e.history());
    }

    private static long[] counts(Embeddings e) {
        long[] counts = new long[e.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = e.count(i);
        }
        return counts;
    }
}
