package cbow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --help with examples everywhere, --version, the completion script, and where progress goes. */
class ConventionsTest {
    private static final Path PLANTED = Path.of(System.getProperty("cbow.projectDir", "."), "data", "planted.txt");

    @TempDir
    Path dir;

    @Test
    void everyCommandHasHelpWithExamples() {
        for (String[] args : List.of(new String[] {"--help"}, new String[] {"train", "--help"},
                new String[] {"similar", "--help"}, new String[] {"completion", "--help"})) {
            CliRun run = CliRun.inProcess(args);
            assertEquals(0, run.exitCode(), run::toString);
            assertTrue(run.out().contains("Usage: cbow") && run.out().contains("Examples:"), run::toString);
            assertEquals("", run.err());
        }
        assertTrue(CliRun.inProcess("--help").out().contains("130/143"), "exit codes are listed");
    }

    @Test
    void versionIsPrinted() {
        for (String[] args : List.of(new String[] {"--version"}, new String[] {"train", "--version"})) {
            CliRun run = CliRun.inProcess(args);
            assertEquals(0, run.exitCode());
            assertTrue(run.out().matches("cbow \\S+\\n"), run::toString);
        }
    }

    @Test
    void completionPrintsABashScriptForEveryCommandAndOption() throws Exception {
        CliRun run = CliRun.inProcess("completion");
        assertEquals(0, run.exitCode(), run::toString);
        String script = run.out();
        assertTrue(script.startsWith("#!/usr/bin/env bash"), script.substring(0, 40));
        for (String word : List.of("train", "similar", "completion", "--checkpoint-every", "--resume", "--embeddings")) {
            assertTrue(script.contains(word), word);
        }
        Process bash = new ProcessBuilder("bash", "-n").redirectErrorStream(true).start();
        bash.getOutputStream().write(script.getBytes(StandardCharsets.UTF_8));
        bash.getOutputStream().close();
        String complaints = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, bash.waitFor(), "bash -n: " + complaints);
    }

    @Test
    void progressIsPlainLinesInAPipeNothingWhenQuietAndNeverOnStdout() throws Exception {
        Path output = dir.resolve("e.json");
        String[] args = {"train", PLANTED.toString(), "-o", "-", "--dim", "4", "--epochs", "2"};
        CliRun loud = CliRun.child(List.of(), 60, args); // stderr is a file here: no bar
        assertEquals(0, loud.exitCode(), loud::toString);
        assertTrue(loud.out().startsWith("{\"format\":\"cbow-embeddings\""), "stdout carries only the JSON");
        assertTrue(loud.err().contains("epoch 1/2  loss ") && loud.err().contains("epoch 2/2  loss "), loud::toString);
        assertFalse(loud.err().contains("\r") || loud.err().contains("[="), "no bar when stderr is not a terminal");

        CliRun quiet = CliRun.inProcess("train", PLANTED.toString(), "-o", output.toString(), "--dim", "4", "--epochs", "2", "-q");
        assertEquals(0, quiet.exitCode(), quiet::toString);
        assertEquals("", quiet.err());
        assertEquals("", quiet.out());
    }

    @Test
    void theBarShowsPercentTimeLossAndPace() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        ProgressBarDisplay bar = new ProgressBarDisplay(err, 150, done -> done < 0.5 ? 0.5 : 0.25);
        bar.progress(1, 2, 25, 100, 5.4321, 12_345);
        Thread.sleep(700); // the bar draws from its own thread
        bar.progress(2, 2, 50, 100, 4.25, 23_456);
        bar.close();
        bar.progress(2, 2, 60, 100, 4.0, 1); // after close: ignored
        String shown = bytes.toString(StandardCharsets.UTF_8);
        String last = shown.substring(shown.lastIndexOf('\r') + 1);
        assertTrue(last.matches("(?s)training\\s+75% \\[=+\\s*\\]\\s+150/200 \\(\\d:\\d\\d:\\d\\d / \\d:\\d\\d:\\d\\d\\) "
                + "epoch 2/2  lr 0\\.250000  loss 4\\.2500  23,456 words/s\\n"), last);
        assertTrue(shown.contains("epoch 1/2  lr 0.500000  loss 5.4321  12,345 words/s"), shown);
    }
}
