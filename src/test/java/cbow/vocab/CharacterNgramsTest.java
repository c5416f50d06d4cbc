package cbow.vocab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The n-grams of words worked out by hand from fastText's rules (and checked against fastText
 * 0.9.2's {@code print-ngrams}, which lists the same n-grams in the same order), and the hash
 * against independently computed values.
 */
class CharacterNgramsTest {
    private static final CharacterNgrams FASTTEXT_DEFAULT = new CharacterNgrams(3, 6);

    @Test
    void shortWordGetsItsWrappedFormAsAnNgram() {
        // <cat>: from '<': <ca <cat <cat>; from 'c': cat cat>; from 'a': at>; 't>' is too short
        assertEquals(List.of("<ca", "<cat", "<cat>", "cat", "cat>", "at>"), FASTTEXT_DEFAULT.of("cat"));
    }

    @Test
    void longerWordsStopAtMax() {
        // <where> has 7 characters, so the whole wrapped word (7 > 6) is not an n-gram
        assertEquals(List.of("<wh", "<whe", "<wher", "<where", "whe", "wher", "where", "where>",
                "her", "here", "here>", "ere", "ere>", "re>"), FASTTEXT_DEFAULT.of("where"));
    }

    @Test
    void wordsShorterThanMin() {
        assertEquals(List.of("<a>"), FASTTEXT_DEFAULT.of("a")); // <a> is exactly 3 characters
        assertEquals(List.of(), new CharacterNgrams(4, 6).of("a"));
        assertEquals(List.of("<ab>"), new CharacterNgrams(4, 6).of("ab"));
        assertArrayEquals(new int[0], new CharacterNgrams(4, 6).buckets("a", 100));
    }

    @Test
    void boundaryMarksAloneAreNeverNgrams() {
        // fastText print-ngrams with minn 1 maxn 6 lists exactly these for the word é
        assertEquals(List.of("<é", "<é>", "é", "é>"), new CharacterNgrams(1, 6).of("é"));
    }

    @Test
    void lengthCountsCharactersNotBytes() {
        // ï is two bytes in UTF-8; n-grams of 3 and 4 characters of <naïve>, as fastText lists them
        assertEquals(List.of("<na", "<naï", "naï", "naïv", "aïv", "aïve", "ïve", "ïve>", "ve>"),
                new CharacterNgrams(3, 4).of("naïve"));
        // a character outside the BMP (4 bytes in UTF-8, two chars in Java) is still one character
        assertEquals(List.of("<\uD835\uDD38>"), FASTTEXT_DEFAULT.of("\uD835\uDD38"));
        assertEquals(List.of("\uD835\uDD38"), new CharacterNgrams(1, 1).of("\uD835\uDD38"));
    }

    @Test
    void repeatsAreKept() {
        assertEquals(List.of("<a", "aa", "aa", "a>"), new CharacterNgrams(2, 2).of("aaa"));
    }

    @Test
    void bucketsAreTheHashesOfTheNgrams() {
        List<String> grams = FASTTEXT_DEFAULT.of("naïve");
        int[] buckets = FASTTEXT_DEFAULT.buckets("naïve", 2_000_000);
        assertEquals(grams.size(), buckets.length);
        for (int i = 0; i < grams.size(); i++) {
            byte[] b = grams.get(i).getBytes(StandardCharsets.UTF_8);
            assertEquals(Integer.remainderUnsigned(Fnv1a.hash(b, 0, b.length), 2_000_000), buckets[i]);
        }
        assertEquals(1_907_692, new CharacterNgrams(3, 4).buckets("naïve", 2_000_000)[1]); // <naï
    }

    @Test
    void hashIsFnv1aWithFastTextsSignExtension() {
        // FNV-1a's published test values for ASCII
        assertEquals(0x811C9DC5, hash(""));
        assertEquals(0xE40C292C, hash("a"));
        assertEquals(0xBF9CF968, hash("foobar"));
        // é = C3 A9: fastText XORs 0xFFFFFFC3 and 0xFFFFFFA9; textbook FNV-1a would give 0x1E9DE8C1
        assertEquals(0x3CFA68C1, hash("é"));
        assertEquals(0x2ED7FFEC, hash("<naï"));
        // an unsigned hash: 0x3CFA68C1 < 2^31, but <naï's top bit matters in the bucket
        assertEquals(Integer.toUnsignedLong(0x2ED7FFEC) % 7, Fnv1a.bucket(0x2ED7FFEC, 7));
        assertEquals(0xE40C292CL % 2_000_000, Fnv1a.bucket(0xE40C292C, 2_000_000));
    }

    @Test
    void parsesRanges() {
        assertEquals(new CharacterNgrams(3, 6), CharacterNgrams.parse("3-6"));
        assertEquals(new CharacterNgrams(4, 4), CharacterNgrams.parse("4"));
        assertThrows(IllegalArgumentException.class, () -> CharacterNgrams.parse("6-3"));
        assertThrows(IllegalArgumentException.class, () -> CharacterNgrams.parse("0-3"));
        assertThrows(IllegalArgumentException.class, () -> CharacterNgrams.parse("x"));
        assertThrows(IllegalArgumentException.class, () -> CharacterNgrams.parse("3-"));
    }

    private static int hash(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return Fnv1a.hash(b, 0, b.length);
    }
}
