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

        // the partitions, in order, are the single-machine id stream (files in the order given)
        List<int[]> shards = corpus.encode(sc, actual).collect();
        List<Integer> sparkIds = new ArrayList<>();
        for (int[] shard : shards) {
            for (int id : shard) {
                sparkIds.add(id);
            }
        }
        EncodedCorpus encoded = EncodedCorpus.of(whole, expected);
        List<Integer> machineIds = new ArrayList<>();
        for (int i = 0; i < encoded.length(); i++) {
            machineIds.add(encoded.ids()[i]);
        }
        assertTrue(shards.size() >= 3, "at least the partitions asked for: " + shards.size());
        assertEquals(machineIds, sparkIds);
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
