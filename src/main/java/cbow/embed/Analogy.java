package cbow.embed;

import java.util.List;
import java.util.function.IntPredicate;

/**
 * "a is to b as c is to ?", answered by one of the two methods of Levy and Goldberg (2014), as gensim
 * implements them (most_similar and most_similar_cosmul), the three question words never answers.
 */
public enum Analogy {
    /** 3CosAdd: argmax cos(x, b - a + c), the offsets taken between unit vectors. */
    COSADD("3cosadd"),
    /** 3CosMul: argmax cos'(x, b) cos'(x, c) / (cos'(x, a) + 1e-6), with cos' = (1 + cos) / 2 in [0, 1]. */
    COSMUL("3cosmul");

    private static final double EPSILON = 1e-6;

    private final String userName;

    Analogy(String userName) {
        this.userName = userName;
    }

    public String userName() {
        return userName;
    }

    public static Analogy named(String name) {
        for (Analogy m : values()) {
            if (m.userName.equals(name)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown method '" + name + "' (expected 3cosadd or 3cosmul)");
    }

    /** The {@code k} best answers among the first {@code limit} words; a, b, c are word ids. */
    public List<NearestNeighbours.Neighbour> solve(NearestNeighbours space, int a, int b, int c, int k, int limit) {
        IntPredicate question = id -> id == a || id == b || id == c;
        if (this == COSADD) {
            float[] query = space.combine(new int[] {b, c, a}, new double[] {1, 1, -1});
            return space.nearest(query, k, limit, question);
        }
        float[] ua = space.combine(new int[] {a}, new double[] {1});
        float[] ub = space.combine(new int[] {b}, new double[] {1});
        float[] uc = space.combine(new int[] {c}, new double[] {1});
        return space.best(k, limit, question, x -> shifted(space, x, ub) * shifted(space, x, uc)
                / (shifted(space, x, ua) + EPSILON));
    }

    /**
     * The same for questions whose words need not be in the vocabulary: {@code ua, ub, uc} are the
     * unit vectors of a, b and c, and {@code excluded} the ids never to answer (those of a, b and c
     * that the vocabulary holds).
     */
    public List<NearestNeighbours.Neighbour> solve(NearestNeighbours space, float[] ua, float[] ub, float[] uc,
                                                   java.util.function.IntPredicate excluded, int k, int limit) {
        if (this == COSADD) {
            return space.nearest(space.combineVectors(List.of(ub, uc, ua), new double[] {1, 1, -1}), k, limit, excluded);
        }
        return space.best(k, limit, excluded, x -> shifted(space, x, ub) * shifted(space, x, uc)
                / (shifted(space, x, ua) + EPSILON));
    }

    private static double shifted(NearestNeighbours space, int x, float[] unit) {
        return (1 + space.cosine(x, unit)) / 2;
    }

    @Override
    public String toString() {
        return userName;
    }
}
