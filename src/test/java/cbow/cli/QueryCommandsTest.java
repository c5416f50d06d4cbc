package cbow.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cbow.embed.Embeddings;
import cbow.embed.EmbeddingsJson;
import cbow.embed.EmbeddingsLoader;
import cbow.eval.EvalFixture;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** similar, analogy, evaluate and export, run in-process on the files of {@link EvalFixture}. */
class QueryCommandsTest {
    @TempDir
    Path dir;
    private Path vectors;

    /** What one run printed and returned. */
    private record Run(int exit, String out, String err) {
    }

    @BeforeEach
    void writeFixture() throws IOException {
        EvalFixture.write(dir);
        vectors = dir.resolve("vectors.txt");
    }

    private static Run run(String stdin, String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        InputStream in = System.in;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            int exit = Main.run(args);
            return new Run(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
            System.setIn(in);
        }
    }

    // gensim's answers on these vectors (KeyedVectors.load_word2vec_format("vectors.txt")):
    // most_similar("king", topn=3), most_similar(positive=["woman", "king"], negative=["man"], topn=3),
    // most_similar_cosmul(same), most_similar(positive=["paris", "italy"], negative=["france"], topn=3)
    @Test
    void similarKeepsItsTextFormatAndMatchesGensim() {
        Run r = run("", "similar", "-e", vectors.toString(), "-k", "3", "king");
        assertEquals(0, r.exit(), r.err());
        assertEquals("queen\t0.6974\ntiger\t0.6451\nsmall\t0.6304\n", r.out().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void similarTakesExpressionsAndSeveralQueries() {
        Run expression = run("", "similar", "-e", vectors.toString(), "-k", "1", "paris", "-", "france", "+", "italy");
        assertEquals("rome\t0.6762\n", expression.out().replace(System.lineSeparator(), "\n"));
        Run several = run("", "similar", "-e", vectors.toString(), "-k", "1", "king", "woman + king - man");
        assertEquals("# king\nqueen\t0.6974\n\n# woman + king - man\nqueen\t0.8970\n",
                several.out().replace(System.lineSeparator(), "\n"));
        // the file holds both "king" and "KING": a query matches its exact case first (gensim: most_similar("KING"))
        Run tsv = run("", "similar", "-e", vectors.toString(), "-k", "2", "--format", "tsv", "KING");
        assertEquals("query\trank\tword\tsimilarity\nKING\t1\tportugal\t0.649934\nKING\t2\tlisbon\t0.596686\n",
                tsv.out().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void similarReadsQueriesFromStandardInputAndGoesOnAfterABadOne() {
        Run r = run("king\nunicorn\n\nparis -france +italy\n", "similar", "-e", vectors.toString(), "-k", "1", "--format", "jsonl", "-");
        String[] lines = r.out().split("\\R");
        assertEquals(3, lines.length, r.out());
        assertEquals("{\"query\":\"king\",\"neighbours\":[{\"word\":\"queen\",\"similarity\":0.697378}]}", lines[0]);
        assertTrue(lines[1].startsWith("{\"query\":\"unicorn\",\"error\":\"'unicorn' is not in the vocabulary of "), lines[1]);
        assertEquals("{\"query\":\"paris -france +italy\",\"neighbours\":[{\"word\":\"rome\",\"similarity\":0.676169}]}", lines[2]);
        assertEquals(1, r.exit());
        assertEquals(1, r.err().split("\\R").length, r.err());
    }

    @Test
    void analogyByBothMethodsMatchesGensim() {
        Run add = run("", "analogy", "-e", vectors.toString(), "-k", "3", "man", "woman", "king");
        assertEquals("queen\t0.8970\nbigger\t0.4991\ncold\t0.4612\n", add.out().replace(System.lineSeparator(), "\n"));
        Run mul = run("", "analogy", "-e", vectors.toString(), "-k", "3", "--method", "3cosmul", "man", "woman", "king");
        assertEquals("queen\t2.6000\ncold\t1.4864\nmother\t1.2886\n", mul.out().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void unknownWordsAndCorruptFilesAreOneLineAndExitOne() throws IOException {
        Run unknown = run("", "analogy", "-e", vectors.toString(), "man", "woman", "unicorn");
        assertEquals(1, unknown.exit());
        assertEquals("cbow analogy: 'unicorn' is not in the vocabulary of " + vectors + " (48 words)",
                unknown.err().strip());
        Path corrupt = dir.resolve("corrupt.vec");
        Files.writeString(corrupt, "3 2\na 1 2\nb 1\n");
        Run bad = run("", "similar", "-e", corrupt.toString(), "a");
        assertEquals(1, bad.exit());
        assertEquals("cbow similar: " + corrupt + ": line 3: the vector of 'b' has 1 numbers, not 2", bad.err().strip());
        Run usage = run("", "similar", "-e", vectors.toString(), "--input-format", "xml", "king");
        assertEquals(2, usage.exit());
    }

    @Test
    void evaluatePrintsGensimsFigures() {
        Run r = run("", "evaluate", "-e", vectors.toString(), "--pairs", dir.resolve("pairs.tsv").toString(),
                "--analogies", dir.resolve("questions.txt").toString(), "--restrict", "40");
        assertEquals(0, r.exit(), r.err());
        String out = r.out().replace(System.lineSeparator(), "\n");
        assertTrue(out.contains("spearman\t0.2817\npearson\t0.2849\npairs used\t17 of 19 (2 skipped for unknown words: 10.5%)"), out);
        assertTrue(out.contains("capitals\t0.6000\t3/5\nfamily\t0.5000\t3/6\ncomparative\t0.0000\t0/3\ntotal\t0.4286\t6/14\n"), out);
        assertTrue(out.contains("questions used\t14 of 19 (5 skipped for unknown words: 26.3%)"), out);
    }

    @Test
    void exportRoundTripsThroughEveryFormat() throws IOException {
        Embeddings original = EvalFixture.vectors();
        Path json = dir.resolve("start.json");
        try (OutputStream out = Files.newOutputStream(json)) {
            EmbeddingsJson.write(original, out);
        }
        Path text = dir.resolve("a.txt");
        Path binary = dir.resolve("b.bin");
        Path back = dir.resolve("back.json");
        assertEquals(0, run("", "export", "-e", json.toString(), "--format", "word2vec", "-o", text.toString()).exit());
        assertEquals(0, run("", "export", "-e", text.toString(), "--format", "word2vec-binary", "-o", binary.toString()).exit());
        assertEquals(0, run("", "export", "-e", binary.toString(), "--input-format", "word2vec-binary",
                "--format", "json", "-o", back.toString()).exit());
        Embeddings result;
        try (InputStream in = Files.newInputStream(back)) {
            result = EmbeddingsLoader.load(in, null);
        }
        assertEquals(original.words(), result.words());
        assertArrayEquals(original.vectors(), result.vectors());
        Run stdout = run("", "export", "-e", json.toString(), "--format", "word2vec", "-o", "-");
        assertEquals(Files.readString(text), stdout.out());
    }
}
