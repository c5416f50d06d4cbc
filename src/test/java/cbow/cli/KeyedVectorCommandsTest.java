package cbow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cbow.embed.Embeddings;
import cbow.embed.EmbeddingsLoader;
import cbow.eval.EvalFixture;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * gensim's KeyedVectors operations on the command line (similarity, n-similarity, doesnt-match, rank,
 * closer-than, similar --restrict), analogy's stdin mode, evaluate's JSON output and the new export
 * formats, on the vectors of {@link EvalFixture}. The pinned figures are gensim 4.2's on the same file:
 * {@code KeyedVectors.load_word2vec_format("vectors.txt")}, then similarity("king", "queen"),
 * n_similarity(["king", "man"], ["queen", "woman"]), doesnt_match(["paris", "rome", "berlin", "cat"]),
 * rank("king", "cat"), len(closer_than("king", "cat")), most_similar("king", topn=3, restrict_vocab=10).
 */
class KeyedVectorCommandsTest {
    @TempDir
    Path dir;
    private String vectors;

    @BeforeEach
    void writeFixture() throws IOException {
        EvalFixture.write(dir);
        vectors = dir.resolve("vectors.txt").toString();
    }

    private static String out(CliRun r) {
        return r.out().replace(System.lineSeparator(), "\n");
    }

    private CliRun cbow(String stdin, String... args) {
        return CliRun.inProcess(stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    @Test
    void similarityOfTwoWordsAndOfPairsFromStandardInput() {
        CliRun one = cbow("", "similarity", "-e", vectors, "king", "queen");
        assertEquals(0, one.exitCode(), one.err());
        assertEquals("0.6974\n", out(one));
        CliRun pairs = cbow("king queen\n\nman\twoman\nking nosuchword\nthree words here\n", "similarity", "-e", vectors, "-");
        assertEquals(1, pairs.exitCode(), "a bad pair makes the exit code 1, the others are answered");
        assertEquals("king\tqueen\t0.6974\nman\twoman\t0.3983\n", out(pairs));
        assertEquals(2, pairs.err().lines().count(), pairs.err());
        assertTrue(pairs.err().contains("'nosuchword' is not in the vocabulary"), pairs.err());
        assertTrue(pairs.err().contains("line 5: expected two words, found 3"), pairs.err());
    }

    @Test
    void setSimilarityOddOneOutRankAndCloserThanAgreeWithGensim() {
        assertEquals("0.0509\n", out(cbow("", "n-similarity", "-e", vectors, "king man", "queen woman")));
        assertEquals("rome\n", out(cbow("", "doesnt-match", "-e", vectors, "paris", "rome", "berlin", "cat")));
        assertEquals("45\n", out(cbow("", "rank", "-e", vectors, "king", "cat")));
        assertEquals("1\n", out(cbow("", "rank", "-e", vectors, "king", "queen")));
        List<String> closer = out(cbow("", "closer-than", "-e", vectors, "king", "cat")).lines().toList();
        assertEquals(44, closer.size());
        assertTrue(closer.get(0).startsWith("queen\t0.6974"), closer.get(0));
        assertEquals("", out(cbow("", "closer-than", "-e", vectors, "king", "queen")));
        assertEquals("queen\t0.6974\nthe\t0.5070\nfather\t0.4443\n",
                out(cbow("", "similar", "-e", vectors, "-k", "3", "--restrict", "10", "king")));
    }

    @Test
    void doesntMatchScoresAreCosinesToTheMeanOfUnitVectors() throws IOException {
        List<String> lines = out(cbow("", "doesnt-match", "--scores", "-e", vectors, "paris", "rome", "berlin", "cat"))
                .lines().toList();
        assertEquals(4, lines.size());
        Embeddings e = load();
        double[] mean = new double[e.dim()];
        String[] words = {"paris", "rome", "berlin", "cat"};
        for (String w : words) {
            double[] u = unit(e, w);
            for (int d = 0; d < mean.length; d++) {
                mean[d] += u[d];
            }
        }
        double norm = Math.sqrt(dot(mean, mean));
        for (String line : lines) {
            String[] f = line.split("\t");
            assertEquals(dot(unit(e, f[0]), mean) / norm, Double.parseDouble(f[1]), 1e-4, line);
        }
        assertTrue(lines.get(0).startsWith("rome\t"));
    }

    @Test
    void analogyReadsQuestionsFromStandardInputInOneProcess() {
        CliRun single = cbow("", "analogy", "-e", vectors, "-k", "2", "man", "king", "woman");
        CliRun many = cbow("man king woman\nfrance paris italy\nman king\n", "analogy", "-e", vectors, "-k", "2", "--format", "jsonl", "-");
        assertEquals(1, many.exitCode(), "a malformed question: exit 1 at the end");
        List<String> lines = out(many).lines().toList();
        assertEquals(3, lines.size(), out(many));
        assertTrue(lines.get(0).startsWith("{\"query\":\"man : king :: woman : ?\",\"neighbours\":[{\"word\":\""
                + out(single).lines().findFirst().orElseThrow().split("\t")[0]), lines.get(0));
        assertTrue(lines.get(2).contains("\"error\""), lines.get(2));
        assertTrue(many.err().contains("line 3: expected three words A B C, found 2"), many.err());
    }

    @Test
    void evaluateWritesEveryQuestionAndTheFiguresAsJson() throws IOException {
        String pairs = dir.resolve("pairs.tsv").toString();
        String questions = dir.resolve("questions.txt").toString();
        CliRun text = cbow("", "evaluate", "-e", vectors, "--pairs", pairs, "--analogies", questions, "--restrict", "40");
        CliRun json = cbow("", "evaluate", "-e", vectors, "--pairs", pairs, "--analogies", questions, "--restrict", "40",
                "--format", "json");
        assertEquals(0, json.exitCode(), json.err());
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        JsonNode figures = mapper.readTree(json.out());
        String spearman = String.format(java.util.Locale.ROOT, "spearman\t%.4f", figures.get("pairs").get("spearman").asDouble());
        assertTrue(out(text).contains(spearman + "\n"), out(text));
        JsonNode total = figures.get("analogies").get("total");
        assertTrue(out(text).contains("total\t" + String.format(java.util.Locale.ROOT, "%.4f\t%d/%d",
                total.get("accuracy").asDouble(), total.get("correct").asInt(), total.get("answered").asInt())), out(text));

        CliRun jsonl = cbow("", "evaluate", "-e", vectors, "--analogies", questions, "--restrict", "40", "--format", "jsonl");
        List<String> lines = out(jsonl).lines().toList();
        JsonNode summary = mapper.readTree(lines.get(lines.size() - 1)).get("summary");
        assertEquals(total, summary.get("analogies").get("total"));
        int correct = 0;
        for (String line : lines.subList(0, lines.size() - 1)) {
            JsonNode q = mapper.readTree(line);
            boolean right = q.get("expected").asText().equalsIgnoreCase(q.get("answer").asText());
            assertEquals(right, q.get("correct").asBoolean(), line);
            correct += right ? 1 : 0;
        }
        assertEquals(total.get("answered").asInt(), lines.size() - 1, "one line per question answered");
        assertEquals(total.get("correct").asInt(), correct);
    }

    @Test
    void evaluateJsonlListsEveryPairWithItsCosineOrWhyItWasSkipped() throws IOException {
        String pairs = dir.resolve("pairs.tsv").toString();
        CliRun jsonl = cbow("", "evaluate", "-e", vectors, "--pairs", pairs, "--format", "jsonl");
        assertEquals(0, jsonl.exitCode(), jsonl.err());
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        List<String> lines = out(jsonl).lines().toList();
        JsonNode summary = mapper.readTree(lines.get(lines.size() - 1)).get("summary").get("pairs");
        List<String> pairLines = lines.subList(0, lines.size() - 1);
        assertEquals(summary.get("pairs").asInt(), pairLines.size(), "one line per pair of the file");
        List<double[]> used = new java.util.ArrayList<>();
        int skipped = 0;
        for (String line : pairLines) {
            JsonNode p = mapper.readTree(line);
            String first = p.get("first").asText();
            String second = p.get("second").asText();
            if (p.has("skipped")) {
                skipped++;
                assertTrue(p.get("skipped").asText().contains("not in the vocabulary"), line);
                assertTrue(!p.has("cosine"), line);
                continue;
            }
            if (first.equals(first.toLowerCase(java.util.Locale.ROOT)) && second.equals(second.toLowerCase(java.util.Locale.ROOT))) {
                // the cosine is the one cbow similarity prints for the pair (evaluate folds case as gensim
                // does, choosing among the file's spellings: compared for lowercase pairs only)
                CliRun one = cbow("", "similarity", "-e", vectors, first, second);
                assertEquals(out(one).strip(), String.format(java.util.Locale.US, "%.4f", p.get("cosine").asDouble()), line);
            }
            used.add(new double[] {p.get("human").asDouble(), p.get("cosine").asDouble()});
        }
        assertTrue(skipped > 0 && out(jsonl).contains("\"first\":\"unicorn\""), "the pair with an unknown word is listed");
        assertEquals(summary.get("skipped").asInt(), skipped);
        assertEquals(summary.get("used").asInt(), used.size());
        // Pearson's r over the listed pairs, computed here, is the summary's
        double mx = used.stream().mapToDouble(u -> u[0]).average().orElseThrow();
        double my = used.stream().mapToDouble(u -> u[1]).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (double[] u : used) {
            sxy += (u[0] - mx) * (u[1] - my);
            sxx += (u[0] - mx) * (u[0] - mx);
            syy += (u[1] - my) * (u[1] - my);
        }
        assertEquals(summary.get("pearson").asDouble(), sxy / Math.sqrt(sxx * syy), 1e-12);
    }

    @Test
    void exportsGloveProjectorAndUnitVectors() throws IOException {
        Path glove = dir.resolve("v.glove");
        assertEquals(0, cbow("", "export", "-e", vectors, "--format", "glove", "--normalize", "-o", glove.toString()).exitCode());
        Embeddings unit;
        try (InputStream in = Files.newInputStream(glove)) {
            unit = EmbeddingsLoader.load(in, null);
        }
        Embeddings raw = load();
        assertEquals(raw.words(), unit.words());
        for (int i = 0; i < raw.size(); i++) {
            double[] expected = unit(raw, raw.word(i));
            for (int d = 0; d < raw.dim(); d++) {
                assertEquals(expected[d], unit.vectors()[i * raw.dim() + d], 1e-6);
            }
        }
        Path projector = dir.resolve("projector");
        CliRun p = cbow("", "export", "-e", vectors, "--format", "projector", "-o", projector.toString());
        assertEquals(0, p.exitCode(), p.err());
        List<String> metadata = Files.readAllLines(projector.resolve("metadata.tsv"));
        List<String> rows = Files.readAllLines(projector.resolve("vectors.tsv"));
        assertEquals("word\tcount", metadata.get(0));
        assertEquals("the\t0", metadata.get(1));
        assertEquals(raw.size() + 1, metadata.size());
        assertEquals(raw.size(), rows.size());
        String[] first = rows.get(0).split("\t");
        assertEquals(raw.dim(), first.length);
        assertEquals(raw.vectors()[0], Float.parseFloat(first[0]));
        CliRun toStdout = cbow("", "export", "-e", vectors, "--format", "projector", "-o", "-");
        assertEquals(2, toStdout.exitCode());
        assertEquals(1, toStdout.err().lines().count(), toStdout.err());
    }

    private Embeddings load() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of(vectors))) {
            return EmbeddingsLoader.load(in, null);
        }
    }

    private static double[] unit(Embeddings e, String word) {
        float[] v = e.vector(e.id(word));
        double[] u = new double[v.length];
        double norm = 0;
        for (float x : v) {
            norm += (double) x * x;
        }
        for (int d = 0; d < v.length; d++) {
            u[d] = v[d] / Math.sqrt(norm);
        }
        return u;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int d = 0; d < a.length; d++) {
            s += a[d] * b[d];
        }
        return s;
    }
}
