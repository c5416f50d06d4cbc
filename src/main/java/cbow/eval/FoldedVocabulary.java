package cbow.eval;

import cbow.embed.Embeddings;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The words an evaluation may use, as gensim's evaluate_word_pairs and evaluate_word_analogies see
 * them (case_insensitive=True): the first {@code limit} words of the file, looked up by their
 * uppercase form; when several case variants fold together, the first (most frequent) one stands.
 */
public final class FoldedVocabulary {
    private final Map<String, Integer> ids = new HashMap<>();
    private final int limit;

    public FoldedVocabulary(Embeddings embeddings, int limit) {
        this.limit = Math.min(limit, embeddings.size());
        for (int i = 0; i < this.limit; i++) {
            ids.putIfAbsent(fold(embeddings.word(i)), i);
        }
    }

    /** The form words are compared in. */
    public static String fold(String word) {
        return word.toUpperCase(Locale.ROOT);
    }

    /** The id standing for {@code word} in any case, or -1 when it is not among the first {@code limit()} words. */
    public int id(String word) {
        return ids.getOrDefault(fold(word), -1);
    }

    /** How many words of the file are searched: the first {@code limit}. */
    public int limit() {
        return limit;
    }
}
