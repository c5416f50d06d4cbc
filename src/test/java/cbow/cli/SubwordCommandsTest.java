package cbow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The subword model from the command line: training, queries on unseen words, print-vectors, and bad input. */
class SubwordCommandsTest {
    @TempDir
    static Path dir;
    static String json;
    static String model;

    @BeforeAll
    static void train() {
        json = dir.resolve("planted.json").toString();
        model = dir.resolve("planted.model").toString();
        CliRun r = CliRun.inProcess("train", "data/planted.txt", "-o", json, "--loss", "ns", "--subwords", "4-6",
                "--buckets", "5000", "--dim", "20", "--epochs", "3", "--threads", "1", "-q");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(Files.isRegularFile(Path.of(model)), "the model goes beside the JSON");
    }

    private static String[] lines(String text) {
        return text.strip().split("\\R");
    }

    @Test
    void aLongRunKeepsTheInputVectorsWithSubwordsOnly() throws IOException {
        // ns writes the average from alpha x epochs 0.75 on; with subwords unseen words are built from
        // input rows, so the words' vectors must stay input vectors too
        String[] common = {"data/planted.txt", "--loss", "ns", "--dim", "10", "--epochs", "10", "--threads", "1", "-q"};
        Path withSubwords = dir.resolve("long-subwords.json");
        Path plain = dir.resolve("long.json");
        assertEquals(0, CliRun.inProcess(concat(new String[] {"train", "-o", withSubwords.toString(), "--subwords", "4-6",
                "--buckets", "1000"}, common)).exitCode());
        assertEquals(0, CliRun.inProcess(concat(new String[] {"train", "-o", plain.toString()}, common)).exitCode());
        assertTrue(Files.readString(withSubwords).contains("\"vectors_from\":\"input\""));
        assertTrue(Files.readString(plain).contains("\"vectors_from\":\"average\""));
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void similarBuildsUnseenWordsAndSaysSo() {
        CliRun r = CliRun.inProcess("similar", "-e", model, "-k", "3", "horses");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(3, lines(r.out()).length, r.out());
        assertEquals("cbow similar: 'horses' is not in the vocabulary: its vector is built from its character n-grams",
                r.err().strip());
        CliRun known = CliRun.inProcess("similar", "-e", model, "-k", "3", "horse");
        assertEquals("", known.err());
        CliRun expression = CliRun.inProcess("similar", "-e", model, "-k", "2", "horses - cat + dog");
        assertEquals(0, expression.exitCode(), expression.err());
        assertEquals(2, lines(expression.out()).length);
    }

    @Test
    void wordsWithoutNgramsAndPlainFilesFailInOneLine() {
        CliRun tooShort = CliRun.inProcess("similar", "-e", model, "x"); // <x> is 3 characters, the n-grams 4-6
        assertEquals(1, tooShort.exitCode());
        assertEquals(1, lines(tooShort.err()).length, tooShort.err());
        assertTrue(tooShort.err().contains("'x' is not in the vocabulary of " + model) && tooShort.err().contains("4-6"), tooShort.err());
        CliRun plain = CliRun.inProcess("similar", "-e", json, "horses"); // the JSON holds words only
        assertEquals(1, plain.exitCode());
        assertFalse(plain.err().contains("n-grams"), plain.err());
    }

    @Test
    void analogyTakesUnseenWords() {
        CliRun r = CliRun.inProcess("analogy", "-e", model, "-k", "2", "cat", "cats", "dog");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(2, lines(r.out()).length, r.out());
        assertTrue(r.err().contains("'cats' is not in the vocabulary"), r.err());
    }

    @Test
    void printVectorsPrintsKnownAndUnseenWords() {
        CliRun r = CliRun.inProcess("cat horses\nx\n".getBytes(StandardCharsets.UTF_8), "print-vectors", "-e", model);
        assertEquals(1, r.exitCode(), "x has no vector");
        String[] out = lines(r.out());
        assertEquals(2, out.length, r.out());
        assertTrue(out[0].startsWith("cat ") && out[1].startsWith("horses "));
        assertEquals(21, out[1].split(" ").length);
        assertEquals(1, lines(r.err()).length, r.err());
        CliRun args = CliRun.inProcess("print-vectors", "-e", model, "horses");
        assertEquals(out[1], args.out().strip(), "the same vector from the arguments");
        CliRun json2 = CliRun.inProcess("print-vectors", "-e", json, "cat");
        assertEquals(out[0], json2.out().strip(), "a known word's vector is the one the JSON holds");
    }

    @Test
    void evaluateUsesBuiltVectors() throws IOException {
        Path pairs = dir.resolve("pairs.tsv");
        Files.writeString(pairs, "cat\tdog\t9\nhorses\tcow\t8\ncat\tapple\t1\nred\tblue\t7\nx\tcat\t3\n");
        CliRun r = CliRun.inProcess("evaluate", "-e", model, "--pairs", pairs.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("pairs used\t4 of 5 (1 skipped"), r.out());
        assertTrue(r.out().contains("pairs with built vectors\t1"), r.out());
        CliRun plain = CliRun.inProcess("evaluate", "-e", json, "--pairs", pairs.toString());
        assertTrue(plain.out().contains("pairs used\t3 of 5 (2 skipped"), plain.out());
    }

    @Test
    void exportAddsWords() throws IOException {
        Path words = dir.resolve("words.txt");
        Files.writeString(words, "horses cat Kittens\nx\n");
        Path out = dir.resolve("with-added.txt");
        CliRun r = CliRun.inProcess("export", "-e", model, "--format", "word2vec", "--add-words", words.toString(), "-o", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        java.util.List<String> written = Files.readAllLines(out);
        int vocabulary = Integer.parseInt(written.get(0).split(" ")[0]);
        assertTrue(written.get(written.size() - 2).startsWith("horses ") && written.get(written.size() - 1).startsWith("kittens "));
        assertEquals(vocabulary + 1, written.size());
        assertTrue(r.err().contains("added 2 words") && r.err().contains("1 words have no n-grams"), r.err());
        CliRun plain = CliRun.inProcess("export", "-e", json, "--format", "word2vec", "--add-words", words.toString(),
                "-o", dir.resolve("never.txt").toString());
        assertEquals(1, plain.exitCode());
        assertFalse(Files.exists(dir.resolve("never.txt")));
    }

    @Test
    void trainRefusesMisplacedSubwordOptions() {
        String[][] usages = {
            {"train", "data/planted.txt", "--subwords", "3-6"},                            // softmax
            {"train", "data/planted.txt", "--loss", "ns", "--subwords", "6-3"},
            {"train", "data/planted.txt", "--loss", "ns", "--subwords", "three"},
            {"train", "data/planted.txt", "--loss", "ns", "--subwords", "3-6", "--buckets", "0"},
            {"train", "data/planted.txt", "--loss", "ns", "--buckets", "10"},              // without --subwords
            {"train", "data/planted.txt", "--loss", "ns", "--subwords", "3-6", "-o", "-"},  // where would the model go?
            {"phrases", "data/planted.txt", "--min-count", "0"},
            {"phrases", "data/planted.txt", "--passes", "0"},
        };
        for (String[] args : usages) {
            CliRun r = CliRun.inProcess(args);
            assertEquals(2, r.exitCode(), String.join(" ", args) + ": " + r.err());
            assertEquals(1, lines(r.err()).length, r.err());
        }
    }

    @Test
    void aDamagedModelIsOneLine() throws IOException {
        byte[] bytes = Files.readAllBytes(Path.of(model));
        Path cut = dir.resolve("cut.model");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        CliRun r = CliRun.inProcess("similar", "-e", cut.toString(), "cat");
        assertEquals(1, r.exitCode());
        assertEquals(1, lines(r.err()).length, r.err());
        assertTrue(r.err().contains("truncated"), r.err());
    }

    @Test
    void phrasesJoinsPairsIntoAFileWholeOrNotAtAll() throws IOException {
        Path out = dir.resolve("phrases.txt");
        CliRun r = CliRun.inProcess("phrases", "data/planted.txt", "--threshold", "5", "-o", out.toString());
        assertEquals(0, r.exitCode(), r.err());
        String text = Files.readString(out);
        assertTrue(text.contains("ripe_fruit") || text.contains("_"), text.substring(0, 200));
        assertEquals(Files.readAllLines(Path.of("data/planted.txt")).size(), lines(text).length);
        CliRun missing = CliRun.inProcess("phrases", dir.resolve("nothing.txt").toString(), "-o", dir.resolve("p2.txt").toString());
        assertEquals(1, missing.exitCode());
        assertFalse(Files.exists(dir.resolve("p2.txt")));
    }
}
