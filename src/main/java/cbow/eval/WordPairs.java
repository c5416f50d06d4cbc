package cbow.eval;

import cbow.embed.NearestNeighbours;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A word-similarity set such as WordSim-353: lines "word1 TAB word2 TAB score", '#' comment lines.
 * Scored as gensim's evaluate_word_pairs scores it: pairs with a word outside the vocabulary (any
 * case, among the first 300,000 words) are skipped; the model's similarity is the cosine.
 */
public final class WordPairs {
    /** gensim's default restrict_vocab for word pairs. */
    public static final int VOCABULARY_LIMIT = 300_000;

    public record Pair(String first, String second, double score) {
    }

    /**
     * One pair as scored: the model's cosine (NaN when skipped), or why it was skipped (null when
     * used), and whether a word's vector was built from its character n-grams.
     */
    public record Scored(Pair pair, double cosine, String skipped, boolean built) {
    }

    /** The correlations over the pairs used, and how many pairs were skipped. */
    public record Result(double spearman, double pearson, int used, int skipped, int invalidLines, int built) {
        public int pairs() {
            return used + skipped;
        }

        public double skippedShare() {
            return pairs() == 0 ? 0 : (double) skipped / pairs();
        }
    }

    private final List<Pair> pairs;
    private final int invalidLines;

    private WordPairs(List<Pair> pairs, int invalidLines) {
        this.pairs = List.copyOf(pairs);
        this.invalidLines = invalidLines;
    }

    /** Reads the lines as gensim does: a line that is not exactly three tab-separated fields, the last a number, is skipped and counted. */
    public static WordPairs read(BufferedReader in) throws IOException {
        List<Pair> pairs = new ArrayList<>();
        int invalid = 0;
        for (String line; (line = in.readLine()) != null; ) {
            if (line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            try {
                if (fields.length != 3) {
                    throw new NumberFormatException();
                }
                pairs.add(new Pair(fields[0], fields[1], Double.parseDouble(fields[2].strip())));
            } catch (NumberFormatException e) {
                if (!line.isBlank()) {
                    invalid++;
                }
            }
        }
        return new WordPairs(pairs, invalid);
    }

    public List<Pair> pairs() {
        return pairs;
    }

    public Result evaluate(NearestNeighbours space) {
        return evaluate(space, null);
    }

    /**
     * Scores the pairs; a word outside the vocabulary takes the vector {@code unseen} builds for it
     * (from its character n-grams; null when it cannot), so only pairs with a word that has no
     * vector at all are skipped. {@code unseen} null: gensim's rule, every such pair skipped.
     */
    public Result evaluate(NearestNeighbours space, Function<String, float[]> unseen) {
        return evaluate(space, unseen, scored -> { });
    }

    /** {@link #evaluate(NearestNeighbours, Function)}, telling {@code each} how each pair, in file order, was scored. */
    public Result evaluate(NearestNeighbours space, Function<String, float[]> unseen, Consumer<Scored> each) {
        FoldedVocabulary vocabulary = new FoldedVocabulary(space.embeddings(), VOCABULARY_LIMIT);
        List<Double> human = new ArrayList<>();
        List<Double> model = new ArrayList<>();
        int skipped = 0;
        int built = 0;
        for (Pair p : pairs) {
            int a = vocabulary.id(p.first());
            int b = vocabulary.id(p.second());
            if (a >= 0 && b >= 0) {
                human.add(p.score());
                model.add(space.cosine(a, b));
                each.accept(new Scored(p, model.get(model.size() - 1), null, false));
                continue;
            }
            float[] va = a >= 0 ? space.embeddings().vector(a) : unseen == null ? null : unseen.apply(p.first());
            float[] vb = b >= 0 ? space.embeddings().vector(b) : unseen == null ? null : unseen.apply(p.second());
            if (va == null || vb == null) {
                skipped++;
                each.accept(new Scored(p, Double.NaN, whySkipped(va == null ? p.first() : null, vb == null ? p.second() : null, unseen != null), false));
                continue;
            }
            built++;
            human.add(p.score());
            model.add(cosine(va, vb));
            each.accept(new Scored(p, model.get(model.size() - 1), null, true));
        }
        if (human.size() < 2) {
            throw new IllegalArgumentException("fewer than 2 of the " + pairs.size() + " pairs have both words in the vocabulary");
        }
        double[] x = human.stream().mapToDouble(Double::doubleValue).toArray();
        double[] y = model.stream().mapToDouble(Double::doubleValue).toArray();
        return new Result(Correlation.spearman(x, y), Correlation.pearson(x, y), x.length, skipped, invalidLines, built);
    }

    /** "'x' is not in the vocabulary", for the word or words (null: known) that made a pair skipped. */
    private static String whySkipped(String first, String second, boolean ngrams) {
        String words = first != null && second != null && !first.equals(second) ? "'" + first + "' and '" + second + "' are"
                : "'" + (first != null ? first : second) + "' is";
        return words + " not in the vocabulary (any case, among the first " + VOCABULARY_LIMIT + " words)"
                + (ngrams ? " and " + (first != null && second != null && !first.equals(second) ? "have" : "has") + " no character n-grams" : "");
    }

    private static double cosine(float[] a, float[] b) {
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int k = 0; k < a.length; k++) {
            ab += (double) a[k] * b[k];
            aa += (double) a[k] * a[k];
            bb += (double) b[k] * b[k];
        }
        return aa > 0 && bb > 0 ? ab / Math.sqrt(aa * bb) : 0;
    }
}
