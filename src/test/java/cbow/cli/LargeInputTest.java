package cbow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cbow.embed.Embeddings;
import cbow.embed.EmbeddingsJson;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs at the edge of size: a 100 MB line in a 256 MB heap, a million distinct words. */
class LargeInputTest {
    @TempDir
    Path dir;

    @Test
    void aLineOf100MegabytesTrainsInA256MegabyteHeap() throws Exception {
        // 17.8 M tokens drawn uniformly from 10,000 words, one line, no line end until the last byte.
        // The id stream (4 bytes a token) is what must fit; --max-vocab 20 keeps training short.
        Path corpus = dir.resolve("line.txt");
        long size = 100L << 20;
        SplittableRandom random = new SplittableRandom(1);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(corpus), 1 << 20)) {
            long written = 0;
            while (written < size) {
                byte[] word = ("w" + random.nextInt(10_000) + " ").getBytes(StandardCharsets.US_ASCII);
                out.write(word);
                written += word.length;
            }
            out.write('\n');
        }
        assertEquals(1, countLines(corpus));
        Path output = dir.resolve("line.json");
        CliRun run = CliRun.child(List.of("-Xmx256m"), 120, "train", corpus.toString(), "-o", output.toString(),
                "--max-vocab", "20", "--dim", "8", "--epochs", "1", "--batch-size", "256");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(run.err().matches("(?s)counting the words of 1 file \\(10\\d MB\\)\\.\\.\\.\nread 17,\\d{3},\\d{3} tokens, 10,000 distinct; vocabulary 20 words[^\n]*\nencoding 1 file.*"), run::toString);
        try (InputStream in = Files.newInputStream(output)) {
            Embeddings e = EmbeddingsJson.read(in);
            assertEquals(20, e.size());
            assertEquals(8, e.dim());
        }
    }

    private static long countLines(Path file) throws IOException {
        long lines = 0;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 20];
            int n;
            while ((n = in.read(buffer)) > 0) {
                for (int i = 0; i < n; i++) {
                    lines += buffer[i] == '\n' ? 1 : 0;
                }
            }
        }
        return lines;
    }

    @Test
    void aMillionDistinctWordsAreCutToMaxVocab() throws Exception {
        Path corpus = dir.resolve("million.txt");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(corpus), 1 << 20)) {
            for (int i = 0; i < 1_000_000; i++) {
                // every line: two of 100 common words around one word seen nowhere else
                String line = "c" + (i % 100) + " u" + Integer.toString(i, 36) + " c" + (i * 7 % 100) + "\n";
                out.write(line.getBytes(StandardCharsets.US_ASCII));
            }
        }
        Path output = dir.resolve("million.json");
        CliRun run = CliRun.inProcess("train", corpus.toString(), "-o", output.toString(), "--min-count", "1",
                "--max-vocab", "50", "--dim", "4", "--epochs", "1", "--batch-size", "1024");
        assertEquals(0, run.exitCode(), run::toString);
        // with --max-vocab 50 the counter holds at most 262,144 words (the least default bound): the
        // million words seen once are pruned, the 100 common ones are not
        assertTrue(run.err().contains("read 3,000,000 tokens, more than 262,144 distinct; vocabulary 50 words (min-count 1, max-vocab 50)"),
                run::toString);
        assertTrue(run.err().contains("words seen at most 1 times were pruned"), run::toString);
        try (InputStream in = Files.newInputStream(output)) {
            Embeddings e = EmbeddingsJson.read(in);
            assertEquals(50, e.size());
            assertTrue(e.words().stream().allMatch(w -> w.startsWith("c")), "the 50 kept are common words");
        }
    }
}
