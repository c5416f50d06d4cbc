package cbow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that used to give a wrong answer, or wrong advice, with nothing said: each now gets one
 * clear line (or the right answer).
 */
class NoSilentWrongAnswerTest {
    private static final Path PLANTED = CliProcess.projectDir().resolve("data/planted.txt");

    @TempDir
    Path dir;

    private Path json(String vectors) throws IOException {
        Path file = dir.resolve("e.json");
        Files.writeString(file, "{\"format\": \"cbow-embeddings\", \"version\": 1, \"dim\": 2, \"vectors\": {" + vectors + "}}");
        return file;
    }

    @Test
    void aQueryWithoutDirectionIsAnError() throws IOException {
        Path e = json("\"cat\": [1, 0], \"dog\": [0.9, 0.1], \"car\": [0, 1], \"pad\": [0, 0]");
        CliRun self = CliRun.inProcess("similar", "-e", e.toString(), "cat - cat");
        assertEquals(1, self.exitCode(), self::toString);
        assertEquals("", self.out(), "no rows of 0.0000");
        assertEquals("cbow similar: 'cat - cat' adds up to the zero vector: it has no direction to compare with", self.errorLine());

        CliRun zero = CliRun.inProcess("similar", "-e", e.toString(), "pad");
        assertEquals(1, zero.exitCode(), zero::toString);
        assertTrue(zero.errorLine().contains("the vector of 'pad' in " + e + " is all zeros"), zero.errorLine());

        CliRun analogy = CliRun.inProcess("analogy", "-e", e.toString(), "cat", "pad", "dog");
        assertEquals(1, analogy.exitCode(), analogy::toString);
        assertTrue(analogy.errorLine().contains("'pad'"), analogy.errorLine());

        CliRun fine = CliRun.inProcess("similar", "-e", e.toString(), "-k", "1", "cat");
        assertEquals("dog\t0.9939\n", fine.out());
    }

    @Test
    void aTabInsideAWordIsEscapedInTsvAndText() throws IOException {
        Path e = json("\"cat\": [1, 0], \"tab\\tword\": [0.9, 0.1], \"back\\\\slash\": [0.8, 0.3]");
        CliRun tsv = CliRun.inProcess("similar", "-e", e.toString(), "--format", "tsv", "cat");
        assertEquals(0, tsv.exitCode(), tsv::toString);
        List<String> lines = List.of(tsv.out().split("\n"));
        assertEquals("cat\t1\ttab\\tword\t0.993884", lines.get(1));
        assertEquals("cat\t2\tback\\\\slash\t0.936329", lines.get(2));
        for (String line : lines) {
            assertEquals(4, line.split("\t", -1).length, "four columns: " + line);
        }
        CliRun text = CliRun.inProcess("similar", "-e", e.toString(), "-k", "1", "cat");
        assertEquals("tab\\tword\t0.9939\n", text.out());
    }

    @Test
    void plotWordsKeepsTheCaseTheFileHas() throws IOException {
        Path e = json("\"Paris\": [1, 0], \"paris\": [0, 1], \"London\": [0.5, 0.5], \"berlin\": [0.2, 0.9]");
        Path svg = dir.resolve("m.svg");
        CliRun run = CliRun.inProcess("plot", "words", svg.toString(), "-e", e.toString(), "Paris", "London", "Berlin");
        assertEquals(0, run.exitCode(), run::toString);
        assertFalse(run.err().contains("warning"), run.err());
        String picture = Files.readString(svg);
        assertTrue(picture.contains(">Paris</text>") && picture.contains(">London</text>"), "exact case first");
        assertTrue(picture.contains(">berlin</text>"), "then the lowercase form");
        assertFalse(picture.contains(">paris</text>"), "the capitalised word was placed, not its lowercase twin");
    }

    @Test
    void threadsHaveAnUpperBound() {
        CliRun r = CliRun.inProcess("train", PLANTED.toString(), "-o", dir.resolve("x.json").toString(), "--threads", "100000");
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.errorLine().contains("--threads must be 0 (all processors) to 1024, got 100000"), r.errorLine());
        CliRun bench = CliRun.inProcess("bench", "--threads", "5000");
        assertEquals(2, bench.exitCode(), bench::toString);
    }

    @Test
    void maxVocabOneIsAUsageErrorNotAdviceAboutMinCount() {
        CliRun r = CliRun.inProcess("train", PLANTED.toString(), "-o", dir.resolve("x.json").toString(), "--max-vocab", "1");
        assertEquals(2, r.exitCode(), r::toString);
        assertTrue(r.errorLine().contains("--max-vocab must be 0 (no limit) or at least 2"), r.errorLine());
        assertFalse(r.errorLine().contains("--min-count"), r.errorLine());
    }

    @Test
    void utf16TextIsToldToConvertFromUtf16() throws IOException {
        String text = "the cat sat on the mat\nthe dog sat on the log\n";
        byte[] le = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] withMark = new byte[le.length + 2];
        withMark[0] = (byte) 0xFF;
        withMark[1] = (byte) 0xFE;
        System.arraycopy(le, 0, withMark, 2, le.length);
        for (byte[] corpus : List.of(withMark, le, text.getBytes(StandardCharsets.UTF_16BE))) {
            Path file = dir.resolve("utf16.txt");
            Files.write(file, corpus);
            CliRun r = CliRun.inProcess("train", file.toString(), "-o", dir.resolve("x.json").toString());
            assertEquals(1, r.exitCode(), r::toString);
            assertTrue(r.errorLine().contains("the text is UTF-16"), r.errorLine());
            assertTrue(r.errorLine().endsWith("(convert it with: iconv -f UTF-16 -t UTF-8)"), r.errorLine());
            assertFalse(r.errorLine().contains("iconv -c"), "not told to drop bytes: " + r.errorLine());
        }
    }

    @Test
    void aDuplicateKeyIsNamedAsSuchNotAsTruncation() throws IOException {
        Path e = dir.resolve("dup.json");
        Files.writeString(e, "{\"format\": \"cbow-embeddings\", \"version\": 1, \"dim\": 2, \"words\": 2,\n"
                + "\"vectors\": {\"cat\": [1, 0],\n\"dog\": [0, 1],\n\"cat\": [0.5, 0.5]}}");
        CliRun r = CliRun.inProcess("similar", "-e", e.toString(), "cat");
        assertEquals(1, r.exitCode(), r::toString);
        assertEquals("cbow similar: " + e + ": the key 'cat' appears twice in one object (line 4)", r.errorLine());

        Path more = dir.resolve("more.json");
        Files.writeString(more, "{\"format\": \"cbow-embeddings\", \"version\": 1, \"dim\": 2, \"words\": 1,"
                + "\"vectors\": {\"cat\": [1, 0], \"dog\": [0, 1]}}");
        CliRun m = CliRun.inProcess("similar", "-e", more.toString(), "cat");
        assertEquals(1, m.exitCode(), m::toString);
        assertTrue(m.errorLine().endsWith("declares 1 words but holds 2 vectors"), m.errorLine());
    }
}
