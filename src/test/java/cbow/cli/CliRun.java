package cbow.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs cbow for tests: in this JVM with captured streams, or as a real child process. */
public record CliRun(int exitCode, String out, String err) {

    /** Runs {@code cbow args} in-process, with standard input {@code stdin}. */
    public static CliRun inProcess(byte[] stdin, String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        InputStream oldIn = System.in;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            System.setIn(new ByteArrayInputStream(stdin));
            int code = Main.run(args);
            return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
            System.setIn(oldIn);
        }
    }

    public static CliRun inProcess(String... args) {
        return inProcess(new byte[0], args);
    }

    /**
     * The command line of a child JVM running cbow from the test class path (the jar is built only
     * after the tests, in Maven's package phase), with extra JVM options first.
     */
    public static List<String> childCommand(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        return command;
    }

    /** Runs a child cbow to its end (at most {@code timeoutSeconds}), stdin empty, output captured. */
    public static CliRun child(List<String> jvmOptions, long timeoutSeconds, String... args)
            throws IOException, InterruptedException {
        File out = File.createTempFile("cbow-out", ".txt");
        File err = File.createTempFile("cbow-err", ".txt");
        try {
            Process p = new ProcessBuilder(childCommand(jvmOptions, args))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(out).redirectError(err).start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
                throw new AssertionError("cbow " + String.join(" ", args) + " did not end within " + timeoutSeconds + " s");
            }
            return new CliRun(p.exitValue(), Files.readString(out.toPath()),
                    Files.readString(err.toPath()));
        } finally {
            out.delete();
            err.delete();
        }
    }

    /** Standard error's lines, without the trailing empty one. */
    public List<String> errLines() {
        return err.isEmpty() ? List.of() : List.of(err.split("\n"));
    }

    /** The one line an error must be; fails the test if there is not exactly one. */
    public String errorLine() {
        List<String> lines = errLines().stream().filter(l -> l.startsWith("cbow")).toList();
        if (lines.size() != 1) {
            throw new AssertionError("expected exactly one error line on stderr, got:\n" + err);
        }
        return lines.get(0);
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stdout\n" + (out.length() > 2000 ? out.substring(0, 2000) + "..." : out)
                + "\n--- stderr\n" + err;
    }
}
