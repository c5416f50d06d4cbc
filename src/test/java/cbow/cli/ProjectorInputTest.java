package cbow.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cbow.api.WordEmbeddings;
import cbow.embed.Embeddings;
import cbow.embed.EmbeddingsJson;
import cbow.eval.EvalFixture;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The TensorFlow Embedding Projector's pair (vectors.tsv, metadata.tsv) as an input wherever
 * embeddings are read: by its directory or its vectors.tsv, recognised or named, on the command line
 * and in the library, with its counts; bad pairs fail with one line.
 */
class ProjectorInputTest {
    @TempDir
    Path dir;
    private String vectors;
    private Path projector;

    @BeforeEach
    void exportFixture() {
        try {
            EvalFixture.write(dir);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        vectors = dir.resolve("vectors.txt").toString();
        projector = dir.resolve("projector");
        CliRun export = cbow("export", "-e", vectors, "--format", "projector", "-o", projector.toString());
        assertEquals(0, export.exitCode(), export.err());
    }

    private static CliRun cbow(String... args) {
        return CliRun.inProcess(new byte[0], args);
    }

    @Test
    void queriesAnswerTheSameFromThePairAsFromTheFileItWasExportedFrom() {
        String expected = cbow("similar", "-e", vectors, "-k", "5", "king").out();
        assertTrue(expected.contains("\t"), expected);
        assertEquals(expected, cbow("similar", "-e", projector.toString(), "-k", "5", "king").out(), "by its directory");
        String tsv = projector.resolve("vectors.tsv").toString();
        assertEquals(expected, cbow("similar", "-e", tsv, "-k", "5", "king").out(), "by its vectors.tsv, recognised");
        assertEquals(expected, cbow("similar", "-e", tsv, "--input-format", "projector", "-k", "5", "king").out(), "named");
        String pairs = dir.resolve("pairs.tsv").toString();
        assertEquals(cbow("evaluate", "-e", vectors, "--pairs", pairs).out(),
                cbow("evaluate", "-e", projector.toString(), "--pairs", pairs).out().replace(projector.toString(), vectors));
    }

    @Test
    void exportFromThePairGivesTheSameNumbers() {
        CliRun fromText = cbow("export", "-e", vectors, "--format", "word2vec", "-o", "-");
        CliRun fromPair = cbow("export", "-e", projector.toString(), "--format", "word2vec", "-o", "-");
        assertEquals(0, fromPair.exitCode(), fromPair.err());
        assertEquals(fromText.out(), fromPair.out());
    }

    @Test
    void theLibraryLoadsThePair() throws IOException {
        WordEmbeddings fromText = WordEmbeddings.load(Path.of(vectors));
        WordEmbeddings fromPair = WordEmbeddings.load(projector);
        assertEquals(fromText.words(), fromPair.words());
        assertArrayEquals(fromText.vector("king"), fromPair.vector("king"));
        assertEquals(fromText.words(), WordEmbeddings.load(projector.resolve("vectors.tsv")).words());
    }

    @Test
    void countsComeFromTheCountColumnAndOneColumnMeansNoHeader() throws IOException {
        Path pair = dir.resolve("counted");
        Files.createDirectories(pair);
        Files.writeString(pair.resolve("vectors.tsv"), "1\t0\t0\n0.5\t0.5\t0\n0\t0\t2\n");
        Files.writeString(pair.resolve("metadata.tsv"), "Word\tPart\tCount\nsun\tnoun\t30\nshine\tverb\t20\nmoon\tnoun\t10\n");
        Path json = dir.resolve("counted.json");
        CliRun export = cbow("export", "-e", pair.toString(), "--format", "json", "-o", json.toString());
        assertEquals(0, export.exitCode(), export.err());
        Embeddings e;
        try (InputStream in = Files.newInputStream(json)) {
            e = EmbeddingsJson.read(in);
        }
        assertEquals(java.util.List.of("sun", "shine", "moon"), e.words());
        assertEquals(30, e.count(0));
        assertEquals(10, e.count(2));
        assertEquals(2f, e.vector(2)[2]);

        Files.writeString(pair.resolve("metadata.tsv"), "sun\nshine\nmoon\n"); // one column: no header
        CliRun similar = cbow("similar", "-e", pair.toString(), "-k", "1", "sun");
        assertEquals(0, similar.exitCode(), similar.err());
        assertEquals("shine\t0.7071\n", similar.out().replace(System.lineSeparator(), "\n"));
    }

    @Test
    void aBadPairFailsWithOneLine() throws IOException {
        Path alone = dir.resolve("alone");
        Files.createDirectories(alone);
        Files.writeString(alone.resolve("vectors.tsv"), "1\t0\n0\t1\n");
        assertFails(cbow("similar", "-e", alone.resolve("vectors.tsv").toString(), "x"), "no metadata.tsv beside it");

        Files.writeString(alone.resolve("metadata.tsv"), "x\n");
        assertFails(cbow("similar", "-e", alone.toString(), "x"), "more vectors than the 1 words of metadata.tsv");

        Files.writeString(alone.resolve("metadata.tsv"), "x\ny\nz\n");
        assertFails(cbow("similar", "-e", alone.toString(), "x"), "holds 2 vectors but metadata.tsv 3 words");

        Files.writeString(alone.resolve("metadata.tsv"), "x\ny\n");
        Files.writeString(alone.resolve("vectors.tsv"), "1\t0\n0\t1\t3\n");
        assertFails(cbow("similar", "-e", alone.toString(), "x"), "vectors.tsv line 2: more than 2 numbers");

        Files.writeString(alone.resolve("vectors.tsv"), "1\t0\n0\tone\n");
        assertFails(cbow("similar", "-e", alone.toString(), "x"), "vectors.tsv line 2: 'one' is not a number");

        Files.writeString(alone.resolve("vectors.tsv"), "1\t0\n0\t1\n");
        Files.writeString(alone.resolve("metadata.tsv"), "word\tcount\nx\t3\ny\tmany\n");
        assertFails(cbow("similar", "-e", alone.toString(), "x"), "metadata.tsv line 3: the count 'many'");

        Files.writeString(alone.resolve("metadata.tsv"), "x\nx\n");
        assertFails(cbow("similar", "-e", alone.toString(), "x"), "appears twice");

        Path empty = dir.resolve("empty");
        Files.createDirectories(empty);
        assertFails(cbow("similar", "-e", empty.toString(), "x"), "is a directory, not a file");
        Files.writeString(empty.resolve("metadata.tsv"), "x\n");
        assertFails(cbow("similar", "-e", empty.toString(), "x"), "no vectors.tsv");

        CliRun stdin = CliRun.inProcess("1\t0\n".getBytes(StandardCharsets.UTF_8), "similar", "-e", "-", "--input-format", "projector", "x");
        assertFails(stdin, "not standard input");
    }

    private static void assertFails(CliRun r, String message) {
        assertEquals(1, r.exitCode(), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains(message), r.err());
        assertEquals("", r.out());
    }
}
