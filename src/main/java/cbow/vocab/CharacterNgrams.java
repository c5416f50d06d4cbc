package cbow.vocab;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The character n-grams of a word, as fastText's {@code Dictionary::computeSubwords} takes them:
 * the word is wrapped in {@code <} and {@code >}, and every run of {@code min..max} characters of
 * the wrapped word is an n-gram, listed by start position, then by length. n counts characters
 * (Unicode code points: the UTF-8 byte sequences fastText walks), not bytes. The boundary marks
 * alone ({@code <} and {@code >} as 1-grams) are never n-grams; the whole wrapped word is one when
 * it is no longer than {@code max} ({@code <cat>} for cat with max >= 5), as in fastText. A word
 * whose wrapped form is shorter than {@code min} characters has no n-grams. Repeats are kept (the
 * 2-gram {@code aa} of {@code aaa} twice), as fastText keeps them.
 *
 * @param min the shortest n-gram, in characters (at least 1)
 * @param max the longest (at least min)
 */
public record CharacterNgrams(int min, int max) {
    public CharacterNgrams {
        if (min < 1 || max < min) {
            throw new IllegalArgumentException("n-gram lengths must be 1 <= MIN <= MAX, got " + min + "-" + max);
        }
    }

    /** Parses "MIN-MAX" (for example 3-6) or a single length "N" (N-N). */
    public static CharacterNgrams parse(String text) {
        String[] parts = text.strip().split("-", -1);
        try {
            if (parts.length == 1) {
                int n = Integer.parseInt(parts[0]);
                return new CharacterNgrams(n, n);
            }
            if (parts.length == 2) {
                return new CharacterNgrams(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
            }
        } catch (NumberFormatException e) {
            // fall through to the message below
        }
        throw new IllegalArgumentException("expected MIN-MAX such as 3-6, got '" + text + "'");
    }

    /** The n-grams of {@code word} as strings, in fastText's order. */
    public List<String> of(String word) {
        byte[] wrapped = wrap(word);
        List<String> grams = new ArrayList<>();
        forEach(wrapped, (from, to) -> grams.add(new String(wrapped, from, to - from, StandardCharsets.UTF_8)));
        return grams;
    }

    /** The buckets (0..buckets-1) of the n-grams of {@code word}, in the order of {@link #of}. */
    public int[] buckets(String word, int buckets) {
        byte[] wrapped = wrap(word);
        int[][] out = {new int[16]};
        int[] count = {0};
        forEach(wrapped, (from, to) -> {
            if (count[0] == out[0].length) {
                out[0] = Arrays.copyOf(out[0], count[0] * 2);
            }
            out[0][count[0]++] = Fnv1a.bucket(Fnv1a.hash(wrapped, from, to), buckets);
        });
        return Arrays.copyOf(out[0], count[0]);
    }

    @Override
    public String toString() {
        return min + "-" + max;
    }

    private static byte[] wrap(String word) {
        return ("<" + word + ">").getBytes(StandardCharsets.UTF_8);
    }

    private interface Span {
        void accept(int from, int to);
    }

    /** fastText's loops over the bytes of the wrapped word: continuation bytes (10xxxxxx) never start a character. */
    private void forEach(byte[] w, Span span) {
        for (int i = 0; i < w.length; i++) {
            if (isContinuation(w[i])) {
                continue;
            }
            int j = i;
            for (int n = 1; j < w.length && n <= max; n++) {
                j++;
                while (j < w.length && isContinuation(w[j])) {
                    j++;
                }
                boolean boundaryAlone = n == 1 && (i == 0 || j == w.length);
                if (n >= min && !boundaryAlone) {
                    span.accept(i, j);
                }
            }
        }
    }

    private static boolean isContinuation(byte b) {
        return (b & 0xC0) == 0x80;
    }
}
