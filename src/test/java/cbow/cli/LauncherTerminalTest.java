package cbow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import cbow.synthetic.ZipfCorpus;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code cbow} launcher as a user meets it: in a terminal (a real pseudo-terminal, through
 * util-linux's {@code script}) the progress bar moves while training runs, and on a pipe the lines
 * carry the learning rate and the time left; in neither does the JVM's incubator notice show.
 * The launcher runs from a copy beside a thin jar of the test class path (the real jar is built
 * only after the tests).
 */
class LauncherTerminalTest {
    private static final Path PLANTED = CliProcess.projectDir().resolve("data/planted.txt");
    private static final Pattern BAR = Pattern.compile("training\\s+(\\d+)%");

    @TempDir
    Path dir;
    private Path launcher;

    @BeforeEach
    void layOutTheLauncher() throws IOException {
        launcher = dir.resolve("cbow");
        Files.copy(CliProcess.projectDir().resolve("cbow"), launcher);
        launcher.toFile().setExecutable(true);
        Path target = Files.createDirectories(dir.resolve("target"));
        StringBuilder classPath = new StringBuilder();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry).toAbsolutePath();
            classPath.append(target.relativize(p)).append(Files.isDirectory(p) ? "/" : "").append(' ');
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Main.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath.toString().trim());
        try (OutputStream out = Files.newOutputStream(target.resolve("cbow.jar"))) {
            new JarOutputStream(out, manifest).close();
        }
    }

    /** One chunk of output and when it arrived. */
    private record Chunk(long nanos, String text) {
    }

    private static boolean has(String tool) {
        try {
            return new ProcessBuilder("sh", "-c", "command -v " + tool).start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    @Test
    void inATerminalTheBarMovesWhileTrainingRuns() throws Exception {
        assumeTrue(has("script"), "util-linux's script is needed for a pseudo-terminal");
        // the exact model over 5,000 words at N = 100 (3 MFLOP a word): about 6 s of training on a quiet
        // 2-core machine, a dozen refreshes of the bar; a short ns run could end within one of them
        Path corpus = dir.resolve("zipf.txt");
        try (InputStream text = ZipfCorpus.generate(5_000, 100_000, 1)) {
            Files.copy(text, corpus);
        }
        String command = quote(launcher.toString()) + " train " + quote(corpus.toString())
                + " -o out.json --epochs 1 --dim 100 --min-count 1 --threads 2";
        Process p = new ProcessBuilder("script", "-q", "-e", "-c", command, "/dev/null").directory(dir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).redirectErrorStream(true).start();
        List<Chunk> chunks = new ArrayList<>();
        byte[] buffer = new byte[4096];
        try (InputStream in = p.getInputStream()) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                chunks.add(new Chunk(System.nanoTime(), new String(buffer, 0, n, StandardCharsets.UTF_8)));
            }
        }
        assertTrue(p.waitFor(300, TimeUnit.SECONDS));
        StringBuilder all = new StringBuilder();
        chunks.forEach(c -> all.append(c.text));
        assertEquals(0, p.exitValue(), all.toString());
        assertFalse(all.toString().contains("incubator"), "the JVM's notice is filtered: " + all);

        // when each bar state arrived, against when the run ended (the "wrote" line)
        long end = -1;
        StringBuilder sofar = new StringBuilder();
        for (Chunk c : chunks) { // the line may arrive in two reads
            sofar.append(c.text);
            if (end < 0 && sofar.indexOf("wrote out.json") >= 0) {
                end = c.nanos;
            }
        }
        assertTrue(end > 0, all.toString());
        long runEnd = end;
        List<long[]> states = new ArrayList<>(); // {percent, arrival}
        for (Chunk c : chunks) {
            Matcher m = BAR.matcher(c.text);
            while (m.find()) {
                states.add(new long[] {Long.parseLong(m.group(1)), c.nanos});
            }
        }
        List<Long> early = states.stream().filter(s -> runEnd - s[1] > TimeUnit.MILLISECONDS.toNanos(500))
                .map(s -> s[0]).distinct().toList();
        assertTrue(early.size() >= 3, "several bar states reached the terminal while training ran, not at its end: "
                + early + " of " + states.stream().map(s -> s[0]).toList());
        assertEquals(100, states.get(states.size() - 1)[0], "the bar ends at 100 %: " + all);
    }

    @Test
    void onAPipeTheLinesCarryTheLearningRateAndTheTimeLeft() throws Exception {
        String command = quote(launcher.toString()) + " train " + quote(PLANTED.toString())
                + " -o out.json --epochs 3 --dim 10 2>&1 | cat";
        Process p = new ProcessBuilder("bash", "-c", command).directory(dir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).redirectErrorStream(true).start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        p.getInputStream().transferTo(out);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), text);
        assertFalse(text.contains("incubator"), text);
        assertFalse(text.contains("\r"), "no bar on a pipe");
        assertTrue(text.matches("(?s).*\nepoch 1/3  loss \\d+\\.\\d{4}  lr 0\\.\\d{6}  [\\d,]+ words/s  \\d+\\.\\d s  ETA (\\d+s|\\d+m\\d\\ds|\\?)\n.*"), text);
        assertTrue(text.contains("\nepoch 3/3  loss "), text);
    }
}
