package cbow.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code cbow} as a real process (a child JVM on the test class path), as a user's shell
 * would: its own exit code, standard output and standard error.
 */
public final class CliProcess {
    /** What a finished process left behind. */
    public record Result(int exitCode, String out, String err) {
        public List<String> errLines() {
            return err.isEmpty() ? List.of() : List.of(err.split("\n"));
        }
    }

    private CliProcess() {
    }

    public static Result run(Path workingDir, byte[] stdin, String... args) throws IOException, InterruptedException {
        return run(workingDir, List.of(), stdin, args);
    }

    /** {@link #run(Path, byte[], String...)} in a JVM started with {@code jvmOptions}. */
    public static Result run(Path workingDir, List<String> jvmOptions, byte[] stdin, String... args)
            throws IOException, InterruptedException {
        Process p = start(workingDir, jvmOptions, args);
        try (OutputStream in = p.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread o = pump(p.getInputStream(), out);
        Thread e = pump(p.getErrorStream(), err);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("cbow " + String.join(" ", args) + " did not finish in 120 s");
        }
        o.join();
        e.join();
        return new Result(p.exitValue(), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    public static Process start(Path workingDir, String... args) throws IOException {
        return start(workingDir, List.of(), args);
    }

    private static Process start(Path workingDir, List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("cbow.cli.Main");
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(workingDir.toFile()).start();
    }

    /** The repository's root, where data/ is. */
    public static Path projectDir() {
        return Path.of(System.getProperty("cbow.projectDir", ".")).toAbsolutePath();
    }

    private static Thread pump(InputStream from, ByteArrayOutputStream to) {
        Thread t = new Thread(() -> {
            try {
                from.transferTo(to);
            } catch (IOException ignored) {
                // the process went away; what was read is kept
            }
        });
        t.start();
        return t;
    }
}
