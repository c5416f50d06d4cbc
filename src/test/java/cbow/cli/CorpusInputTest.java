package cbow.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Corpora as they come: several files, a directory, gzip (known by content), standard input. The
 * same text gives the same bytes however it is handed over, and nothing temporary is left behind.
 */
class CorpusInputTest {
    private static final Path PLANTED = Path.of("data", "planted.txt");

    @TempDir
    Path dir;

    private Path temp() throws IOException {
        return Files.createDirectories(dir.resolve("tmp"));
    }

    private byte[] train(byte[] stdin, String options, String... corpora) throws IOException {
        Path out = dir.resolve("out.json");
        List<String> args = new ArrayList<>(List.of("train"));
        args.addAll(List.of(corpora));
        args.addAll(List.of("-q", "-o", out.toString(), "--temp-dir", temp().toString()));
        args.addAll(List.of(options.split(" ")));
        CliRun run = CliRun.inProcess(stdin, args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.toString());
        try (Stream<Path> left = Files.list(temp())) {
            assertEquals(List.of(), left.toList(), "temporary files are removed");
        }
        return Files.readAllBytes(out);
    }

    /** data/planted.txt cut at line ends into three gzip files named so that name order is text order. */
    private Path splitIntoGzipFiles() throws IOException {
        List<String> lines = Files.readAllLines(PLANTED, StandardCharsets.UTF_8);
        Path parts = Files.createDirectories(dir.resolve("parts"));
        int[] cuts = {0, lines.size() / 3, 2 * lines.size() / 3, lines.size()};
        for (int p = 0; p < 3; p++) {
            // the middle part is named .txt: gzip is known by the bytes, not the name
            Path file = parts.resolve("part-" + p + (p == 1 ? ".txt" : ".txt.gz"));
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
                for (String line : lines.subList(cuts[p], cuts[p + 1])) {
                    out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
        }
        return parts;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"--dim 8 --epochs 1 --threads 2", "--loss ns --dim 8 --epochs 2 --threads 1",
        "--loss hs --dim 8 --epochs 2 --threads 1"})
    void aFileStandardInputAndThreeGzipFilesGiveTheSameBytes(String options) throws IOException {
        byte[] fromFile = train(new byte[0], options, PLANTED.toString());
        byte[] fromStdin = train(Files.readAllBytes(PLANTED), options, "-");
        Path parts = splitIntoGzipFiles();
        List<String> files;
        try (Stream<Path> list = Files.list(parts)) {
            files = list.map(Path::toString).sorted().toList();
        }
        byte[] fromGzipFiles = train(new byte[0], options, files.toArray(String[]::new));
        byte[] fromDirectory = train(new byte[0], options, parts.toString());
        assertArrayEquals(fromFile, fromStdin, "standard input");
        assertArrayEquals(fromFile, fromGzipFiles, "three gzip files");
        assertArrayEquals(fromFile, fromDirectory, "their directory");
    }

    @Test
    void aSavedVocabularyReadBackGivesTheSameBytes() throws IOException {
        Path vocab = dir.resolve("vocab.txt");
        byte[] counted = train(new byte[0], "--loss ns --dim 8 --epochs 1 --threads 1 --save-vocab " + vocab, PLANTED.toString());
        List<String> lines = Files.readAllLines(vocab);
        assertTrue(lines.get(0).matches("\\S+ \\d+"), lines.get(0));
        byte[] read = train(new byte[0], "--loss ns --dim 8 --epochs 1 --threads 1 --read-vocab " + vocab, PLANTED.toString());
        assertArrayEquals(counted, read);
    }

    @Test
    void badInputNamesTheFile() throws IOException {
        Path good = dir.resolve("good.txt");
        Files.writeString(good, "the cat sat on the mat\n");
        Path bad = dir.resolve("bad.txt");
        Files.write(bad, new byte[] {'o', 'k', '\n', 'b', 'a', (byte) 0xff, '\n'});
        CliRun run = CliRun.inProcess("train", good.toString(), bad.toString(), "-o", dir.resolve("o.json").toString());
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.errorLine().matches("cbow train: .*bad\\.txt: invalid UTF-8 on line 2 .*"), run.errorLine());

        Path broken = dir.resolve("broken.gz");
        byte[] gz = gzip("the cat sat on the mat\n".repeat(1000));
        Files.write(broken, java.util.Arrays.copyOf(gz, gz.length / 2));
        run = CliRun.inProcess("train", good.toString(), broken.toString(), "-o", dir.resolve("o.json").toString());
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.errorLine().matches("cbow train: .*broken\\.gz: is not intact gzip data .*"), run.errorLine());
        assertTrue(Files.notExists(dir.resolve("o.json")));

        run = CliRun.inProcess("train", good.toString(), dir.resolve("missing.txt").toString(), "-o",
                dir.resolve("o.json").toString());
        assertEquals(1, run.exitCode(), run.toString());
        assertTrue(run.errorLine().matches("cbow train: .*missing\\.txt: no such file"), run.errorLine());
    }

    private static byte[] gzip(String text) throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(bytes)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
