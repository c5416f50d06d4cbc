package cbow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cbow.embed.Embeddings;
import cbow.embed.EmbeddingsJson;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The race of the issue, with real processes: a query parses embeddings.json while another file is
 * renamed over it (as {@code train -o} and {@code export -o} finish). The query may answer from the
 * file it opened, but every later query must answer from the new file, not from a cache entry of
 * the old vectors filed under the new file's stamp.
 */
class CacheRaceTest {
    private static final int WORDS = 25_000;
    private static final int DIM = 100;

    @TempDir
    Path dir;

    /** Random vectors, except that w0's nearest neighbour is {@code twin}: about 25 MB of JSON. */
    private static void write(Path file, int twin, long seed) throws IOException {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < WORDS; i++) {
            words.add("w" + i);
        }
        float[] v = new float[WORDS * DIM];
        Random random = new Random(seed);
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) random.nextGaussian();
        }
        for (int k = 0; k < DIM; k++) {
            v[twin * DIM + k] = v[k] + 0.01f * (float) random.nextGaussian();
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            EmbeddingsJson.write(new Embeddings(words, new long[WORDS], DIM, v, new LinkedHashMap<>(), null), out);
        }
    }

    private Process query(Path cache) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(CliRun.childCommand(List.of(), "similar", "-e", "e.json", "-k", "1", "w0"))
                .directory(dir.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().put("CBOW_CACHE_DIR", cache.toString());
        return pb.start();
    }

    private static String answer(Process p) throws Exception {
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), err);
        return out.split("\t")[0];
    }

    /** How many descriptors of process {@code pid} have {@code file} open (Linux's /proc). */
    private static long opened(long pid, Path file) {
        try (Stream<Path> fds = Files.list(Path.of("/proc/" + pid + "/fd"))) {
            return fds.filter(fd -> {
                try {
                    return Files.readSymbolicLink(fd).equals(file);
                } catch (IOException e) {
                    return false;
                }
            }).count();
        } catch (IOException e) {
            return 0;
        }
    }

    @Test
    void aFileRenamedOverTheOneBeingParsedIsWhatLaterQueriesSee() throws Exception {
        Path a = dir.resolve("a.json");
        Path b = dir.resolve("b.json");
        Path e = dir.resolve("e.json").toAbsolutePath();
        write(a, 1, 1); // w0's neighbour: w1
        write(b, 2, 2); // w0's neighbour: w2
        Files.copy(a, e);
        Path cache = dir.resolve("cache");

        Process first = query(cache);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        // the parse has the file open (on the query's read-ahead thread, EmbeddingsPrefetch, which
        // starts before the arguments are parsed; the command's own reading opens it too when the
        // read-ahead is dropped)
        while (opened(first.pid(), e) < 1) {
            assertTrue(first.isAlive() && System.nanoTime() < deadline, "the query never began to parse the file");
            Thread.sleep(2);
        }
        Thread.sleep(100); // into the parse of 25 MB, which takes over a second
        boolean midParse = first.isAlive();
        Files.move(b, e, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        String during = answer(first);
        assertTrue(midParse, "the rename came after the parse: the race was not reproduced");
        assertEquals("w1", during, "the query that opened a.json answers from it");

        assertEquals("w2", answer(query(cache)), "the next query reads the new file");
        assertEquals("w2", answer(query(cache)), "and so does the one after (from the cache)");
    }
}
