package cbow.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingsCacheTest {
    @TempDir
    Path dir;

    /** Big enough (over EmbeddingsCache.MIN_SOURCE_BYTES as text) to be cached. */
    private static Embeddings big(long seed) {
        int n = 3000;
        int dim = 40;
        List<String> words = new ArrayList<>();
        long[] counts = new long[n];
        for (int i = 0; i < n; i++) {
            words.add("w" + i);
            counts[i] = n - i;
        }
        float[] v = new float[n * dim];
        Random random = new Random(seed);
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) random.nextGaussian();
        }
        return new Embeddings(words, counts, dim, v, new LinkedHashMap<>(), null);
    }

    private static void writeJson(Path file, Embeddings e) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            EmbeddingsJson.write(e, out);
        }
    }

    @Test
    void aCopyIsMadeUsedAndDroppedWhenTheSourceChanges() throws IOException {
        Path source = dir.resolve("vectors.json");
        Embeddings first = big(1);
        writeJson(source, first);
        EmbeddingsCache cache = new EmbeddingsCache(dir.resolve("cache"));
        assertNull(cache.read(source));

        Embeddings loaded = EmbeddingsLoader.load(source, null, cache);
        assertArrayEquals(first.vectors(), loaded.vectors());
        Embeddings cached = cache.read(source);
        assertNotNull(cached);
        assertEquals(first.words(), cached.words());
        assertEquals(first.count(5), cached.count(5));
        assertArrayEquals(first.vectors(), cached.vectors());

        // same size and modification time, other numbers: the checksum tells
        FileTime mtime = Files.getLastModifiedTime(source);
        Embeddings second = big(2);
        writeJson(source, second);
        Files.setLastModifiedTime(source, mtime);
        assertNull(cache.read(source));
        assertArrayEquals(second.vectors(), EmbeddingsLoader.load(source, null, cache).vectors());
        assertArrayEquals(second.vectors(), cache.read(source).vectors());
    }

    @Test
    void aDamagedCopyIsIgnored() throws IOException {
        Path source = dir.resolve("vectors.json");
        Embeddings e = big(3);
        writeJson(source, e);
        EmbeddingsCache cache = new EmbeddingsCache(dir.resolve("cache"));
        EmbeddingsLoader.load(source, null, cache);
        Path entry = cache.entryFor(source);
        byte[] bytes = Files.readAllBytes(entry);
        Files.write(entry, Arrays.copyOf(bytes, bytes.length / 2));
        assertNull(cache.read(source));
        assertArrayEquals(e.vectors(), EmbeddingsLoader.load(source, null, cache).vectors());
    }
}
