package cbow.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * word2phrase's phrase detection (Mikolov et al. 2013, also gensim's Phrases with its default
 * scorer): a pair of adjacent words a b becomes one token a_b when
 * {@code (count(ab) - minCount) / count(a) / count(b) * total > threshold}, where total is the
 * number of tokens in the corpus and both words occur at least minCount times. One pass reads the
 * counts, a second rewrites the text, left to right: a pair just joined does not join the next word
 * in the same pass (so a_b_c needs a second pass over the rewritten text). gensim multiplies by the
 * vocabulary size instead of the token count, so its thresholds are not ours.
 *
 * <p>Tokens are cbow's ({@link Tokenizer}: lowercase, punctuation dropped), so the text written is
 * what {@code cbow train} would read, one line per input line, tokens separated by spaces.
 */
public final class Phrases {
    /** Joins the two words of a phrase, as word2phrase and gensim do. */
    public static final char DELIMITER = '_';

    private final long minCount;
    private final double threshold;
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> words = new ArrayList<>();
    private long[] counts = new long[1024];
    private final Map<Long, long[]> pairCounts = new HashMap<>();
    private long total;

    private Phrases(long minCount, double threshold) {
        this.minCount = minCount;
        this.threshold = threshold;
    }

    /** The counts of one corpus (first pass). */
    public static Phrases count(InputStream text, long minCount, double threshold) throws IOException {
        if (minCount < 1) {
            throw new IllegalArgumentException("--min-count must be at least 1, got " + minCount);
        }
        if (!Double.isFinite(threshold)) {
            throw new IllegalArgumentException("--threshold must be a number, got " + threshold);
        }
        Phrases p = new Phrases(minCount, threshold);
        new Tokenizer().tokenize(text, new Tokenizer.Sink() {
            private int previous = -1;

            @Override
            public void token(String word) {
                int id = p.idOf(word);
                p.counts[id]++;
                p.total++;
                if (previous >= 0) {
                    p.pairCounts.computeIfAbsent(key(previous, id), k -> new long[1])[0]++;
                }
                previous = id;
            }

            @Override
            public void endOfLine() {
                previous = -1;
            }
        });
        return p;
    }

    private int idOf(String word) {
        Integer id = ids.get(word);
        if (id == null) {
            id = words.size();
            ids.put(word, id);
            words.add(word);
            if (id == counts.length) {
                counts = Arrays.copyOf(counts, id * 2);
            }
        }
        return id;
    }

    private static long key(int a, int b) {
        return ((long) a << 32) | (b & 0xFFFFFFFFL);
    }

    /** Tokens read in the first pass. */
    public long total() {
        return total;
    }

    /** The score of the pair "a b" (0 when either word is rarer than minCount or the pair never occurs). */
    public double score(String a, String b) {
        Integer ia = ids.get(a);
        Integer ib = ids.get(b);
        return ia == null || ib == null ? 0 : score(ia, ib);
    }

    private double score(int a, int b) {
        long[] pair = pairCounts.get(key(a, b));
        if (pair == null || counts[a] < minCount || counts[b] < minCount) {
            return 0;
        }
        return (pair[0] - minCount) / (double) counts[a] / counts[b] * total;
    }

    /**
     * Writes the text with its phrases joined (second pass); the text must be the one counted.
     * Returns how many phrases were joined.
     */
    public long rewrite(InputStream text, Writer out) throws IOException {
        long[] joined = {0};
        IOException[] failure = {null};
        StringBuilder line = new StringBuilder();
        new Tokenizer().tokenize(text, new Tokenizer.Sink() {
            private int previous = -1; // the last token, if it may still join the next one

            @Override
            public void token(String word) {
                Integer id = ids.get(word);
                int current = id == null ? -1 : id;
                if (previous >= 0 && current >= 0 && score(previous, current) > threshold) {
                    line.append(DELIMITER).append(word);
                    joined[0]++;
                    previous = -1; // a pair joined in this pass joins nothing more in it
                } else {
                    if (line.length() > 0) {
                        line.append(' ');
                    }
                    line.append(word);
                    previous = current;
                }
            }

            @Override
            public void endOfLine() {
                previous = -1;
                if (failure[0] == null) {
                    try {
                        out.write(line.append('\n').toString());
                    } catch (IOException e) {
                        failure[0] = e;
                    }
                }
                line.setLength(0);
            }
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        return joined[0];
    }
}
