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

    /** The offset of float {@code k} of the vectors in an entry (they end 8 bytes before its end). */
    private static int floatOffset(byte[] entry, Embeddings e, int k) {
        return entry.length - Long.BYTES - (e.vectors().length - k) * Float.BYTES;
    }

    @Test
    void anEntryWhoseNumbersWereEditedIsDeletedAndRebuilt() throws IOException {
        Path source = dir.resolve("vectors.json");
        Embeddings e = big(4);
        writeJson(source, e);
        EmbeddingsCache cache = new EmbeddingsCache(dir.resolve("cache"));
        EmbeddingsLoader.load(source, null, cache);
        Path entry = cache.entryFor(source);
        byte[] good = Files.readAllBytes(entry);

        // one word's vector replaced by another's: a well-formed entry that answers wrongly
        byte[] swapped = good.clone();
        System.arraycopy(good, floatOffset(good, e, 7 * e.dim()), swapped, floatOffset(good, e, 0), e.dim() * Float.BYTES);
        Files.write(entry, swapped);
        assertNull(cache.read(source), "the checksum over the whole entry catches the copied vector");
        assertEquals(false, Files.exists(entry), "the damaged entry is deleted");
        assertArrayEquals(e.vectors(), EmbeddingsLoader.load(source, null, cache).vectors());
        assertArrayEquals(good, Files.readAllBytes(entry), "and made again from the source");

        // a NaN in place of one number
        byte[] nan = good.clone();
        java.nio.ByteBuffer.wrap(nan).order(java.nio.ByteOrder.LITTLE_ENDIAN).putFloat(floatOffset(good, e, 123), Float.NaN);
        Files.write(entry, nan);
        Embeddings loaded = EmbeddingsLoader.load(source, null, cache);
        assertArrayEquals(e.vectors(), loaded.vectors());
        assertArrayEquals(good, Files.readAllBytes(entry));
    }

    @Test
    void aFileRenamedOverTheSourceWhileItIsParsedLeavesNoEntry() throws IOException {
        Path source = dir.resolve("vectors.json");
        Path replacement = dir.resolve("new.json");
        Embeddings old = big(5);
        Embeddings renamedOver = big(6);
        writeJson(source, old);
        writeJson(replacement, renamedOver);
        EmbeddingsCache cache = new EmbeddingsCache(dir.resolve("cache"));
        // the parse of the old file ends after the new one took its name (as a train -o finishing)
        Embeddings first = cache.load(source, in -> {
            Embeddings parsed = EmbeddingsLoader.load(in, null);
            Files.move(replacement, source, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return parsed;
        });
        assertArrayEquals(old.vectors(), first.vectors(), "the query that started on the old file answers from it");
        assertNull(cache.read(source), "but its vectors are not filed under the new file's stamp");
        assertArrayEquals(renamedOver.vectors(), EmbeddingsLoader.load(source, null, cache).vectors());
        assertArrayEquals(renamedOver.vectors(), cache.read(source).vectors());
    }

    @Test
    void theDirectoryIsBoundedAndTheLeastRecentlyUsedEntriesGo() throws IOException {
        Path cacheDir = dir.resolve("cache");
        Path[] sources = new Path[4];
        for (int i = 0; i < sources.length; i++) {
            sources[i] = dir.resolve("v" + i + ".json");
            writeJson(sources[i], big(10 + i));
        }
        EmbeddingsCache probe = new EmbeddingsCache(cacheDir);
        EmbeddingsLoader.load(sources[0], null, probe);
        long entrySize = Files.size(probe.entryFor(sources[0]));
        Files.delete(probe.entryFor(sources[0]));

        EmbeddingsCache cache = new EmbeddingsCache(cacheDir, 2 * entrySize + entrySize / 2); // room for two
        long now = System.currentTimeMillis();
        for (int i = 0; i < 3; i++) {
            EmbeddingsLoader.load(sources[i], null, cache);
            // distinct ages, oldest first, whatever the clock's resolution
            Files.setLastModifiedTime(cache.entryFor(sources[i]), FileTime.fromMillis(now - 100_000 + i * 1000L));
        }
        assertEquals(false, Files.exists(cache.entryFor(sources[0])), "the oldest entry made room");
        assertNotNull(cache.read(sources[1])); // used now: the most recent
        EmbeddingsLoader.load(sources[3], null, cache);
        assertEquals(false, Files.exists(cache.entryFor(sources[2])), "the least recently used went, not the one just read");
        assertNotNull(cache.read(sources[1]));
        assertNotNull(cache.read(sources[3]));
        long total;
        try (var files = Files.list(cacheDir)) {
            total = files.mapToLong(p -> p.toFile().length()).sum();
        }
        assertEquals(true, total <= 2 * entrySize + entrySize / 2, "within the bound: " + total);
    }

    @Test
    void anEntryLargerThanTheBoundIsNotMade() throws IOException {
        Path source = dir.resolve("vectors.json");
        writeJson(source, big(7));
        EmbeddingsCache cache = new EmbeddingsCache(dir.resolve("cache"), 1000);
        EmbeddingsLoader.load(source, null, cache);
        assertEquals(false, Files.exists(cache.entryFor(source)));
    }

    @Test
    void sizesReadAsUsersWriteThem() {
        assertEquals(EmbeddingsCache.DEFAULT_MAX_BYTES, EmbeddingsCache.parseSize(null));
        assertEquals(0, EmbeddingsCache.parseSize("0"));
        assertEquals(500L << 20, EmbeddingsCache.parseSize("500M"));
        assertEquals(3L << 30, EmbeddingsCache.parseSize("3g"));
        assertEquals(4096, EmbeddingsCache.parseSize("4K"));
        assertEquals(12345, EmbeddingsCache.parseSize("12345"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> EmbeddingsCache.parseSize("lots"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> EmbeddingsCache.parseSize("-1"));
    }
}
