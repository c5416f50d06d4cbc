package cbow.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cbow.embed.Embeddings;
import cbow.embed.EmbeddingsJson;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where results go: standard output as a pipe or a file opened by the shell for appending, links
 * that dangle, outputs that would destroy the corpus or each other, and a signal in the middle of
 * the final write. Real processes and real shells wherever the shell's part matters.
 */
class OutputPathTest {
    private static final Path PLANTED = CliProcess.projectDir().resolve("data/planted.txt");
    private static final String[] QUICK = {"--epochs", "1", "--dim", "5", "-q"};

    @TempDir
    Path dir;

    private static List<String> train(String... args) {
        List<String> all = new ArrayList<>(List.of("train", PLANTED.toString()));
        all.addAll(List.of(QUICK));
        all.addAll(List.of(args));
        return all;
    }

    /** Runs {@code script} in sh, where "$@" is the child cbow command with {@code args}. */
    private CliProcess.Result shell(String script, List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of("sh", "-c", script, "sh"));
        command.addAll(CliRun.childCommand(List.of(), args.toArray(String[]::new)));
        Process p = new ProcessBuilder(command).directory(dir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        byte[] out = p.getInputStream().readAllBytes();
        byte[] err = p.getErrorStream().readAllBytes();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        return new CliProcess.Result(p.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    private static Embeddings parse(byte[] json) throws IOException {
        return EmbeddingsJson.read(new ByteArrayInputStream(json));
    }

    @Test
    void outputToDevStdoutReachesAPipe() throws Exception {
        CliProcess.Result r = CliProcess.run(dir, null, train("-o", "/dev/stdout").toArray(String[]::new));
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(108, parse(r.out().getBytes(StandardCharsets.UTF_8)).size(), "the pipe got the whole file");
    }

    @Test
    void outputToDevStdoutAppendsUnderDoubleAngle() throws Exception {
        Path log = dir.resolve("log.txt");
        Files.writeString(log, "what was there\n");
        CliProcess.Result r = shell("\"$@\" >> log.txt", train("-o", "/dev/stdout"));
        assertEquals(0, r.exitCode(), r.err());
        byte[] all = Files.readAllBytes(log);
        String text = new String(all, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("what was there\n{\"format\""), "appended after the old content: " + text.substring(0, 40));
        byte[] json = java.util.Arrays.copyOfRange(all, "what was there\n".length(), all.length);
        assertEquals(108, parse(json).size());
    }

    @Test
    void outputToAnotherDescriptorAppends() throws Exception {
        Files.writeString(dir.resolve("log.txt"), "kept\n");
        CliProcess.Result r = shell("\"$@\" 3>> log.txt", train("-o", "/dev/fd/3"));
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(Files.readString(dir.resolve("log.txt")).startsWith("kept\n{\"format\""));
    }

    @Test
    void aSymbolicLinkStaysALinkAndItsFileIsReplaced() throws Exception {
        Path real = dir.resolve("real.json");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.json"), real.getFileName());
        CliRun r = CliRun.inProcess(train("-o", link.toString()).toArray(String[]::new));
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(108, parse(Files.readAllBytes(real)).size());
    }

    @Test
    void aDanglingLinkWhoseDirectoryIsMissingFailsBeforeTraining() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("out.json"), dir.resolve("missing/dir/out.json"));
        List<String> args = new ArrayList<>(List.of("train", PLANTED.toString(), "--epochs", "1", "--dim", "5", "-o", link.toString()));
        CliRun r = CliRun.inProcess(args.toArray(String[]::new));
        assertEquals(1, r.exitCode(), r::toString);
        assertTrue(r.errorLine().contains("a symbolic link to " + dir.resolve("missing/dir/out.json")), r.errorLine());
        assertTrue(r.errorLine().contains("does not exist"), r.errorLine());
        assertFalse(r.err().contains("read "), "no training began: " + r.err());
        assertFalse(r.err().contains("epoch"), r.err());
    }

    @Test
    void aDanglingLinkIntoAnExistingDirectoryCreatesItsFile() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("out.json"), Path.of("made.json"));
        CliRun r = CliRun.inProcess(train("-o", link.toString()).toArray(String[]::new));
        assertEquals(0, r.exitCode(), r::toString);
        assertTrue(Files.isSymbolicLink(link));
        assertEquals(108, parse(Files.readAllBytes(dir.resolve("made.json"))).size());
    }

    @Test
    void theCorpusIsNeverTheOutput() throws Exception {
        Path corpus = dir.resolve("c.txt");
        Files.copy(PLANTED, corpus);
        byte[] before = Files.readAllBytes(corpus);
        Files.createSymbolicLink(dir.resolve("alias.txt"), corpus.getFileName());

        CliRun o = CliRun.inProcess("train", corpus.toString(), "-o", corpus.toString(), "--epochs", "1");
        assertEquals(2, o.exitCode(), o::toString);
        assertTrue(o.errorLine().contains("-o " + corpus + " is the corpus " + corpus), o.errorLine());

        CliRun viaLink = CliRun.inProcess("train", corpus.toString(), "-o", dir.resolve("alias.txt").toString(), "--epochs", "1");
        assertEquals(2, viaLink.exitCode(), viaLink::toString);
        assertTrue(viaLink.errorLine().contains("is the corpus"), viaLink.errorLine());

        CliRun checkpoint = CliRun.inProcess("train", corpus.toString(), "-o", dir.resolve("e.json").toString(),
                "--checkpoint", corpus.toString(), "--epochs", "1");
        assertEquals(2, checkpoint.exitCode(), checkpoint::toString);
        assertTrue(checkpoint.errorLine().contains("--checkpoint " + corpus + " is the corpus " + corpus), checkpoint.errorLine());
        assertArrayEquals(before, Files.readAllBytes(corpus), "the corpus is untouched");
        assertFalse(Files.exists(dir.resolve("e.json")));
    }

    @Test
    void theOutputIsNeverTheCheckpoint() {
        Path x = dir.resolve("x.json");
        CliRun r = CliRun.inProcess("train", PLANTED.toString(), "-o", x.toString(), "--checkpoint", x.toString(), "--epochs", "1");
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.errorLine().contains("-o " + x + " and --checkpoint " + x + " are the same file"), r.errorLine());
        assertFalse(Files.exists(x));
    }

    @Test
    void aCheckpointMayBeSavedOverTheOneResumed() throws Exception {
        Path ckpt = dir.resolve("run.ckpt");
        CliRun first = CliRun.inProcess("train", PLANTED.toString(), "-o", dir.resolve("a.json").toString(),
                "--checkpoint", ckpt.toString(), "--epochs", "1", "--dim", "5", "-q");
        assertEquals(0, first.exitCode(), first::toString);
        CliRun more = CliRun.inProcess("train", PLANTED.toString(), "-o", dir.resolve("b.json").toString(),
                "--resume", ckpt.toString(), "--epochs", "2", "-q");
        assertEquals(0, more.exitCode(), more::toString);
        CliRun clobber = CliRun.inProcess("train", PLANTED.toString(), "-o", ckpt.toString(), "--resume", ckpt.toString(), "--epochs", "3");
        assertEquals(2, clobber.exitCode(), clobber::toString);
        assertTrue(clobber.errorLine().contains("-o " + ckpt + " is --resume " + ckpt), clobber.errorLine());
    }

    @Test
    void exportChecksItsOutputTooAndMayRewriteItsInput() throws Exception {
        Path e = dir.resolve("e.json");
        assertEquals(0, CliRun.inProcess(train("-o", e.toString()).toArray(String[]::new)).exitCode());
        Path link = Files.createSymbolicLink(dir.resolve("bad.txt"), dir.resolve("nowhere/x.txt"));
        CliRun bad = CliRun.inProcess("export", "-e", e.toString(), "--format", "word2vec", "-o", link.toString());
        assertEquals(1, bad.exitCode(), bad::toString);
        assertTrue(bad.errorLine().contains("does not exist"), bad.errorLine());
        CliRun inPlace = CliRun.inProcess("export", "-e", e.toString(), "--format", "json", "-o", e.toString());
        assertEquals(0, inPlace.exitCode(), inPlace::toString);
        assertEquals(108, parse(Files.readAllBytes(e)).size());
    }

    @Test
    void aSignalWhileTheResultIsWrittenStillPrintsItsLine() throws Exception {
        Path fifo = dir.resolve("out.fifo");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        // dim 100: over 100 KB of JSON, more than a pipe holds, so the writer blocks part way
        List<String> args = List.of("train", PLANTED.toString(), "--epochs", "1", "--dim", "100", "-o", fifo.toString());
        Path err = dir.resolve("err.txt");
        Process child = new ProcessBuilder(CliRun.childCommand(List.of(), args.toArray(String[]::new)))
                .directory(dir.toFile()).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(err.toFile()).start();
        try (InputStream reader = Files.newInputStream(fifo)) { // meets the child's open for writing
            byte[] head = reader.readNBytes(1000);
            assertTrue(new String(head, StandardCharsets.UTF_8).startsWith("{\"format\""));
            Thread.sleep(300); // the child fills the pipe and blocks in the middle of its write
            assertTrue(child.isAlive(), "the write is still under way");
            assertEquals(0, new ProcessBuilder("kill", "-TERM", String.valueOf(child.pid())).start().waitFor());
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        } finally {
            child.destroyForcibly();
        }
        assertEquals(143, child.exitValue());
        String text = Files.readString(err);
        assertTrue(text.endsWith("cbow train: interrupted while writing " + fifo + "; what it received is incomplete\n"), text);
    }
}
