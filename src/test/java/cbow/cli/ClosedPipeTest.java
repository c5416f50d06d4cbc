package cbow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cbow export ... -o - | head -1}: the reader closes the pipe early. cbow must stop without an
 * error line (the user asked for less, nothing went wrong) but exit 141, as a shell reports a
 * process killed by SIGPIPE, so that {@code set -o pipefail} scripts still see the cut.
 */
class ClosedPipeTest {
    @TempDir
    Path dir;

    @Test
    void aClosedPipeEndsTheCommandQuietlyWithExitCode141() throws IOException, InterruptedException {
        Path vectors = dir.resolve("big.txt");
        try (Writer w = Files.newBufferedWriter(vectors, StandardCharsets.UTF_8)) {
            // ~1.5 MB of text: far more than a pipe's buffer, so writing must meet the closed end
            w.write("3000 50\n");
            for (int i = 0; i < 3000; i++) {
                StringBuilder line = new StringBuilder("word" + i);
                for (int k = 0; k < 50; k++) {
                    line.append(String.format(Locale.ROOT, " %.6f", Math.sin(i * 50 + k)));
                }
                w.write(line.append('\n').toString());
            }
        }
        Process p = CliProcess.start(dir, "export", "-e", vectors.toString(), "--format", "word2vec", "-o", "-");
        p.getOutputStream().close();
        byte[] first = p.getInputStream().readNBytes(10); // read a little, then hang up, as head does
        p.getInputStream().close();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "cbow finished");
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals("3000 50\nwo", new String(first, StandardCharsets.UTF_8), "the start of the output came through");
        assertEquals("", err.replaceAll("(?m)^WARNING: Using incubator modules.*\\R", ""), "no error line");
        assertEquals(Main.EXIT_PIPE_CLOSED, p.exitValue(), "exit code");
    }
}
