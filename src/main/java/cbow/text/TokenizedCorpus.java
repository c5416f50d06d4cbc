package cbow.text;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A corpus read once, in one streaming pass: each distinct word gets a provisional id in order of
 * first appearance, the text becomes a stream of those ids with {@link #LINE_END} between lines, and
 * every word's count is kept. One pass is what lets standard input be a corpus; the vocabulary is
 * chosen afterwards from the counts.
 */
public final class TokenizedCorpus {
    /** Marks the end of a line in {@link #stream()}. */
    public static final int LINE_END = -1;

    private final List<String> words;
    private final long[] counts;
    private final int[] stream;
    private final int streamLength;
    private final long skippedLongTokens;

    private TokenizedCorpus(List<String> words, long[] counts, IntArrayBuilder stream, long skippedLongTokens) {
        this.words = words;
        this.counts = counts;
        this.stream = stream.backingArray(); // not copied: the stream is the largest thing we hold
        this.streamLength = stream.size();
        this.skippedLongTokens = skippedLongTokens;
    }

    /**
     * Reads UTF-8 text to the end. Invalid UTF-8 is rejected ({@link MalformedTextException}), not
     * replaced: a silently altered corpus would give silently different vectors.
     */
    public static TokenizedCorpus read(InputStream in) throws IOException {
        var reader = new StrictUtf8Reader(in);
        Map<String, Integer> ids = new HashMap<>();
        List<String> words = new ArrayList<>();
        long[][] countsHolder = {new long[1024]};
        IntArrayBuilder stream = new IntArrayBuilder();
        Tokenizer tokenizer = new Tokenizer();
        tokenizer.tokenize(reader, new Tokenizer.Sink() {
            @Override
            public void token(String word) {
                Integer id = ids.get(word);
                if (id == null) {
                    id = words.size();
                    ids.put(word, id);
                    words.add(word);
                    if (id == countsHolder[0].length) {
                        countsHolder[0] = Arrays.copyOf(countsHolder[0], id * 2);
                    }
                }
                countsHolder[0][id]++;
                stream.add(id);
            }

            @Override
            public void endOfLine() {
                stream.add(LINE_END);
            }
        });
        return new TokenizedCorpus(words, Arrays.copyOf(countsHolder[0], words.size()),
                stream, tokenizer.skippedLongTokens());
    }

    /** Distinct words, indexed by provisional id. */
    public List<String> words() {
        return words;
    }

    /** Occurrences of each word, indexed by provisional id. */
    public long[] counts() {
        return counts;
    }

    /**
     * Provisional ids in text order, with {@link #LINE_END} after each line that had tokens; only
     * the first {@link #streamLength()} entries are meaningful. Callers may rewrite it in place.
     */
    public int[] stream() {
        return stream;
    }

    public int streamLength() {
        return streamLength;
    }

    public long tokenCount() {
        long tokens = 0;
        for (long c : counts) {
            tokens += c;
        }
        return tokens;
    }

    public long skippedLongTokens() {
        return skippedLongTokens;
    }
}
