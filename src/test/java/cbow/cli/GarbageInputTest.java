package cbow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import cbow.embed.Embeddings;
import cbow.embed.EmbeddingsFormatException;
import cbow.embed.EmbeddingsJson;
import cbow.text.MalformedTextException;
import cbow.text.TokenizedCorpus;
import cbow.text.Tokenizer;
import cbow.train.Checkpoint;
import cbow.train.CheckpointFormatException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated garbage, fed to the tokenizer, the embeddings loader and the checkpoint loader: each
 * input gives a clean result or the one exception that means "bad input", never anything else.
 * Seeded, so a failure names the case that reproduces it.
 */
class GarbageInputTest {
    private static final Path PLANTED = Path.of(System.getProperty("cbow.projectDir", "."), "data", "planted.txt");
    private static final String[] FRAGMENTS = {"the", "Cat", " ", "  ", "\n", "\r\n", "\r", "\t", "don't", "o’clock",
        "-", "--", "'", ".", ",", "3.5", "1,000", "é", "e\u0301", "日本語", "\uD83D\uDE00", "\u0000", "\u00A0", "İ", "ß",
        "x".repeat(99), "y".repeat(101), "\"", "{", "}", "[", "]", ":"};
    private static final byte[][] BAD_BYTES = {{(byte) 0xFF}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xE2, (byte) 0x82}, {(byte) 0x80}, {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80}};

    @TempDir
    static Path dir;
    private static byte[] goodJson;
    private static byte[] goodCheckpoint;

    @BeforeAll
    static void makeGoodFiles() throws Exception {
        Path json = dir.resolve("good.json");
        Path ckpt = dir.resolve("good.ckpt");
        CliRun run = CliRun.inProcess("train", PLANTED.toString(), "-o", json.toString(), "--dim", "3",
                "--epochs", "1", "--checkpoint", ckpt.toString(), "-q");
        assertEquals(0, run.exitCode(), run::toString);
        goodJson = Files.readAllBytes(json);
        goodCheckpoint = Files.readAllBytes(ckpt);
    }

    private static byte[] text(Random r) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int pieces = r.nextInt(200);
        boolean allowBad = r.nextInt(3) == 0;
        for (int i = 0; i < pieces; i++) {
            int kind = r.nextInt(10);
            if (kind == 0) {
                byte[] b = new byte[r.nextInt(8)];
                r.nextBytes(b);
                out.writeBytes(allowBad ? b : new String(b, StandardCharsets.ISO_8859_1).getBytes(StandardCharsets.UTF_8));
            } else if (kind == 1 && allowBad) {
                out.writeBytes(BAD_BYTES[r.nextInt(BAD_BYTES.length)]);
            } else if (kind == 2) {
                out.writeBytes(new String(Character.toChars(r.nextInt(0x10FFFF) & ~0x800)).getBytes(StandardCharsets.UTF_8));
            } else {
                out.writeBytes(FRAGMENTS[r.nextInt(FRAGMENTS.length)].getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    /** Truncates, flips, deletes, duplicates or inserts bytes, one to three times. */
    private static byte[] mutate(byte[] good, Random r) {
        byte[] b = good.clone();
        for (int k = 1 + r.nextInt(3); k > 0; k--) {
            int at = r.nextInt(b.length + 1);
            switch (r.nextInt(5)) {
                case 0 -> b = Arrays.copyOf(b, at);
                case 1 -> {
                    if (b.length > 0) {
                        b[Math.min(at, b.length - 1)] ^= (byte) (1 << r.nextInt(8));
                    }
                }
                case 2 -> {
                    int end = Math.min(b.length, at + r.nextInt(64));
                    b = concat(Arrays.copyOf(b, at), Arrays.copyOfRange(b, end, b.length));
                }
                case 3 -> {
                    int end = Math.min(b.length, at + r.nextInt(64));
                    b = concat(Arrays.copyOf(b, end), Arrays.copyOfRange(b, at, b.length));
                }
                default -> {
                    byte[] junk = r.nextBoolean() ? text(r) : new byte[r.nextInt(16)];
                    if (junk.length > 0 && junk[0] == 0) {
                        r.nextBytes(junk);
                    }
                    b = concat(concat(Arrays.copyOf(b, at), junk), Arrays.copyOfRange(b, at, b.length));
                }
            }
        }
        return b;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    @Test
    void theTokenizerGivesTokensOrRejectsInvalidUtf8() throws Exception {
        Random r = new Random(20240601);
        int rejected = 0;
        for (int n = 0; n < 1500; n++) {
            byte[] input = text(r);
            try {
                TokenizedCorpus c = TokenizedCorpus.read(new ByteArrayInputStream(input));
                long lineEnds = 0;
                for (int i = 0; i < c.streamLength(); i++) {
                    lineEnds += c.stream()[i] == TokenizedCorpus.LINE_END ? 1 : 0;
                }
                assertEquals(c.tokenCount() + lineEnds, c.streamLength(), "case " + n);
                for (String w : c.words()) {
                    assertTrue(!w.isEmpty() && w.length() <= Tokenizer.MAX_TOKEN_CHARS, "case " + n + ": " + w);
                    assertEquals(w.toLowerCase(Locale.ROOT), w, "case " + n);
                    assertTrue(w.codePoints().allMatch(cp -> Character.isLetterOrDigit(cp) || "'-.,_".indexOf(cp) >= 0
                            || Character.getType(cp) == Character.NON_SPACING_MARK
                            || Character.getType(cp) == Character.COMBINING_SPACING_MARK
                            || Character.getType(cp) == Character.ENCLOSING_MARK), "case " + n + ": " + w);
                }
            } catch (MalformedTextException e) {
                rejected++;
                assertTrue(e.getMessage().matches("invalid UTF-8 on line \\d+"), e.getMessage());
            } catch (Throwable t) {
                fail("case " + n + " (seed 20240601): " + t, t);
            }
        }
        assertTrue(rejected > 100 && rejected < 1400, "both outcomes were exercised: " + rejected + " rejected");
    }

    @Test
    void theEmbeddingsLoaderLoadsOrSaysWhatIsWrong() {
        Random r = new Random(7);
        int loaded = 0;
        for (int n = 0; n < 1500; n++) {
            byte[] input = n % 10 == 0 ? text(r) : mutate(goodJson, r);
            try {
                Embeddings e = EmbeddingsJson.read(new ByteArrayInputStream(input));
                loaded++;
                assertEquals((long) e.size() * e.dim(), e.vectors().length, "case " + n);
                assertTrue(e.size() > 0 && e.dim() > 0, "case " + n);
            } catch (EmbeddingsFormatException e) {
                assertTrue(!e.getMessage().isBlank() && !e.getMessage().contains("\n"), "one line: " + e.getMessage());
            } catch (Throwable t) {
                fail("case " + n + " (seed 7): " + t, t);
            }
        }
        assertTrue(loaded > 0 && loaded < 1400, "both outcomes were exercised: " + loaded + " loaded");
    }

    @Test
    void theCheckpointLoaderLoadsOrSaysWhatIsWrong() throws Exception {
        Random r = new Random(11);
        Path file = dir.resolve("mutated.ckpt");
        for (int n = 0; n < 600; n++) {
            byte[] input = n % 10 == 0 ? text(r) : mutate(goodCheckpoint, r);
            Files.write(file, input);
            try {
                Checkpoint.read(file);
                assertTrue(Arrays.equals(input, goodCheckpoint), "case " + n + ": a changed checkpoint was accepted");
            } catch (CheckpointFormatException e) {
                assertTrue(!e.getMessage().isBlank() && !e.getMessage().contains("\n"), "one line: " + e.getMessage());
            } catch (Throwable t) {
                fail("case " + n + " (seed 11): " + t, t);
            }
        }
    }

    @Test
    void theCommandLineAnswersGarbageWithOneLine() throws Exception {
        Random r = new Random(3);
        Path corpus = dir.resolve("garbage.txt");
        Path embeddings = dir.resolve("garbage.json");
        for (int n = 0; n < 40; n++) {
            Files.write(corpus, text(r));
            Files.write(embeddings, mutate(goodJson, r));
            CliRun train = CliRun.inProcess("train", corpus.toString(), "-o", dir.resolve("out.json").toString(),
                    "--min-count", "1", "--dim", "2", "--epochs", "1", "-q");
            CliRun similar = CliRun.inProcess("similar", "the", "-e", embeddings.toString());
            for (CliRun run : new CliRun[] {train, similar}) {
                assertTrue(run.exitCode() == 0 || run.exitCode() == 1, "case " + n + ": " + run);
                if (run.exitCode() == 1) {
                    assertEquals(1, run.errLines().size(), "case " + n + ": " + run);
                    assertTrue(!run.err().contains("internal error"), "case " + n + ": " + run);
                }
            }
        }
    }
}
