package cbow.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cbow.synthetic.PlantedCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands as a user runs them: real processes, exit codes, standard output and error. */
class EndToEndTest {
    @TempDir
    static Path dir;
    static Path embeddings;

    @BeforeAll
    static void trainOnTheShippedCorpus() throws Exception {
        Path corpus = CliProcess.projectDir().resolve("data/planted.txt");
        assertTrue(Files.exists(corpus), "the repository ships data/planted.txt");
        embeddings = dir.resolve("emb.json");
        CliProcess.Result r = CliProcess.run(dir, null, "train", corpus.toString(), "-o", embeddings.toString());
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("", r.out(), "results go to the file, nothing to standard output");
        assertTrue(r.err().contains("epoch 10/10"), r.err()); // the default for softmax
        assertTrue(Files.size(embeddings) > 0);
    }

    @Test
    void similarShowsNeighboursFromThePlantedGroup() throws Exception {
        CliProcess.Result r = CliProcess.run(dir, null, "similar", "cat", "-e", embeddings.toString(), "-k", "5");
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(5, lines.size());
        String[] first = lines.get(0).split("\t");
        assertEquals("ANIMAL", PlantedCorpus.groupOf(first[0]), r.out());
        double previous = 1.0;
        for (String line : lines) {
            double similarity = Double.parseDouble(line.split("\t")[1]);
            assertTrue(similarity <= previous + 1e-9, "sorted by similarity: " + r.out());
            previous = similarity;
        }
        assertEquals("", r.err());
    }

    @Test
    void standardInputToStandardOutput() throws Exception {
        byte[] text = (String.join("\n", PlantedCorpus.generate(2, 300)) + "\n").getBytes(StandardCharsets.UTF_8);
        CliProcess.Result r = CliProcess.run(dir, text, "train", "-", "-o", "-", "--epochs", "1", "--dim", "8", "-q");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith("{\"format\":\"cbow-embeddings\""), r.out().substring(0, 60));
        assertEquals("", r.err(), "--quiet");
    }

    @Test
    void unknownWordIsOneLineAndExitOne() throws Exception {
        CliProcess.Result r = CliProcess.run(dir, null, "similar", "zyzzyva", "-e", embeddings.toString());
        assertEquals(1, r.exitCode());
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.err().contains("'zyzzyva' is not in the vocabulary"), r.err());
        assertEquals("", r.out());
    }

    @Test
    void missingAndCorruptEmbeddingsFilesAreOneLineAndExitOne() throws Exception {
        CliProcess.Result missing = CliProcess.run(dir, null, "similar", "cat", "-e", dir.resolve("nope.json").toString());
        assertEquals(1, missing.exitCode());
        assertEquals(List.of("cbow similar: " + dir.resolve("nope.json") + ": no such file"), missing.errLines());

        Path truncated = dir.resolve("truncated.json");
        byte[] whole = Files.readAllBytes(embeddings);
        Files.write(truncated, Arrays.copyOf(whole, whole.length / 3));
        CliProcess.Result corrupt = CliProcess.run(dir, null, "similar", "cat", "-e", truncated.toString());
        assertEquals(1, corrupt.exitCode());
        assertEquals(1, corrupt.errLines().size(), corrupt.err());
        assertTrue(corrupt.err().contains("truncated"), corrupt.err());
    }

    @Test
    void usageErrorsExitTwoWithOneLine() throws Exception {
        for (String[] args : new String[][] {
            {"train", "x.txt", "--dim", "0"}, {"train", "x.txt", "--alpha", "NaN"}, {"train", "x.txt", "--alpha", "-1"},
            {"train"}, {"train", "x.txt", "--bogus"}, {"train", "x.txt", "--loss", "bogus"},
            {"train", "x.txt", "--vectors", "sideways"}, {"similar", "cat", "-k", "0"}, {"frobnicate"}}) {
            CliProcess.Result r = CliProcess.run(dir, null, args);
            assertEquals(2, r.exitCode(), String.join(" ", args) + ": " + r.err());
            assertEquals(1, r.errLines().size(), String.join(" ", args) + ": " + r.err());
        }
    }

    @Test
    void aMissingCorpusOrADivergingRunWritesNothingAndKeepsTheOldFile() throws Exception {
        Path out = dir.resolve("keep.json");
        Files.writeString(out, "earlier results");
        CliProcess.Result missing = CliProcess.run(dir, null, "train", "no-such.txt", "-o", out.toString());
        assertEquals(1, missing.exitCode());
        assertEquals(List.of("cbow train: no-such.txt: no such file"), missing.errLines());

        Path corpus = CliProcess.projectDir().resolve("data/planted.txt");
        CliProcess.Result diverged = CliProcess.run(dir, null, "train", corpus.toString(), "-o", out.toString(),
                "--alpha", "1e9", "-q");
        assertEquals(1, diverged.exitCode(), diverged.err());
        assertTrue(diverged.err().contains("diverged"), diverged.err());
        assertEquals(1, diverged.errLines().size(), diverged.err());
        assertArrayEquals("earlier results".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(out));
        try (Stream<Path> files = Files.list(dir)) {
            assertFalse(files.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left");
        }
    }
}
