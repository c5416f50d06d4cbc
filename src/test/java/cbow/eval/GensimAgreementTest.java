package cbow.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cbow.embed.Embeddings;
import cbow.embed.NearestNeighbours;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * cbow's evaluation against gensim's on the deterministic files of {@link EvalFixture}, two ways:
 * against gensim 4.3's figures measured once on those files (see EvalFixture for the commands), and
 * against a plain, independent computation written out here (every cosine by brute force in double,
 * ranks by counting).
 */
class GensimAgreementTest {
    // gensim: evaluate_word_pairs(pairs.tsv) and evaluate_word_analogies(questions.txt, restrict_vocab=40)
    private static final double GENSIM_SPEARMAN = 0.281675;
    private static final double GENSIM_PEARSON = 0.284856;
    private static final double GENSIM_OOV_PERCENT = 10.5263;
    private static final int[][] GENSIM_SECTIONS = {{3, 5}, {3, 6}, {0, 3}}; // capitals, family, comparative

    private final Embeddings embeddings = EvalFixture.vectors();
    private final NearestNeighbours space = new NearestNeighbours(embeddings);

    private static BufferedReader reader(String text) {
        return new BufferedReader(new StringReader(text));
    }

    @Test
    void wordPairsAgreeWithGensim() throws IOException {
        WordPairs.Result r = WordPairs.read(reader(EvalFixture.PAIRS)).evaluate(space);
        assertEquals(GENSIM_SPEARMAN, r.spearman(), 1e-4);
        assertEquals(GENSIM_PEARSON, r.pearson(), 1e-4);
        assertEquals(GENSIM_OOV_PERCENT, 100 * r.skippedShare(), 1e-3);
        assertEquals(17, r.used());
        assertEquals(2, r.invalidLines()); // the "Word 1 Word 2 Human" header and "not a pair line"
    }

    @Test
    void analogiesAgreeWithGensim() throws IOException {
        AnalogyQuestions.Result r = AnalogyQuestions.read(reader(EvalFixture.QUESTIONS)).evaluate(space, EvalFixture.RESTRICT);
        assertEquals(List.of("capitals", "family", "comparative"), r.sections().stream().map(AnalogyQuestions.Score::section).toList());
        for (int s = 0; s < GENSIM_SECTIONS.length; s++) {
            assertEquals(GENSIM_SECTIONS[s][0], r.sections().get(s).correct(), r.sections().get(s).section());
            assertEquals(GENSIM_SECTIONS[s][1], r.sections().get(s).answered(), r.sections().get(s).section());
        }
        assertEquals(6, r.total().correct());
        assertEquals(14, r.total().answered());
        assertEquals(19, r.questions());
    }

    @Test
    void wordPairsAgreeWithAPlainComputation() throws IOException {
        WordPairs pairs = WordPairs.read(reader(EvalFixture.PAIRS));
        Map<String, Integer> folded = plainFold(Integer.MAX_VALUE);
        List<Double> human = new ArrayList<>();
        List<Double> model = new ArrayList<>();
        for (WordPairs.Pair p : pairs.pairs()) {
            Integer a = folded.get(p.first().toUpperCase(Locale.ROOT));
            Integer b = folded.get(p.second().toUpperCase(Locale.ROOT));
            if (a != null && b != null) {
                human.add(p.score());
                model.add(plainCosine(row(a), row(b)));
            }
        }
        WordPairs.Result r = pairs.evaluate(space);
        assertEquals(plainPearson(plainRanks(human), plainRanks(model)), r.spearman(), 1e-6);
        assertEquals(plainPearson(human, model), r.pearson(), 1e-6);
    }

    @Test
    void analogiesAgreeWithAPlainComputation() throws IOException {
        AnalogyQuestions questions = AnalogyQuestions.read(reader(EvalFixture.QUESTIONS));
        Map<String, Integer> folded = plainFold(EvalFixture.RESTRICT);
        int correct = 0;
        int answered = 0;
        for (AnalogyQuestions.Section section : questions.sections()) {
            for (AnalogyQuestions.Question q : section.questions()) {
                Integer a = folded.get(q.a().toUpperCase(Locale.ROOT));
                Integer b = folded.get(q.b().toUpperCase(Locale.ROOT));
                Integer c = folded.get(q.c().toUpperCase(Locale.ROOT));
                Integer d = folded.get(q.expected().toUpperCase(Locale.ROOT));
                if (a == null || b == null || c == null || d == null) {
                    continue;
                }
                answered++;
                double[] target = new double[EvalFixture.DIM];
                double[] ua = unit(row(a)), ub = unit(row(b)), uc = unit(row(c));
                for (int k = 0; k < target.length; k++) {
                    target[k] = ub[k] - ua[k] + uc[k];
                }
                int best = -1;
                for (int x = 0; x < EvalFixture.RESTRICT; x++) {
                    String w = embeddings.word(x).toUpperCase(Locale.ROOT);
                    if (x == a || x == b || x == c || w.equals(q.a().toUpperCase(Locale.ROOT))
                            || w.equals(q.b().toUpperCase(Locale.ROOT)) || w.equals(q.c().toUpperCase(Locale.ROOT))) {
                        continue;
                    }
                    if (best < 0 || plainCosine(row(x), target) > plainCosine(row(best), target)) {
                        best = x;
                    }
                }
                if (embeddings.word(best).equalsIgnoreCase(q.expected())) {
                    correct++;
                }
            }
        }
        AnalogyQuestions.Result r = questions.evaluate(space, EvalFixture.RESTRICT);
        assertEquals(answered, r.total().answered());
        assertEquals(correct, r.total().correct());
    }

    // ---- the plain computation ----

    /** Upper-cased word to the first id among the first {@code limit} words. */
    private Map<String, Integer> plainFold(int limit) {
        Map<String, Integer> map = new HashMap<>();
        for (int i = Math.min(limit, embeddings.size()) - 1; i >= 0; i--) {
            map.put(embeddings.word(i).toUpperCase(Locale.ROOT), i); // the earliest written last wins
        }
        return map;
    }

    private double[] row(int id) {
        double[] v = new double[embeddings.dim()];
        for (int k = 0; k < v.length; k++) {
            v[k] = embeddings.vectors()[id * embeddings.dim() + k];
        }
        return v;
    }

    private static double[] unit(double[] v) {
        double n = Math.sqrt(dot(v, v));
        double[] u = new double[v.length];
        for (int k = 0; k < v.length; k++) {
            u[k] = v[k] / n;
        }
        return u;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            s += a[k] * b[k];
        }
        return s;
    }

    private static double plainCosine(double[] a, double[] b) {
        return dot(a, b) / Math.sqrt(dot(a, a) * dot(b, b));
    }

    /** Rank = 1 + (number of smaller values) + (number of other equal values) / 2. */
    private static List<Double> plainRanks(List<Double> values) {
        List<Double> ranks = new ArrayList<>();
        for (double v : values) {
            int smaller = 0;
            int equal = 0;
            for (double w : values) {
                if (w < v) {
                    smaller++;
                } else if (w == v) {
                    equal++;
                }
            }
            ranks.add(1 + smaller + (equal - 1) / 2.0);
        }
        return ranks;
    }

    private static double plainPearson(List<Double> x, List<Double> y) {
        double mx = x.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double my = y.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < x.size(); i++) {
            sxy += (x.get(i) - mx) * (y.get(i) - my);
            sxx += (x.get(i) - mx) * (x.get(i) - mx);
            syy += (y.get(i) - my) * (y.get(i) - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
