package cbow.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cbow.embed.Embeddings;
import cbow.embed.EmbeddingsFormat;
import cbow.eval.EvalFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The library's queries against brute-force computations in double precision, its formats, and its threads. */
class WordEmbeddingsTest {
    @TempDir
    Path dir;

    private WordEmbeddings fixture() throws IOException {
        EvalFixture.write(dir);
        return WordEmbeddings.load(dir.resolve("vectors.txt"));
    }

    @Test
    void nearestAnalogiesAndSimilarityMatchABruteForceComputation() throws IOException {
        WordEmbeddings v = fixture();
        Embeddings raw = EvalFixture.vectors();
        assertEquals(raw.size(), v.size());
        assertEquals(raw.dim(), v.dimension());
        // nearest("king"): every other word ranked by cosine, computed here in double
        List<String> expected = IntStream.range(0, raw.size()).filter(i -> !raw.word(i).equals("king"))
                .boxed().sorted(Comparator.comparingDouble(i -> -cosine(raw, raw.id("king"), i)))
                .map(raw::word).limit(5).toList();
        List<Neighbour> nearest = v.nearest("king", 5);
        assertEquals(expected, nearest.stream().map(Neighbour::word).toList());
        assertEquals(cosine(raw, raw.id("king"), raw.id(expected.get(0))), nearest.get(0).similarity(), 1e-6);
        assertEquals(v.similarity("king", "queen"), cosine(raw, raw.id("king"), raw.id("queen")), 1e-6);
        // an analogy is the nearest neighbour of b - a + c on unit vectors, a, b, c excluded
        List<Neighbour> analogy = v.analogy("man", "king", "woman", 3);
        assertEquals(analogy, v.nearest(List.of("king", "woman"), List.of("man"), 3, 0));
        assertEquals(analogy, v.nearestTo("king - man + woman", 3));
        assertTrue(analogy.stream().noneMatch(n -> List.of("man", "king", "woman").contains(n.word())));
        // any vector: the word's own vector finds the word first
        assertEquals("queen", v.nearest(v.vector("queen"), 1).get(0).word());
        assertEquals(1, v.rank("king", nearest.get(0).word()));
        assertEquals(3, v.rank("king", nearest.get(2).word()));
        assertEquals("rome", v.doesntMatch(List.of("paris", "rome", "berlin", "cat")));
        assertEquals(0.0509, v.similarity(List.of("king", "man"), List.of("queen", "woman")), 5e-5); // gensim's n_similarity
        assertEquals(List.of("queen", "the", "father"),
                v.nearest(List.of("king"), List.of(), 3, 10).stream().map(Neighbour::word).toList());
    }

    @Test
    void badQueriesSayWhatIsWrong() throws IOException {
        WordEmbeddings v = fixture();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> v.nearest("nosuchword", 3));
        assertEquals("'nosuchword' is not in the vocabulary (48 words)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> v.nearest("king", 0));
        assertThrows(IllegalArgumentException.class, () -> v.nearest(new float[3], 1));
        assertTrue(v.contains("KING") && v.contains("Paris") && v.contains("tokyo") && !v.contains("nosuchword"));
        Files.writeString(dir.resolve("bad.txt"), "2 3\nhello 1 2\n");
        IOException bad = assertThrows(IOException.class, () -> WordEmbeddings.load(dir.resolve("bad.txt")));
        assertTrue(bad.getMessage().contains("line 2: the vector of 'hello' has 2 numbers, not 3"), bad.getMessage());
        assertThrows(IOException.class, () -> WordEmbeddings.load(dir.resolve("missing.txt")));
    }

    @Test
    void everyFormatSavesAndLoadsTheSameVectors() throws IOException {
        WordEmbeddings v = fixture();
        for (VectorFormat format : VectorFormat.values()) {
            Path file = dir.resolve("out-" + format);
            v.save(file, format);
            if (format == VectorFormat.PROJECTOR) {
                assertEquals(v.size(), Files.readAllLines(file.resolve("vectors.tsv")).size());
                continue;
            }
            WordEmbeddings back = WordEmbeddings.load(file);
            assertEquals(v.words(), back.words(), format.toString());
            for (String w : v.words()) {
                assertEquals(java.util.Arrays.toString(v.vector(w)), java.util.Arrays.toString(back.vector(w)));
            }
        }
        // one list of formats: every format of the command line is one of the library's
        assertEquals(EmbeddingsFormat.values().length, VectorFormat.values().length);
        for (VectorFormat f : VectorFormat.values()) {
            assertEquals(f.name(), f.format().name());
        }
    }

    @Test
    void queriesFromManyThreadsAtOnceGiveTheOneThreadAnswers() throws Exception {
        WordEmbeddings v = fixture();
        List<String> words = v.words();
        List<List<Neighbour>> alone = new ArrayList<>();
        for (String w : words) {
            alone.add(v.nearest(w, 5));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int offset = t;
                results.add(pool.submit(() -> {
                    for (int round = 0; round < 50; round++) {
                        for (int i = 0; i < words.size(); i++) {
                            int k = (i + offset) % words.size();
                            if (!v.nearest(words.get(k), 5).equals(alone.get(k))) {
                                return false;
                            }
                            v.analogy("man", "king", words.get(k).equals("woman") ? "girl" : "woman", 2);
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> r : results) {
                assertTrue(r.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static double cosine(Embeddings e, int a, int b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int d = 0; d < e.dim(); d++) {
            double x = e.vectors()[a * e.dim() + d];
            double y = e.vectors()[b * e.dim() + d];
            dot += x * y;
            na += x * x;
            nb += y * y;
        }
        return dot / Math.sqrt(na * nb);
    }
}
