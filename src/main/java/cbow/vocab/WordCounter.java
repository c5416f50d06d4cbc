package cbow.vocab;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Counts the words of a corpus of any length in memory bounded by {@code limit} distinct words:
 * the words' characters in one array, their counts, and an open-addressing hash table of ints, about
 * 50 bytes a word (a {@code HashMap<String, Long>} takes some 100), the arrays never larger than the
 * limit. When more than {@code limit} distinct words are held, the rarest are pruned as word2vec's
 * ReduceVocab prunes them, every word seen at most k times so far is dropped, with one difference:
 * word2vec raises k by one at each prune, so that on a long corpus k counts the prunes and ends up
 * dropping words of any frequency; here k is the least count that frees half the limit, so a word is
 * dropped only while it is rarer than the limit/2-th most frequent word held. Counts below the limit
 * are exact; past it, a pruned word that comes back starts again from zero, so it is undercounted by
 * at most the sum of the k used ({@link #undercountBound}).
 */
public final class WordCounter {
    private final int limit;
    private char[] chars = new char[1 << 16];
    private int charsUsed;
    private int[] start = new int[1024];   // word i's characters are chars[start[i] .. start[i] + length[i])
    private int[] length = new int[1024];
    private int[] hash = new int[1024];
    private long[] count = new long[1024];
    private int size;
    private int[] table = new int[2048];   // word index + 1, or 0 for an empty slot; at most half full
    private long tokens;
    private long pruneThreshold;           // words seen this often or less were dropped (0: none)
    private long undercountBound;          // the sum of the thresholds used: no count is lower by more
    private static final int HISTOGRAM = 1 << 12;

    /** @param limit the most distinct words held at once (at least 2) */
    public WordCounter(int limit) {
        if (limit < 2) {
            throw new IllegalArgumentException("the word counter needs room for at least 2 words, got " + limit);
        }
        this.limit = limit;
    }

    /** Counts one occurrence of {@code word}. */
    public void add(String word) {
        tokens++;
        int h = word.hashCode();
        int mask = table.length - 1;
        int slot = mix(h) & mask;
        while (table[slot] != 0) {
            int i = table[slot] - 1;
            if (hash[i] == h && same(i, word)) {
                count[i]++;
                return;
            }
            slot = (slot + 1) & mask;
        }
        int i = append(word, h);
        table[slot] = i + 1;
        if (2 * size > table.length) {
            rehash(table.length * 2);
        }
        if (size > limit) {
            prune();
        }
    }

    private boolean same(int i, String word) {
        int n = length[i];
        if (n != word.length()) {
            return false;
        }
        int s = start[i];
        for (int k = 0; k < n; k++) {
            if (chars[s + k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private int append(String word, int h) {
        if (size == count.length) {
            // never past limit + 1 (the word that sets off a prune): the arrays' size is the bound
            int grown = (int) Math.min(size * 2L, limit + 1L);
            start = Arrays.copyOf(start, grown);
            length = Arrays.copyOf(length, grown);
            hash = Arrays.copyOf(hash, grown);
            count = Arrays.copyOf(count, grown);
        }
        int n = word.length();
        if (charsUsed + n > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, charsUsed + n));
        }
        word.getChars(0, n, chars, charsUsed);
        start[size] = charsUsed;
        length[size] = n;
        hash[size] = h;
        count[size] = 1;
        charsUsed += n;
        return size++;
    }

    /** word2vec's ReduceVocab with k chosen to free half the limit: drops the words seen at most k times. */
    private void prune() {
        long threshold = thresholdFreeing(size - limit / 2);
        pruneThreshold = Math.max(pruneThreshold, threshold);
        undercountBound += threshold;
        int kept = 0;
        int keptChars = 0;
        for (int i = 0; i < size; i++) {
            if (count[i] > threshold) {
                System.arraycopy(chars, start[i], chars, keptChars, length[i]);
                start[kept] = keptChars;
                length[kept] = length[i];
                hash[kept] = hash[i];
                count[kept] = count[i];
                keptChars += length[i];
                kept++;
            }
        }
        size = kept;
        charsUsed = keptChars;
        rehash(table.length);
    }

    /** The least k such that at least {@code words} of the words held were seen at most k times. */
    private long thresholdFreeing(int words) {
        int[] seen = new int[HISTOGRAM]; // seen[c]: words counted c times (c < HISTOGRAM)
        for (int i = 0; i < size; i++) {
            if (count[i] < HISTOGRAM) {
                seen[(int) count[i]]++;
            }
        }
        int freed = 0;
        for (int k = 1; k < HISTOGRAM; k++) {
            freed += seen[k];
            if (freed >= words) {
                return k;
            }
        }
        long[] sorted = Arrays.copyOf(count, size); // only when half the limit was seen that often
        Arrays.sort(sorted);
        return sorted[words - 1];
    }

    private void rehash(int capacity) {
        table = new int[capacity];
        int mask = capacity - 1;
        for (int i = 0; i < size; i++) {
            int slot = mix(hash[i]) & mask;
            while (table[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = i + 1;
        }
    }

    /** Spreads String.hashCode's low bits, which are poor for short words. */
    private static int mix(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }

    /** All occurrences counted (64-bit: a corpus may hold billions). */
    public long tokens() {
        return tokens;
    }

    /** Distinct words held now. */
    public int size() {
        return size;
    }

    /** How many words the arrays have room for now (at most the limit + 1). */
    int capacity() {
        return count.length;
    }

    /** Words seen at most this often were pruned at some point (0: every count is exact). */
    public long pruneThreshold() {
        return pruneThreshold;
    }

    /** No count held is lower than the true one by more than this (the sum of the prunes' thresholds). */
    public long undercountBound() {
        return undercountBound;
    }

    /** The words held, in the order first counted (since the last prune). */
    public List<String> words() {
        return wordsSeenAtLeast(1).words();
    }

    /** Their counts, in the order of {@link #words}. */
    public long[] counts() {
        return Arrays.copyOf(count, size);
    }

    /**
     * The words seen at least {@code minCount} times and their counts: only these become strings, so
     * that the millions of rare words of a large corpus never do.
     */
    public VocabularyFile.Counts wordsSeenAtLeast(long minCount) {
        return candidates(minCount, 0);
    }

    /**
     * The words that can be among the {@code maxVocab} most frequent of those seen at least
     * {@code minCount} times (0: no limit), with their counts: every word counted at least as often as
     * the {@code maxVocab}-th, ties included, so that {@link Vocabulary#select} chooses from them
     * exactly as from all the words; only these become strings.
     */
    public VocabularyFile.Counts candidates(long minCount, int maxVocab) {
        long least = minCount;
        int n = 0;
        for (int i = 0; i < size; i++) {
            n += count[i] >= minCount ? 1 : 0;
        }
        if (maxVocab > 0 && n > maxVocab) {
            long[] frequent = new long[n];
            int k = 0;
            for (int i = 0; i < size; i++) {
                if (count[i] >= minCount) {
                    frequent[k++] = count[i];
                }
            }
            Arrays.sort(frequent);
            least = frequent[n - maxVocab]; // the maxVocab-th largest count
            n = 0;
            for (int i = 0; i < size; i++) {
                n += count[i] >= least ? 1 : 0;
            }
        }
        List<String> words = new ArrayList<>(n);
        long[] counts = new long[n];
        for (int i = 0; i < size; i++) {
            if (count[i] >= least) {
                counts[words.size()] = count[i];
                words.add(new String(chars, start[i], length[i]));
            }
        }
        return new VocabularyFile.Counts(words, counts);
    }
}
