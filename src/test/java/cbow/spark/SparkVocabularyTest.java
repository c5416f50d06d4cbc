package cbow.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cbow.data.EncodedCorpus;
import cbow.synthetic.PlantedCorpus;
import cbow.text.TokenizedCorpus;
import cbow.train.TrainingSettings;
import cbow.vocab.Vocabulary;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkException;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The corpus read by Spark gives the vocabulary and the id stream that {@code cbow train} gives on
 * the same text: the same tokenizer rules (joiners, case, CR and CRLF line ends, long tokens), the
 * same words in the same order with the same counts, from several files, one of them gzipped.
 * Spark's local mode in this JVM: this is about reading, the cluster test about running.
 */
class SparkVocabularyTest {
    private static JavaSparkContext sc;

    @BeforeAll
    static void start() {
        sc = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("cbow-test")
                .set("spark.ui.enabled", "false").set("spark.driver.host", "127.0.0.1")
                .set("spark.driver.bindAddress", "127.0.0.1"));
        sc.setLogLevel("WARN");
    }

    @AfterAll
    static void stop() {
        sc.close();
    }

    @Test
    void theLineEndTokenEndsEveryLineThatHoldsAWordAsCbowTrainDoes(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("lines.txt");
        Files.writeString(file, "a b c\n\n   \nb c\nc\n"); // three lines hold words
        SparkCorpus corpus = SparkCorpus.read(sc, List.of(file.toString()), 1, true);
        SparkCorpus.Counts counts = corpus.count();
        assertEquals(3L, counts.counts()[counts.words().indexOf(TrainingSettings.LINE_END_TOKEN)]);
        Vocabulary v = Vocabulary.select(counts.words(), counts.counts(), 1, 0);
        List<Integer> ids = new ArrayList<>();
        for (int[] shard : corpus.encode(sc, v).collect()) {
            for (int id : shard) {
                ids.add(id);
            }
        }
        int end = v.id(TrainingSettings.LINE_END_TOKEN);
        int line = TokenizedCorpus.LINE_END;
        assertEquals(List.of(v.id("a"), v.id("b"), v.id("c"), end, line, v.id("b"), v.id("c"), end, line, v.id("c"), end,
                line), ids);
    }

    @Test
    void vocabularyAndIdsAreThoseOfTheSingleMachineReader(@TempDir Path dir) throws IOException {
        String tricky = "Don't stop: it's well-known that 3.5 x 1,000 = 3,500!\r\n"
                + "THE The the -- the\rÉcole école e\u0301cole\r\n\n"
                + "x".repeat(150) + " rock'n'roll o\u2019clock twenty-one\n";
        String planted = String.join("\n", PlantedCorpus.generate(3, 1500)) + "\n";
        String first = tricky + planted.substring(0, planted.length() / 2);
        first = first.substring(0, first.lastIndexOf('\n') + 1);
        String second = planted.substring(first.length() - tricky.length()) + tricky;
        Path plain = dir.resolve("a.txt");
        Files.writeString(plain, first);
        Path gz = dir.resolve("b.txt.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(second.getBytes(StandardCharsets.UTF_8));
        }
        TokenizedCorpus whole = TokenizedCorpus.read(new ByteArrayInputStream((first + second).getBytes(StandardCharsets.UTF_8)));
        Vocabulary expected = Vocabulary.select(whole.words(), whole.counts(), 2, 0);

        SparkCorpus corpus = SparkCorpus.read(sc, List.of(plain.toString(), gz.toString()), 3);
        SparkCorpus.Counts counts = corpus.count();
        Vocabulary actual = Vocabulary.select(counts.words(), counts.counts(), 2, 0);

        assertTrue(expected.size() > 100, "the text has a real vocabulary: " + expected.size());
        assertEquals(expected.words(), actual.words());
        assertArrayEquals(expected.counts(), actual.counts());
        assertEquals(whole.tokenCount(), counts.tokens());
        assertTrue(expected.id("don't") >= 0 && expected.id("3,500") >= 0 && expected.id("école") >= 0
                && expected.id("o'clock") >= 0, "joined tokens and case folding as the tokenizer does them");

        // the partitions hold the single-machine id stream's lines (joining or spreading input splits
        // into exactly P partitions may reorder lines, never change one)
        EncodedCorpus encoded = EncodedCorpus.of(whole, expected);
        assertEquals(sortedLines(Arrays.copyOf(encoded.ids(), encoded.length())), sortedLines(ids(corpus, actual, 3)));
    }

    @Test
    void theCorpusHasExactlyThePartitionsAskedFor(@TempDir Path dir) throws IOException {
        String planted = String.join("\n", PlantedCorpus.generate(3, 1500)) + "\n";
        Path plain = dir.resolve("a.txt");
        Files.writeString(plain, planted);
        Path gz = dir.resolve("b.txt.gz"); // gzip cannot be split: one input split
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(planted.getBytes(StandardCharsets.UTF_8));
        }
        TokenizedCorpus whole = TokenizedCorpus.read(new ByteArrayInputStream((planted + planted).getBytes(StandardCharsets.UTF_8)));
        Vocabulary vocabulary = Vocabulary.select(whole.words(), whole.counts(), 2, 0);
        List<String> both = List.of(plain.toString(), gz.toString());
        EncodedCorpus encoded = EncodedCorpus.of(whole, vocabulary);
        List<String> expected = sortedLines(Arrays.copyOf(encoded.ids(), encoded.length()));
        for (int partitions : new int[] {1, 2, 5}) { // 2 files joined into 1; spread over 5
            assertEquals(expected, sortedLines(ids(SparkCorpus.read(sc, both, partitions), vocabulary, partitions)),
                    partitions + " partitions");
        }
        assertEquals(1, SparkCorpus.read(sc, List.of(gz.toString()), 1).lines().getNumPartitions());
        assertEquals(4, SparkCorpus.read(sc, List.of(gz.toString()), 4).lines().getNumPartitions());
    }

    /** The corpus's ids, all partitions in order, after checking that there are {@code partitions}. */
    private static int[] ids(SparkCorpus corpus, Vocabulary vocabulary, int partitions) {
        List<int[]> shards = corpus.encode(sc, vocabulary).collect();
        assertEquals(partitions, shards.size(), "exactly the partitions asked for");
        return shards.stream().flatMapToInt(Arrays::stream).toArray();
    }

    /** The lines of an id stream (each ends with {@link TokenizedCorpus#LINE_END}), sorted. */
    private static List<String> sortedLines(int[] ids) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int id : ids) {
            line.append(id).append(' ');
            if (id == TokenizedCorpus.LINE_END) {
                lines.add(line.toString());
                line.setLength(0);
            }
        }
        assertEquals(0, line.length(), "the stream ends with a line end");
        lines.sort(null);
        return lines;
    }

    @Test
    void invalidUtf8IsRefusedWithWhereItIs(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.txt");
        Files.write(bad, new byte[] {'o', 'k', '\n', 'b', (byte) 0xC3, 'x', '\n'});
        SparkCorpus corpus = SparkCorpus.read(sc, List.of(bad.toString()), 1);
        SparkException e = assertThrows(SparkException.class, corpus::count);
        assertTrue(e.getMessage().contains("InvalidCorpusTextException: invalid UTF-8 in the line at byte 3"),
                e.getMessage());
    }
}
