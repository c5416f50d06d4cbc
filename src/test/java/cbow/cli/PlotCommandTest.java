package cbow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cbow.embed.Embeddings;
import cbow.embed.EmbeddingsJson;
import cbow.embed.TrainingHistory;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code cbow plot} in real processes (headless, as users run it): its files, warnings, errors and exit codes. */
class PlotCommandTest {
    @TempDir
    Path dir;

    private CliProcess.Result cbow(String... args) throws IOException, InterruptedException {
        return CliProcess.run(dir, null, args);
    }

    private Path embeddings(boolean withHistory) throws Exception {
        TrainingHistory history = null;
        if (withHistory) {
            history = new TrainingHistory();
            history.addStep(5, 1.5);
            history.addStep(10, 1.2);
            history.addEpoch(1.35);
        }
        float[] vectors = {1, 0, 0, 0.9f, 0.1f, 0, 0, 1, 0, 0, 0.8f, 0.3f};
        Embeddings e = new Embeddings(List.of("cat", "dog", "paris", "rome"), new long[] {4, 3, 2, 1}, 3,
                vectors, Map.of("dim", 3L), history);
        Path file = dir.resolve(withHistory ? "trained.json" : "bare.json");
        try (OutputStream out = Files.newOutputStream(file)) {
            EmbeddingsJson.write(e, out);
        }
        return file;
    }

    @Test
    void wordsWritesAPngAndWarnsAboutUnknownWords() throws Exception {
        Path json = embeddings(false);
        Path png = dir.resolve("map.png");
        CliProcess.Result run = cbow("plot", "words", png.toString(), "-e", json.toString(), "Cat", "dog", "zebra", "paris", "unicorn");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.err().contains("warning: not in the vocabulary of " + json + ", left out: zebra unicorn"), run.err());
        assertTrue(ImageIO.read(png.toFile()) != null, "not a readable PNG");
    }

    @Test
    void wordsWithTooFewKnownWordsFailsInOneLine() throws Exception {
        Path json = embeddings(false);
        Path png = dir.resolve("map.png");
        CliProcess.Result run = cbow("plot", "words", png.toString(), "-e", json.toString(), "cat", "zebra");
        assertEquals(1, run.exitCode());
        assertEquals("cbow plot words: " + json + ": a map needs 2 words of its vocabulary; not in it: zebra\n", run.err());
        assertFalse(Files.exists(png));
    }

    @Test
    void wordsTopAndNamedWordsAreExclusive() throws Exception {
        Path json = embeddings(false);
        CliProcess.Result both = cbow("plot", "words", dir.resolve("m.png").toString(), "-e", json.toString(), "--top", "3", "cat");
        assertEquals(2, both.exitCode());
        assertTrue(both.err().contains("not both"), both.err());
        CliProcess.Result top = cbow("plot", "words", dir.resolve("m.svg").toString(), "-e", json.toString(), "--top", "3");
        assertEquals(0, top.exitCode(), top.err());
        String svg = Files.readString(dir.resolve("m.svg"));
        assertTrue(svg.contains(">cat</text>") && svg.contains(">dog</text>") && svg.contains(">paris</text>"));
        assertFalse(svg.contains(">rome</text>"), "--top 3 placed the 4th word");
    }

    @Test
    void anImageNameWithoutPngOrSvgIsAUsageError() throws Exception {
        Path json = embeddings(true);
        CliProcess.Result run = cbow("plot", "loss", dir.resolve("loss.jpg").toString(), "-e", json.toString());
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("must end in .png or .svg"), run.err());
    }

    @Test
    void lossFromAFileWithHistory() throws Exception {
        Path png = dir.resolve("loss.png");
        CliProcess.Result run = cbow("plot", "loss", png.toString(), "-e", embeddings(true).toString());
        assertEquals(0, run.exitCode(), run.err());
        assertEquals(1000, ImageIO.read(png.toFile()).getWidth());
    }

    @Test
    void lossFromAFileWithoutHistoryFailsInOneLine() throws Exception {
        Path json = embeddings(false);
        Path png = dir.resolve("loss.png");
        CliProcess.Result run = cbow("plot", "loss", png.toString(), "-e", json.toString());
        assertEquals(1, run.exitCode());
        assertEquals("cbow plot loss: " + json + ": the file holds no training history (no \"training\".\"epoch_losses\")\n",
                run.err());
        assertFalse(Files.exists(png));
    }
}
