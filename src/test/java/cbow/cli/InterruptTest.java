package cbow.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cbow.io.SlowWriteProbe;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real processes stopped by SIGTERM and SIGINT: an earlier output file stays byte for byte, no
 * temporary file is left, the exit code is 128 + the signal, and a checkpointed run resumes to the
 * very bytes of an uninterrupted one.
 */
class InterruptTest {
    private static final Path PLANTED = Path.of(System.getProperty("cbow.projectDir", "."), "data", "planted.txt");
    private static final byte[] EARLIER = "{\"an\": \"earlier result\"}\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    /** A child process with stdout and stderr in files, its signal dispositions reset to the defaults. */
    private record Child(Process process, Path out, Path err) {
        String errText() throws IOException {
            return Files.readString(err);
        }

        void signal(String name) throws IOException, InterruptedException {
            Process kill = new ProcessBuilder("kill", "-" + name, String.valueOf(process.pid())).inheritIO().start();
            assertEquals(0, kill.waitFor(), "kill -" + name);
        }

        int exitCode() throws InterruptedException {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the process did not stop within 20 s of the signal");
            }
            return process.exitValue();
        }
    }

    private Child start(List<String> command) throws IOException {
        List<String> full = new ArrayList<>();
        // A shell that started us in the background may have set SIGINT to "ignore", which children
        // inherit and Java then honours: reset both signals to their defaults when env can.
        if (envResetsSignals()) {
            full.addAll(List.of("env", "--default-signal=INT,TERM"));
        }
        full.addAll(command);
        Path out = dir.resolve("child.out");
        Path err = dir.resolve("child.err");
        Process p = new ProcessBuilder(full).directory(dir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        return new Child(p, out, err);
    }

    private static boolean envResetsSignals() {
        try {
            return new ProcessBuilder("env", "--default-signal=INT", "true").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static void await(String what, BooleanSupplier condition, Child child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (!child.process().isAlive()) {
                throw new AssertionError("the process ended before " + what + ": " + child.errText());
            }
            if (System.nanoTime() > deadline) {
                child.process().destroyForcibly();
                throw new AssertionError("timed out waiting for " + what + ": " + child.errText());
            }
            Thread.sleep(20);
        }
    }

    private List<String> temporaryFiles() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
        }
    }

    /** A long training run (far more epochs than it will be allowed to finish) over an earlier output. */
    private Child trainLong(String... extra) throws Exception {
        Files.write(dir.resolve("embeddings.json"), EARLIER);
        List<String> args = new ArrayList<>(List.of("train", PLANTED.toString(), "--dim", "10", "--epochs", "100000"));
        args.addAll(List.of(extra));
        Child child = start(CliRun.childCommand(List.of(), args.toArray(String[]::new)));
        await("training to start", () -> {
            try {
                return child.errText().contains("training windows");
            } catch (IOException e) {
                return false;
            }
        }, child);
        Thread.sleep(300); // well into the batches
        return child;
    }

    private void assertInterruptedCleanly(Child child, int expectedExit) throws Exception {
        assertEquals(expectedExit, child.exitCode(), child::toString);
        assertArrayEquals(EARLIER, Files.readAllBytes(dir.resolve("embeddings.json")), "the earlier file is untouched");
        assertEquals(List.of(), temporaryFiles(), "no temporary file is left");
        String err = child.errText();
        assertTrue(err.endsWith("cbow train: interrupted; embeddings.json was not written\n")
                || err.contains("cbow train: interrupted; embeddings.json was not written (continue with --resume"), err);
        assertEquals("", Files.readString(child.out()), "nothing on stdout");
    }

    @Test
    void sigtermMidTrainingLeavesTheEarlierFile() throws Exception {
        Child child = trainLong();
        child.signal("TERM");
        assertInterruptedCleanly(child, 143);
    }

    @Test
    void sigintMidTrainingLeavesTheEarlierFile() throws Exception {
        assumeTrue(envResetsSignals(), "env --default-signal is missing: SIGINT may be ignored in this process tree");
        Child child = trainLong();
        child.signal("INT");
        assertInterruptedCleanly(child, 130);
    }

    @Test
    void processDestroyMidTrainingLeavesTheEarlierFile() throws Exception {
        Child child = trainLong();
        child.process().destroy(); // Java's own way: SIGTERM
        assertInterruptedCleanly(child, 143);
    }

    @Test
    void sigtermInTheMiddleOfTheAtomicWriteRemovesTheTemporaryFile() throws Exception {
        Path target = dir.resolve("embeddings.json");
        Files.write(target, EARLIER);
        Child child = start(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SlowWriteProbe.class.getName(), target.toString()));
        await("the write to begin", () -> {
            try {
                return Files.readString(child.out()).contains("writing");
            } catch (IOException e) {
                return false;
            }
        }, child);
        assertEquals(1, temporaryFiles().size(), "the half-written temporary file exists: " + temporaryFiles());
        child.signal("TERM");
        assertEquals(143, child.exitCode());
        assertArrayEquals(EARLIER, Files.readAllBytes(target), "the target is untouched");
        assertEquals(List.of(), temporaryFiles(), "the shutdown hook removed the temporary file");
    }

    @Test
    void aCheckpointedRunKilledBySigtermResumesToTheUninterruptedBytes() throws Exception {
        String[] settings = {"--dim", "10", "--epochs", "3", "--seed", "11", "-q"};
        Path reference = dir.resolve("reference.json");
        List<String> args = new ArrayList<>(List.of("train", PLANTED.toString(), "-o", reference.toString()));
        args.addAll(List.of(settings));
        CliRun whole = CliRun.inProcess(args.toArray(String[]::new));
        assertEquals(0, whole.exitCode(), whole::toString);

        // The same run in a child, killed as soon as its first checkpoint lands (checkpoints every
        // 5 of the 681 batches), then finished in-process from that checkpoint.
        Path checkpoint = dir.resolve("run.ckpt");
        List<String> childArgs = new ArrayList<>(List.of("train", PLANTED.toString(), "-o", "embeddings.json",
                "--checkpoint", checkpoint.toString(), "--checkpoint-every", "5"));
        childArgs.addAll(List.of(settings));
        Files.write(dir.resolve("embeddings.json"), EARLIER);
        Child child = start(CliRun.childCommand(List.of(), childArgs.toArray(String[]::new)));
        await("the first checkpoint", () -> Files.exists(checkpoint), child);
        child.signal("TERM");
        int exit = child.exitCode();
        assumeTrue(exit == 143, "the run finished before the signal (exit " + exit + "); nothing to resume");
        assertArrayEquals(EARLIER, Files.readAllBytes(dir.resolve("embeddings.json")));
        assertEquals(List.of(), temporaryFiles());

        Path resumed = dir.resolve("resumed.json");
        CliRun rest = CliRun.inProcess("train", PLANTED.toString(), "-o", resumed.toString(), "--resume", checkpoint.toString(), "-q");
        assertEquals(0, rest.exitCode(), rest::toString);
        assertArrayEquals(Files.readAllBytes(reference), Files.readAllBytes(resumed), "resumed = uninterrupted, byte for byte");
    }
}
