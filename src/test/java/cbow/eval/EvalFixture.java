package cbow.eval;

import cbow.embed.Embeddings;
import cbow.embed.Word2VecFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;

/**
 * A small, fully deterministic evaluation set: 48 word vectors (seeded, with planted analogy offsets
 * plus noise, so some analogies are solved and some not; mixed case so folding matters), a
 * word-pairs file with tied scores, unknown words, a comment and a malformed line, and an analogy
 * file with two sections, unknown words and questions beyond a restriction of 40 words.
 *
 * <p>The gensim figures pinned in {@link GensimAgreementTest} were measured on exactly these files:
 * {@code java -cp target/classes:target/test-classes cbow.eval.EvalFixture /tmp/fx} writes them, and
 * {@code python3 bench/gensim-eval.py /tmp/fx/vectors.txt /tmp/fx/pairs.tsv /tmp/fx/questions.txt 40}
 * prints gensim's numbers.
 */
public final class EvalFixture {
    public static final int RESTRICT = 40;
    static final int DIM = 12;

    private EvalFixture() {
    }

    public static Embeddings vectors() {
        String[] words = {
            "the", "man", "woman", "king", "queen", "boy", "girl", "father", "mother", "son",
            "daughter", "paris", "france", "rome", "italy", "berlin", "germany", "madrid", "spain", "big",
            "bigger", "small", "smaller", "tall", "taller", "cat", "dog", "tiger", "car", "Paris",
            "KING", "love", "sex", "money", "cash", "bank", "tokyo", "japan", "long", "longer",
            "cold", "colder", "lisbon", "portugal", "old", "older", "stock", "market"};
        Random random = new Random(20240611L);
        float[] gender = gaussian(random, 1.0f);
        float[] country = gaussian(random, 1.0f);
        float[] comparative = gaussian(random, 1.0f);
        List<String> list = List.of(words);
        float[] v = new float[words.length * DIM];
        for (int i = 0; i < words.length; i++) {
            float[] base = gaussian(random, 1.0f);
            System.arraycopy(base, 0, v, i * DIM, DIM);
        }
        // planted relations: second word = first word + offset + noise
        plant(v, list, gender, random, "man", "woman", "king", "queen", "boy", "girl", "father", "mother", "son", "daughter");
        plant(v, list, country, random, "paris", "france", "rome", "italy", "berlin", "germany", "madrid", "spain",
                "tokyo", "japan", "lisbon", "portugal");
        plant(v, list, comparative, random, "big", "bigger", "small", "smaller", "tall", "taller", "long", "longer",
                "cold", "colder", "old", "older");
        return new Embeddings(list, new long[words.length], DIM, v, new LinkedHashMap<>(), null);
    }

    private static void plant(float[] v, List<String> words, float[] offset, Random random, String... pairs) {
        for (int p = 0; p < pairs.length; p += 2) {
            int from = words.indexOf(pairs[p]);
            int to = words.indexOf(pairs[p + 1]);
            float[] noise = gaussian(random, 1.1f);
            for (int d = 0; d < DIM; d++) {
                v[to * DIM + d] = v[from * DIM + d] + offset[d] + noise[d];
            }
        }
    }

    private static float[] gaussian(Random random, float scale) {
        float[] g = new float[DIM];
        for (int d = 0; d < DIM; d++) {
            g[d] = (float) (random.nextGaussian() * scale);
        }
        return g;
    }

    public static final String PAIRS = String.join("\n",
            "# a comment line, skipped",
            "Word 1\tWord 2\tHuman (mean)",
            "love\tsex\t6.77",
            "tiger\tcat\t7.35",
            "tiger\ttiger\t10.00",
            "king\tqueen\t8.58",
            "KING\tman\t6.77",
            "money\tcash\t9.15",
            "bank\tmoney\t8.50",
            "stock\tmarket\t8.08",
            "paris\tfrance\t7.35",
            "tokyo\tjapan\t8.0",
            "car\tdog\t1.5",
            "boy\tgirl\t6.77",
            "father\tmother\t7.0",
            "son\tdaughter\t7.0",
            "cold\told\t2.0",
            "tall\tsmall\t3.1",
            "unicorn\tdog\t5.0",
            "planet\tsun\t8.0",
            "not a pair line",
            "big\tbigger\t7.9",
            "");

    public static final String QUESTIONS = String.join("\n",
            ": capitals",
            "paris france rome italy",
            "paris france berlin germany",
            "Rome Italy Madrid Spain",
            "berlin germany tokyo japan",
            "madrid spain paris france",
            "tokyo japan lisbon portugal",
            "london england paris france",
            ": family",
            "man woman king queen",
            "man woman boy girl",
            "king queen father mother",
            "boy girl son daughter",
            "father mother man woman",
            "son daughter king queen",
            "man woman uncle aunt",
            ": comparative",
            "big bigger small smaller",
            "small smaller tall taller",
            "tall taller long longer",
            "long longer cold colder",
            "big bigger old older",
            "");

    /** Writes vectors.txt (word2vec text), pairs.tsv and questions.txt into a directory. */
    public static void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        try (OutputStream out = Files.newOutputStream(dir.resolve("vectors.txt"))) {
            Word2VecFormat.writeText(vectors(), out);
        }
        Files.writeString(dir.resolve("pairs.tsv"), PAIRS, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("questions.txt"), QUESTIONS, StandardCharsets.UTF_8);
    }

    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]));
    }

    static List<String> lines(String text) {
        return new ArrayList<>(List.of(text.split("\n")));
    }
}
