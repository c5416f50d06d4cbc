package cbow.vocab;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words a model knows, with their corpus counts, in a deterministic order: most frequent first,
 * ties broken by the word itself (Java's {@link String#compareTo}, i.e. UTF-16 code unit order).
 * A word's id is its position in that order.
 */
public final class Vocabulary {
    private final String[] words;
    private final long[] counts;
    private final Map<String, Integer> ids;

    public Vocabulary(List<String> words, long[] counts) {
        if (words.size() != counts.length) {
            throw new IllegalArgumentException(words.size() + " words but " + counts.length + " counts");
        }
        this.words = words.toArray(new String[0]);
        this.counts = counts.clone();
        this.ids = new HashMap<>(words.size() * 2);
        for (int i = 0; i < this.words.length; i++) {
            if (ids.put(this.words[i], i) != null) {
                throw new IllegalArgumentException("the word '" + this.words[i] + "' appears twice");
            }
        }
    }

    /**
     * Chooses the vocabulary from word counts: words seen at least {@code minCount} times, then the
     * {@code maxVocab} most frequent of them (0 means no limit), in frequency-then-word order.
     */
    public static Vocabulary select(List<String> candidates, long[] candidateCounts, long minCount, int maxVocab) {
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (candidateCounts[i] >= minCount) {
                kept.add(i);
            }
        }
        Comparator<Integer> order = Comparator.<Integer>comparingLong(i -> -candidateCounts[i])
                .thenComparing(candidates::get);
        Collections.sort(kept, order);
        if (maxVocab > 0 && kept.size() > maxVocab) {
            kept = kept.subList(0, maxVocab);
        }
        List<String> words = new ArrayList<>(kept.size());
        long[] counts = new long[kept.size()];
        for (int rank = 0; rank < kept.size(); rank++) {
            words.add(candidates.get(kept.get(rank)));
            counts[rank] = candidateCounts[kept.get(rank)];
        }
        return new Vocabulary(words, counts);
    }

    public int size() {
        return words.length;
    }

    public String word(int id) {
        return words[id];
    }

    public long count(int id) {
        return counts[id];
    }

    /** The word's id, or -1 when it is not in the vocabulary. */
    public int id(String word) {
        Integer id = ids.get(word);
        return id == null ? -1 : id;
    }

    public List<String> words() {
        return List.of(words);
    }

    public long[] counts() {
        return counts.clone();
    }

    /** Total occurrences of the vocabulary's words. */
    public long totalCount() {
        return Arrays.stream(counts).sum();
    }
}
