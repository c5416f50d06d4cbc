package cbow.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cbow.vocab.CharacterNgrams;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SubwordModelFileTest {
    private static final int DIM = 5;
    private static final int BUCKETS = 97;
    private static final CharacterNgrams NGRAMS = new CharacterNgrams(3, 6);

    @TempDir
    Path dir;

    static Embeddings sample() {
        List<String> words = List.of("the", "naïve", "東京", "cat");
        SplittableRandom r = new SplittableRandom(7);
        float[] vectors = new float[words.size() * DIM];
        float[] rows = new float[BUCKETS * DIM];
        for (int i = 0; i < vectors.length; i++) {
            vectors[i] = (float) r.nextGaussian();
        }
        for (int i = 0; i < rows.length; i++) {
            rows[i] = (float) r.nextGaussian();
        }
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("loss", "ns");
        settings.put("subwords", "3-6");
        settings.put("alpha", 0.075);
        return new Embeddings(words, new long[] {9, 5, 3, 2}, DIM, vectors, settings, null)
                .withNgrams(NgramVectors.of(NGRAMS, BUCKETS, DIM, rows, 0));
    }

    /** The mean of the rows of the word's n-grams, computed here from the n-gram list. */
    static float[] expectedUnseen(Embeddings e, String word) {
        float[] sum = new float[DIM];
        int[] b = NGRAMS.buckets(word, BUCKETS);
        float[] row = new float[DIM];
        for (int g : b) {
            e.ngrams().copyRow(g, row, 0);
            for (int k = 0; k < DIM; k++) {
                sum[k] += row[k];
            }
        }
        for (int k = 0; k < DIM; k++) {
            sum[k] /= b.length;
        }
        return sum;
    }

    @Test
    void roundTripsThroughAFileAndAStream() throws IOException {
        Embeddings e = sample();
        Path file = dir.resolve("model.bin");
        SubwordModelFile.write(e, file);
        assertEquals(0, Files.size(file) % 4);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SubwordModelFile.write(e, bytes);
        for (Embeddings back : List.of(EmbeddingsLoader.load(file, null, null),
                EmbeddingsLoader.load(new ByteArrayInputStream(bytes.toByteArray()), null))) {
            assertEquals(e.words(), back.words());
            assertEquals(e.count(1), back.count(1));
            assertArrayEquals(e.vectors(), back.vectors());
            assertEquals(e.settings(), back.settings());
            assertEquals(NGRAMS, back.ngrams().ngrams());
            assertEquals(BUCKETS, back.ngrams().buckets());
            for (String unseen : List.of("cats", "naïvely", "x")) {
                assertArrayEquals(expectedUnseen(e, unseen), back.vectorOf(unseen), 1e-6f, unseen);
            }
            assertArrayEquals(e.vector(3), back.vectorOf("cat")); // a known word keeps its own vector
        }
    }

    @Test
    void aWordWithoutNgramsHasNoVector() {
        Embeddings e = new Embeddings(List.of("a", "b"), new long[] {2, 1}, DIM, new float[2 * DIM], Map.of(), null)
                .withNgrams(NgramVectors.of(new CharacterNgrams(4, 6), BUCKETS, DIM, new float[BUCKETS * DIM], 0));
        assertEquals(DIM, e.vectorOf("xy").length); // <xy> has 4 characters: one n-gram
        assertNull(e.vectorOf("x"));  // <x> has 3: none
    }

    @Test
    void refusesTruncatedExtendedAndDamagedFiles() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SubwordModelFile.write(sample(), out);
        byte[] whole = out.toByteArray();
        Path file = dir.resolve("bad.bin");
        Files.write(file, Arrays.copyOf(whole, whole.length - 4));
        assertTrue(message(file).contains("truncated"), message(file));
        Files.write(file, Arrays.copyOf(whole, whole.length + 4));
        assertTrue(message(file).contains("extra bytes"), message(file));
        byte[] damaged = whole.clone();
        damaged[40] ^= 1; // inside the settings
        Files.write(file, damaged);
        assertTrue(message(file).contains("checksum"), message(file));
        byte[] badVector = whole.clone();
        int vectorsAt = whole.length - 4 * DIM * (4 + BUCKETS);
        badVector[vectorsAt + 3] ^= 1;
        Files.write(file, badVector);
        assertTrue(message(file).contains("checksum"), message(file));
        for (int cut : new int[] {10, 60, whole.length / 2}) {
            byte[] head = Arrays.copyOf(whole, cut);
            EmbeddingsFormatException e = assertThrows(EmbeddingsFormatException.class,
                    () -> EmbeddingsLoader.load(new ByteArrayInputStream(head), null));
            assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        }
    }

    private static String message(Path file) {
        return assertThrows(EmbeddingsFormatException.class, () -> EmbeddingsLoader.load(file, null, null)).getMessage();
    }
}
