package cbow.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every bad input gets one clear line on standard error, a documented exit code (1 a runtime
 * failure, 2 a usage error), nothing on standard output, and no file written or left behind.
 * The answers are also collected in target/bad-inputs.md, for the record.
 */
class BadInputTest {
    private static final List<String> ANSWERS = new ArrayList<>();
    private static final Path PLANTED = Path.of(System.getProperty("cbow.projectDir", "."), "data", "planted.txt");

    @TempDir
    static Path dir;
    private static Path embeddings;

    @BeforeAll
    static void trainOnce() {
        embeddings = dir.resolve("good.json");
        CliRun run = CliRun.inProcess("train", PLANTED.toString(), "-o", embeddings.toString(),
                "--dim", "8", "--epochs", "1", "-q");
        assertEquals(0, run.exitCode(), run::toString);
    }

    @AfterAll
    static void writeAnswers() throws IOException {
        Path target = Path.of(System.getProperty("cbow.projectDir", "."), "target");
        if (Files.isDirectory(target)) {
            Files.write(target.resolve("bad-inputs.md"), ANSWERS);
        }
    }

    /** Runs cbow; expects {@code exit}, one stderr line matching {@code message}, empty stdout, nothing written. */
    private static CliRun expectError(String what, int exit, String message, String... args) throws IOException {
        return expectError(what, new byte[0], exit, message, args);
    }

    private static CliRun expectError(String what, byte[] stdin, int exit, String message, String... args)
            throws IOException {
        List<Path> before = listing();
        CliRun run = CliRun.inProcess(stdin, args);
        String shown = String.join(" ", args).replace(dir.toString() + "/", "");
        ANSWERS.add("- " + what + ": `cbow " + shown + "` -> exit " + run.exitCode() + ", `"
                + run.err().strip().replace(dir.toString() + "/", "") + "`");
        assertEquals(exit, run.exitCode(), run::toString);
        assertEquals(1, run.errLines().size(), () -> "one line on stderr, got: " + run);
        assertTrue(Pattern.compile(message).matcher(run.errorLine()).find(),
                () -> "stderr should match /" + message + "/, got: " + run.err());
        assertTrue(!run.errorLine().contains("internal error") && !run.err().contains("Exception"), run::toString);
        assertEquals("", run.out(), "nothing on stdout");
        assertEquals(before, listing(), "no file written or left behind");
        return run;
    }

    private static List<Path> listing() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    private static String file(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p.toString();
    }

    private static String file(String name, String content) throws IOException {
        return file(name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static String out() {
        return dir.resolve("out.json").toString();
    }

    // ---- the corpus ----

    @Test
    void missingFile() throws IOException {
        expectError("missing corpus", 1, "nope\\.txt: no such file$", "train", dir.resolve("nope.txt").toString(), "-o", out());
    }

    @Test
    void directory() throws IOException {
        Path empty = Files.createDirectory(dir.resolve("nothing-inside"));
        expectError("an empty directory as corpus", 1, "nothing-inside: the directory holds no files$",
                "train", empty.toString(), "-o", out());
    }

    @Test
    void emptyCorpus() throws IOException {
        expectError("empty corpus", 1, "empty\\.txt: the corpus holds no words$",
                "train", file("empty.txt", ""), "-o", out(), "-q");
        expectError("empty standard input", 1, "standard input: the corpus holds no words$", "train", "-", "-o", out(), "-q");
        expectError("punctuation only", 1, "the corpus holds no words$",
                "train", file("punct.txt", "... !!! ,,, --\n\t ?\n"), "-o", out(), "-q");
    }

    @Test
    void corpusShorterThanOneWindow() throws IOException {
        expectError("one word", 1, "one\\.txt: the corpus holds a single distinct word; training needs 2$",
                "train", file("one.txt", "hello\n"), "-o", out(), "--min-count", "1", "-q");
        expectError("one word a line", 1, "no line holds two vocabulary words",
                "train", file("lines.txt", "alpha\nbeta\nalpha\nbeta\n"), "-o", out(), "--min-count", "1", "-q");
        // two words, each half the text: ns and hs subsample both away nearly always (keep 0.047 at 1e-3)
        expectError("all subsampled away", 1, "subsampling left no word beside another .* needs --sample 0",
                "train", file("two.txt", "alpha beta\n"), "-o", out(), "--min-count", "1", "--loss", "ns", "--epochs", "2", "--threads", "1", "-q");
    }

    @Test
    void aCorpusShorterThanTheWindowStillTrains() {
        // Windows near a line's ends are shorter by design (README): two words are one example each.
        Path output = dir.resolve("short.json");
        CliRun run = CliRun.inProcess("train", dir.resolve("short.txt").toString(), "-o", output.toString());
        assertEquals(1, run.exitCode()); // the file does not exist yet: a control for the next lines
        try {
            Files.writeString(dir.resolve("short.txt"), "alpha beta\n");
            run = CliRun.inProcess("train", dir.resolve("short.txt").toString(), "-o", output.toString(),
                    "--min-count", "1", "--window", "5", "--dim", "4", "--epochs", "2", "-q");
            assertEquals(0, run.exitCode(), run::toString);
            assertTrue(Files.readString(output).contains("\"alpha\""));
            Files.delete(output);
            Files.delete(dir.resolve("short.txt"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void noWordReachesMinCount() throws IOException {
        expectError("no word reaches --min-count", 1,
                "rare\\.txt: none of the 3 distinct words occur at least --min-count=5 times; training needs 2 \\(lower --min-count\\)$",
                "train", file("rare.txt", "a b c\na b\n"), "-o", out(), "-q");
        expectError("one word reaches --min-count", 1, "only one of the 2 distinct words occurs at least --min-count=3",
                "train", file("rare2.txt", "a a a b\n"), "-o", out(), "-q", "--min-count", "3");
    }

    @Test
    void randomBinaryBytes() throws IOException {
        byte[] bytes = new byte[20_000];
        new Random(6).nextBytes(bytes);
        expectError("random binary bytes", 1, "random\\.bin: invalid UTF-8 on line \\d+ \\(convert it to UTF-8, or drop bad bytes with: iconv -c -f UTF-8 -t UTF-8\\)$",
                "train", file("random.bin", bytes), "-o", out(), "-q");
    }

    @Test
    void invalidUtf8IsRejectedWithItsLine() throws IOException {
        byte[] text = "good words here\nmore good words\nbad \u00ff here\n".getBytes(StandardCharsets.ISO_8859_1);
        expectError("invalid UTF-8 (Latin-1 byte) on line 3", 1, "latin1\\.txt: invalid UTF-8 on line 3 ",
                "train", file("latin1.txt", text), "-o", out(), "-q");
        byte[] surrogate = {'o', 'k', '\n', 'x', ' ', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '\n'};
        expectError("an encoded UTF-16 surrogate on line 2", 1, "invalid UTF-8 on line 2 ",
                "train", file("surrogate.txt", surrogate), "-o", out(), "-q");
        byte[] overlong = {'o', 'k', ' ', (byte) 0xC0, (byte) 0xAF};
        expectError("an overlong encoding on line 1", 1, "invalid UTF-8 on line 1 ",
                "train", file("overlong.txt", overlong), "-o", out(), "-q");
        byte[] cut = {'o', 'k', ' ', 'c', 'a', 'f', (byte) 0xC3};
        expectError("a multi-byte character cut by the end of the file", 1, "invalid UTF-8 on line 1 ",
                "train", file("cut.txt", cut), "-o", out(), "-q");
        expectError("invalid UTF-8 on standard input", "ok\n\u00ff\n".getBytes(StandardCharsets.ISO_8859_1), 1,
                "standard input: invalid UTF-8 on line 2 ", "train", "-", "-o", out(), "-q");
    }

    // ---- the options ----

    @Test
    void numericOptionsOutOfRange() throws IOException {
        String corpus = PLANTED.toString();
        String[][] cases = {
            {"--dim", "0", "--dim must be at least 1, got 0"},
            {"--dim", "-5", "--dim must be at least 1, got -5"},
            {"--window", "0", "--window must be at least 1, got 0"},
            {"--window", "-1", "--window must be at least 1, got -1"},
            {"--epochs", "0", "--epochs must be at least 1, got 0"},
            {"--epochs", "-3", "--epochs must be at least 1, got -3"},
            {"--batch-size", "0", "--batch-size must be at least 1, got 0"},
            {"--batch-size", "-128", "--batch-size must be at least 1, got -128"},
            {"--alpha", "NaN", "--alpha must be a positive number, got NaN"},
            {"--alpha", "-0.5", "--alpha must be a positive number, got -0.5"},
            {"--alpha", "0", "--alpha must be a positive number, got 0.0"},
            {"--alpha", "Infinity", "--alpha must be a positive number, got Infinity"},
            {"--min-count", "0", "--min-count must be at least 1, got 0"},
            {"--max-vocab", "-1", "--max-vocab must be 0 \\(no limit\\) or at least 2 \\(training needs two words\\), got -1"},
            {"--dim", "abc", "Invalid value for option '--dim': 'abc' is not an int"},
            {"--dim", "99999999999", "Invalid value for option '--dim': '99999999999' is not an int"},
            {"--alpha", "fast", "Invalid value for option '--alpha': 'fast' is not a double"},
            {"--seed", "1.5", "Invalid value for option '--seed': '1.5' is not a long"},
            {"--checkpoint-every", "0", "--checkpoint-every must be a number of batches \\(500\\) or a time"},
            {"--checkpoint-every", "5x", "--checkpoint-every must be a number of batches"},
            {"--checkpoint-every", "-10s", "--checkpoint-every must be a number of batches"},
        };
        for (String[] c : cases) {
            expectError(c[0] + " " + c[1], 2, "^cbow train: " + c[2] + ".*\\(see 'cbow train --help'\\)$",
                    "train", corpus, "-o", out(), "--checkpoint", dir.resolve("ck").toString(), c[0], c[1]);
        }
        for (String power : new String[] {"1.5", "-0.1", "NaN"}) {
            expectError("--neg-power " + power, 2, "^cbow train: --neg-power must be 0 to 1, got " + power + ".*\\(see 'cbow train --help'\\)$",
                    "train", corpus, "-o", out(), "--loss", "ns", "--neg-power", power);
        }
        expectError("--neg-power with hs", 2, "^cbow train: --neg-power goes with --loss ns.*",
                "train", corpus, "-o", out(), "--loss", "hs", "--neg-power", "0.5");
        expectError("--tree with ns", 2, "^cbow train: --tree goes with --loss hs.*",
                "train", corpus, "-o", out(), "--loss", "ns", "--tree", "huffman");
        expectError("--tree unknown", 2, "Invalid value for option '--tree': expected one of",
                "train", corpus, "-o", out(), "--loss", "hs", "--tree", "oak");
        expectError("--tree meaning on Spark", 2, "^cbow spark: --tree meaning is not trained on Spark.*",
                "spark", corpus, "-o", out(), "--loss", "hs", "--tree", "meaning");
        expectError("unknown option", 2, "Unknown option: '--dimm'", "train", corpus, "--dimm", "5");
        expectError("no corpus", 2, "Missing required parameter: 'CORPUS'", "train");
        expectError("no command", 2, "a command is required", new String[0]);
    }

    @Test
    void aModelTooLargeForMemoryFailsBeforeAllocating() throws IOException {
        expectError("--dim too large for a Java array", 1,
                "W1 and W2 would hold 108 x 2000000000 numbers each, more than a Java array can hold \\(2\\^31\\); lower --dim or --max-vocab; nothing was written$",
                "train", PLANTED.toString(), "-o", out(), "-q", "--dim", "2000000000");
        long maxMemoryMiB = Runtime.getRuntime().maxMemory() >> 20;
        int dim = (int) Math.min(19_000_000L, maxMemoryMiB * 1024 * 1024 / 4 / 108); // > heap, < array limit
        expectError("--dim too large for the heap", 1,
                "the model needs about [0-9.]+ GB \\(vocabulary 108 x --dim [0-9,]+, --batch-size 128\\) but only .* is free; lower --dim",
                "train", PLANTED.toString(), "-o", out(), "-q", "--dim", String.valueOf(dim));
    }

    @Test
    void aHugeWindowCostsNoMemory() throws IOException {
        Path output = dir.resolve("wide.json");
        CliRun run = CliRun.inProcess("train", PLANTED.toString(), "-o", output.toString(), "-q",
                "--window", "1000000000", "--dim", "4", "--epochs", "1", "--batch-size", "1000000000");
        assertEquals(0, run.exitCode(), run::toString);
        Files.delete(output);
    }

    // ---- the output ----

    @Test
    void outputInAMissingDirectory() throws IOException {
        expectError("output in a missing directory", 1, "the directory .*/missing does not exist$",
                "train", PLANTED.toString(), "-o", dir.resolve("missing/x.json").toString(), "-q");
        expectError("checkpoint in a missing directory", 1, "the directory .*/missing does not exist$",
                "train", PLANTED.toString(), "-o", out(), "--checkpoint", dir.resolve("missing/x.ckpt").toString());
        expectError("output is a directory", 1, ": is a directory; name a file to write$",
                "train", PLANTED.toString(), "-o", dir.toString(), "-q");
    }

    @Test
    void outputInAReadOnlyDirectory() throws IOException {
        if ("root".equals(System.getProperty("user.name"))) {
            // root writes through file modes; /proc refuses new files even to root
            assumeTrue(Files.isDirectory(Path.of("/proc/self")), "no /proc to stand for a read-only directory");
            expectError("output in a read-only directory (root: /proc)", 1,
                    "/proc/x\\.json: cannot create a file in the directory /proc$",
                    "train", PLANTED.toString(), "-o", "/proc/x.json", "-q");
        } else {
            Path readOnly = Files.createDirectory(dir.resolve("ro"));
            readOnly.toFile().setWritable(false);
            try {
                expectError("output in a read-only directory", 1, "ro/x\\.json: the directory .*/ro is not writable$",
                        "train", PLANTED.toString(), "-o", readOnly.resolve("x.json").toString(), "-q");
            } finally {
                readOnly.toFile().setWritable(true);
                Files.delete(readOnly);
            }
        }
    }

    @Test
    void aDivergingRunStopsAndWritesNothing() throws IOException {
        Path earlier = dir.resolve("earlier.json");
        Files.writeString(earlier, "earlier result\n");
        List<Path> before = listing();
        CliRun run = CliRun.inProcess("train", PLANTED.toString(), "-o", earlier.toString(), "-q",
                "--alpha", "100", "--dim", "16", "--epochs", "3");
        ANSWERS.add("- diverging run: `cbow train planted.txt --alpha 100 ...` -> exit " + run.exitCode() + ", `" + run.err().strip() + "`");
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.errorLine().matches("cbow train: training diverged: the loss (became \\S+ in|rose to [0-9.]+ by)"
                + " epoch \\d+, batch \\d+.*; try a smaller --alpha \\(it was 100\\.0\\); nothing was written"), run::toString);
        assertEquals("earlier result\n", Files.readString(earlier), "the earlier file is untouched");
        assertEquals(before, listing(), "no temporary file left");
        Files.delete(earlier);
    }

    // ---- the embeddings file and the query ----

    @Test
    void badEmbeddingsFiles() throws IOException {
        byte[] good = Files.readAllBytes(embeddings);
        String text = new String(good, StandardCharsets.UTF_8);
        expectError("missing embeddings file", 1, "nope\\.json: no such file$", "similar", "cat", "-e", dir.resolve("nope.json").toString());
        expectError("embeddings file is a directory", 1, "is a directory, not a file$", "similar", "cat", "-e", dir.toString());
        expectError("empty embeddings file", 1, "empty\\.json: the file is empty$",
                "similar", "cat", "-e", file("empty.json", ""));
        expectError("truncated embeddings file (half)", 1, "half\\.json: (the file ends too early \\(truncated\\?\\)|not valid JSON)",
                "similar", "cat", "-e", file("half.json", Arrays.copyOf(good, good.length / 2)));
        int lastRow = text.lastIndexOf("\n\"");
        expectError("truncated embeddings file (whole rows missing)", 1, "the file ends too early \\(truncated\\?\\)$",
                "similar", "cat", "-e", file("rows.json", text.substring(0, lastRow)));
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);
        expectError("random bytes as embeddings", 1, "noise\\.json: (invalid UTF-8 near line \\d+|not valid JSON at line \\d+|neither cbow JSON nor word2vec)",
                "similar", "cat", "-e", file("noise.json", random));
        expectError("JSON, but not an object", 1, "(the file does not start with a JSON object|neither cbow JSON nor word2vec: the file starts with neither)",
                "similar", "cat", "-e", file("array.json", "[1, 2, 3]"));
        expectError("another format", 1, "not a cbow embeddings file",
                "similar", "cat", "-e", file("other.json", text.replace("\"cbow-embeddings\"", "\"word2vec\"")));
        expectError("a newer version", 1, "format version 2 is not supported \\(this cbow reads version 1\\)$",
                "similar", "cat", "-e", file("v2.json", text.replace("\"version\":1", "\"version\":2")));
        // a row one number short: drop the first number of the first vector
        int vectors = text.indexOf("\"vectors\"");
        int open = text.indexOf('[', vectors);
        int comma = text.indexOf(',', open);
        expectError("a row of the wrong length (short)", 1, "the vector of '\\S+' has 7 numbers, not 8$",
                "similar", "cat", "-e", file("short.json", text.substring(0, open + 1) + text.substring(comma + 1)));
        expectError("a row of the wrong length (long)", 1, "the vector of '\\S+' has more than 8 numbers$",
                "similar", "cat", "-e", file("long.json", text.substring(0, open + 1) + "0.5," + text.substring(open + 1)));
        expectError("a non-number in a row", 1, "the vector of '\\S+' holds a non-number$",
                "similar", "cat", "-e", file("nan.json", text.substring(0, open + 1) + "\"x\"," + text.substring(comma + 1)));
        expectError("a number out of float range", 1, "holds a number out of float range$",
                "similar", "cat", "-e", file("huge.json", text.substring(0, open + 1) + "1e39" + text.substring(comma)));
        expectError("a count too large", 1, "not valid JSON at line \\d+: Numeric value .* out of range of long",
                "similar", "cat", "-e", file("count.json", text.replaceFirst("\"counts\":\\{\"(\\w+)\":\\d+", "\"counts\":{\"$1\":99999999999999999999")));
        expectError("declared words disagree", 1, "the file declares 3 words but holds \\d+ vectors$", // more than declared: not a truncation
                "similar", "cat", "-e", file("count3.json", text.replaceFirst("\"words\":\\d+", "\"words\":3")));
        expectError("invalid UTF-8 in the embeddings file", 1, "latin\\.json: invalid UTF-8 near line 2$",
                "similar", "cat", "-e", file("latin.json", text.replace("\"cat\"", "\"caf\u00e9\"").getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Test
    void queries() throws IOException {
        expectError("an unknown query word", 1, "'zebra' is not in the vocabulary of .*good\\.json \\(\\d+ words\\)$",
                "similar", "zebra", "-e", embeddings.toString());
        expectError("-k 0", 2, "-k must be at least 1, got 0", "similar", "cat", "-k", "0", "-e", embeddings.toString());
        expectError("no query word", 2, "Missing required parameter: 'QUERY'", "similar", "-e", embeddings.toString());
        CliRun ok = CliRun.inProcess("similar", "CAT", "-e", embeddings.toString(), "-k", "3");
        assertEquals(0, ok.exitCode(), ok::toString);
        assertEquals(3, ok.out().lines().count(), ok::toString);
        assertEquals("", ok.err());
    }

    @Test
    void resumeFromBadCheckpoints() throws IOException {
        Path ck = dir.resolve("run.ckpt");
        CliRun run = CliRun.inProcess("train", PLANTED.toString(), "-o", dir.resolve("ck.json").toString(), "-q",
                "--dim", "8", "--epochs", "1", "--checkpoint", ck.toString());
        assertEquals(0, run.exitCode(), run::toString);
        Files.delete(dir.resolve("ck.json"));
        byte[] good = Files.readAllBytes(ck);
        String corpus = PLANTED.toString();
        expectError("missing checkpoint", 1, "nope\\.ckpt: cannot be read \\(no such file or directory",
                "train", corpus, "-o", out(), "--resume", dir.resolve("nope.ckpt").toString());
        expectError("not a checkpoint", 1, "planted\\.txt: not a cbow checkpoint \\(it does not start with CBOWCKPT\\)$",
                "train", corpus, "-o", out(), "--resume", corpus);
        expectError("empty checkpoint", 1, "the checkpoint ends too early \\(truncated\\?\\)$",
                "train", corpus, "-o", out(), "--resume", file("empty.ckpt", new byte[0]));
        expectError("truncated checkpoint", 1, "the checkpoint ends too early \\(truncated\\?\\)$",
                "train", corpus, "-o", out(), "--resume", file("cut.ckpt", Arrays.copyOf(good, good.length - 100)));
        byte[] flipped = good.clone();
        flipped[flipped.length - 200] ^= 0x10;
        expectError("a flipped bit in the parameters", 1, "the checkpoint is corrupt \\(its checksum does not match\\)$",
                "train", corpus, "-o", out(), "--resume", file("flip.ckpt", flipped));
        byte[] newer = good.clone();
        newer[11] = 9;
        expectError("a newer checkpoint version", 1, "checkpoint format version 9 is not supported",
                "train", corpus, "-o", out(), "--resume", file("v9.ckpt", newer));
        expectError("conflicting settings on resume", 2,
                "--dim 16 differs from the checkpoint's 8, --alpha 0.1 differs from the checkpoint's 0.002; a resumed run keeps the checkpoint's settings",
                "train", corpus, "-o", out(), "--resume", ck.toString(), "--dim", "16", "--alpha", "0.1");
        List<String> lines = new ArrayList<>(Files.readAllLines(PLANTED));
        Collections.swap(lines, 0, 1); // the same words and counts, another text
        expectError("the corpus in another order on resume", 1, "run\\.ckpt: the corpus is not the one the checkpoint was made from",
                "train", file("swapped.txt", String.join("\n", lines) + "\n"), "-o", out(), "-q", "--resume", ck.toString());
        expectError("another corpus on resume", 1, "run\\.ckpt: the corpus is not the one the checkpoint was made from",
                "train", file("fewer.txt", String.join("\n", lines.subList(0, lines.size() / 2)) + "\n"),
                "-o", out(), "-q", "--resume", ck.toString());
        assertArrayEquals(good, Files.readAllBytes(ck), "a failed resume leaves the checkpoint as it was");
        Files.delete(ck);
    }
}
