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

    /**
     * Whether process {@code pid} is parsing {@code file}: one of its descriptors of the file has read
     * past the loader's first look at the head (64 KB), by Linux's /proc (fdinfo's pos). Only the
     * parse reads on from there; the other opens (the look at the head, the stamp's positional
     * reads of the edges) are brief and leave pos at most 64 KB.
     */
    private static boolean parsing(long pid, Path file) {
        try (Stream<Path> fds = Files.list(Path.of("/proc/" + pid + "/fd"))) {
            return fds.anyMatch(fd -> {
                try {
                    if (!Files.readSymbolicLink(fd).equals(file)) {
                        return false;
                    }
                    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/fdinfo/" + fd.getFileName()))) {
                        if (line.startsWith("pos:")) {
                            return Long.parseLong(line.substring(4).strip()) > (1 << 16);
                        }
                    }
                    return false;
                } catch (IOException | NumberFormatException e) {
                    return false; // closed meanwhile
                }
            });
        } catch (IOException e) {
            return false;
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
        // into the parse of 25 MB, which takes over a second (on the query's read-ahead thread,
        // EmbeddingsPrefetch, or the command's own when that is dropped)
        while (!parsing(first.pid(), e)) {
            assertTrue(first.isAlive() && System.nanoTime() < deadline, "the query never began to parse the file");
            Thread.sleep(1);
        }
        boolean midParse = first.isAlive();
        Files.move(b, e, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        String during = answer(first);
        assertTrue(midParse, "the rename came after the parse: the race was not reproduced");
        assertEquals("w1", during, "the query that opened a.json answers from it");

        assertEquals("w2", answer(query(cache)), "the next query reads the new file");
        assertEquals("w2", answer(query(cache)), "and so does the one after (from the cache)");
    }
}
