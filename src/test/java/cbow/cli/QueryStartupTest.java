package cbow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A query's start-up does none of the work that made it slow (see {@link CommandSpecs}): no command
 * annotations read, so no proxy classes generated, and none of picocli's java.time or java.sql
 * converters loaded. Checked from the JVM's own class-loading log of each query command, as a whole
 * process would run it; a command declared with annotations again fails here.
 */
class QueryStartupTest {
    @TempDir
    Path dir;

    @Test
    void queryCommandsGenerateNoProxyClassesAndLoadNoDateConverters() throws IOException, InterruptedException {
        Files.writeString(dir.resolve("v.txt"), "5 3\nking 1 0 0\nqueen 0.9 0.1 0\nman 0 1 0\nwoman 0.1 0.9 0\ntable 0 0 1\n");
        List<List<String>> queries = List.of(
                List.of("similar", "king"),
                List.of("analogy", "man", "king", "woman"),
                List.of("similarity", "king", "queen"),
                List.of("n-similarity", "king man", "queen woman"),
                List.of("doesnt-match", "king", "queen", "table"),
                List.of("rank", "king", "queen"),
                List.of("closer-than", "king", "table"));
        for (List<String> query : queries) {
            Path log = dir.resolve(query.get(0) + ".log");
            List<String> args = new ArrayList<>(query);
            args.addAll(List.of("-e", "v.txt"));
            CliProcess.Result run = CliProcess.run(dir, List.of("-Xlog:class+load=info:file=" + log), null,
                    args.toArray(String[]::new));
            assertEquals(0, run.exitCode(), query + ": " + run.err());
            List<String> loaded = Files.readAllLines(log);
            assertTrue(loaded.stream().anyMatch(line -> line.contains(" cbow.cli.Main ")), query + ": the log names the classes loaded");
            List<String> slow = loaded.stream()
                    .filter(line -> line.contains("__dynamic_proxy__") || line.contains(" java.time.") || line.contains(" java.sql."))
                    .toList();
            assertTrue(slow.isEmpty(), query + " loaded " + slow);
        }
    }
}
