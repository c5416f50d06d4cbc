package cbow.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Word2VecFormatTest {
    private static Embeddings sample() {
        List<String> words = List.of("the", "naïve", "well-known", "東京", "don't");
        float[] v = new float[words.size() * 7];
        Random random = new Random(3);
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) random.nextGaussian() * (i % 5 == 0 ? 1e-7f : 1f);
        }
        return new Embeddings(words, new long[] {9, 8, 7, 6, 5}, 7, v, new LinkedHashMap<>(), null);
    }

    private static byte[] bytes(EmbeddingsFormat format, Embeddings e) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EmbeddingsWriter.write(e, format, out);
        return out.toByteArray();
    }

    private static Embeddings load(byte[] bytes) throws IOException {
        return EmbeddingsLoader.load(new ByteArrayInputStream(bytes), null);
    }

    @Test
    void everyFormatRoundTripsExactlyAndIsRecognised() throws IOException {
        Embeddings e = sample();
        List<EmbeddingsFormat> readable = Arrays.stream(EmbeddingsFormat.values()).filter(EmbeddingsFormat::singleFile).toList();
        assertEquals(4, readable.size(), "json, word2vec text and binary, glove");
        for (EmbeddingsFormat format : readable) {
            byte[] written = bytes(format, e);
            assertEquals(format, EmbeddingsFormat.detect(written, written.length));
            Embeddings back = load(written);
            assertEquals(e.words(), back.words(), format.toString());
            assertArrayEquals(e.vectors(), back.vectors(), format.toString());
            // and again through another format: json -> word2vec -> binary -> json loses nothing but counts
            for (EmbeddingsFormat other : readable) {
                Embeddings twice = load(bytes(other, back));
                assertEquals(e.words(), twice.words());
                assertArrayEquals(e.vectors(), twice.vectors());
            }
        }
    }

    @Test
    void readsFastTextVecAndGensimBinaryLayouts() throws IOException {
        // fastText: a trailing space on every line; gensim binary: no newline after the vectors
        Embeddings vec = load("2 3\nhello 1 2 3 \nworld -0.5 1e-3 4.25 \n".getBytes(StandardCharsets.UTF_8));
        assertArrayEquals(new float[] {1, 2, 3, -0.5f, 1e-3f, 4.25f}, vec.vectors());
        ByteArrayOutputStream gensim = new ByteArrayOutputStream();
        gensim.write("2 2\n".getBytes(StandardCharsets.US_ASCII));
        for (String w : new String[] {"a", "b"}) {
            gensim.write((w + " ").getBytes(StandardCharsets.US_ASCII));
            gensim.write(new byte[] {0, 0, (byte) 0x80, 0x3F, 0, 0, 0, (byte) 0xC0}); // 1.0f, -2.0f little-endian
        }
        Embeddings bin = load(gensim.toByteArray());
        assertEquals(List.of("a", "b"), bin.words());
        assertArrayEquals(new float[] {1, -2, 1, -2}, bin.vectors());
    }

    @Test
    void readsGloveTextWithoutHeader() throws IOException {
        String glove = "the 0.5 -1 2e-3\nof 1 2 3\n, 0 0 -0.25\n";
        byte[] bytes = glove.getBytes(StandardCharsets.UTF_8);
        assertEquals(EmbeddingsFormat.GLOVE, EmbeddingsFormat.detect(bytes, bytes.length));
        Embeddings e = load(bytes);
        assertEquals(List.of("the", "of", ","), e.words());
        assertArrayEquals(new float[] {0.5f, -1, 2e-3f, 1, 2, 3, 0, 0, -0.25f}, e.vectors());
        // more rows than the first buffer holds: the rows grow
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            many.append("w").append(i).append(' ').append(i).append(' ').append(-i).append('\n');
        }
        Embeddings grown = load(many.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(3000, grown.size());
        assertArrayEquals(new float[] {2999, -2999}, grown.vector(2999));
        assertMessage("a 1 2\nb 1\n", "line 2: the vector of 'b' has 1 numbers, not 2");
    }

    @Test
    void corruptFilesSayWhatIsWrong() {
        assertMessage("2 3\nhello 1 2 3\n", "declares 2 words but the file holds 1");
        assertMessage("1 3\nhello 1 2\n", "line 2: the vector of 'hello' has 2 numbers, not 3");
        assertMessage("1 2\nhello 1 x2\n", "line 2: 'x2' in the vector of 'hello' is not a number");
        assertMessage("2 1\nhi 1\nhi 2\n", "line 3: the word 'hi' appears twice (first at line 2)");
        assertMessage("hello world\n", "neither cbow JSON nor word2vec");
        byte[] binary = bytes(sample());
        byte[] truncated = Arrays.copyOf(binary, binary.length - 10);
        EmbeddingsFormatException e = assertThrows(EmbeddingsFormatException.class, () -> load(truncated));
        assertTrue(e.getMessage().contains("word 5 of 5 ('don't'): the file ends within its vector (truncated?)"), e.getMessage());
    }

    @Test
    void aHeaderThatUndercountsIsAnErrorInBothFormats() throws IOException {
        assertMessage("1 2\nhello 1 2\nworld 3 4\n", "line 3: more vectors than the 1 the header declares");
        byte[] binary = bytes(sample()); // 5 words
        String header = "5 ";
        assertTrue(new String(binary, 0, 2, StandardCharsets.US_ASCII).equals(header));
        byte[] undercounted = binary.clone();
        undercounted[0] = '4';
        EmbeddingsFormatException e = assertThrows(EmbeddingsFormatException.class, () -> load(undercounted));
        assertTrue(e.getMessage().contains("word 5: more vectors than the 4 the header declares"), e.getMessage());
        assertEquals(5, load(binary).size(), "the C tool's newline after the last vector is no extra entry");
    }

    private static byte[] bytes(Embeddings e) {
        try {
            return bytes(EmbeddingsFormat.WORD2VEC_BINARY, e);
        } catch (IOException ex) {
            throw new AssertionError(ex);
        }
    }

    private static void assertMessage(String file, String expected) {
        EmbeddingsFormatException e = assertThrows(EmbeddingsFormatException.class,
                () -> load(file.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void wordsWithWhiteSpaceCannotBeWritten() {
        Embeddings e = new Embeddings(List.of("new york"), new long[1], 1, new float[] {1}, new LinkedHashMap<>(), null);
        assertThrows(IllegalArgumentException.class, () -> Word2VecFormat.writeText(e, new ByteArrayOutputStream()));
    }
}
