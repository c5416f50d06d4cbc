package cbow.data;

import cbow.text.TokenizedCorpus;
import cbow.vocab.Vocabulary;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The corpus as vocabulary ids, in text order, with {@link TokenizedCorpus#LINE_END} after each
 * line. Words outside the vocabulary are removed first, as word2vec does: the words on either side
 * of a dropped word become neighbours. Lines left empty vanish.
 */
public final class EncodedCorpus implements IdSource {
    private final int[] ids;
    private final int length;
    private final long tokens;

    private EncodedCorpus(int[] ids, int length, long tokens) {
        this.ids = ids;
        this.length = length;
        this.tokens = tokens;
    }

    /** The first {@code length} entries of {@code ids}, which hold {@code tokens} words. */
    static EncodedCorpus of(int[] ids, int length, long tokens) {
        return new EncodedCorpus(ids, length, tokens);
    }

    /**
     * Maps the corpus onto the vocabulary. The corpus's stream is rewritten in place (it is the
     * largest thing in memory), so the corpus must not be used afterwards.
     */
    public static EncodedCorpus of(TokenizedCorpus corpus, Vocabulary vocabulary) {
        int[] finalId = new int[corpus.words().size()];
        for (int i = 0; i < finalId.length; i++) {
            finalId[i] = vocabulary.id(corpus.words().get(i));
        }
        int[] stream = corpus.stream();
        int length = 0;
        long tokens = 0;
        boolean lineOpen = false;
        for (int i = 0; i < corpus.streamLength(); i++) {
            int provisional = stream[i];
            if (provisional == TokenizedCorpus.LINE_END) {
                if (lineOpen) {
                    stream[length++] = TokenizedCorpus.LINE_END;
                    lineOpen = false;
                }
            } else if (finalId[provisional] >= 0) {
                stream[length++] = finalId[provisional];
                tokens++;
                lineOpen = true;
            }
        }
        // Keep the stream's own array unless dropping words freed most of it: a copy would double
        // the largest thing in memory. Entries past length are never read (the last is a LINE_END).
        return new EncodedCorpus(length < stream.length / 2 ? Arrays.copyOf(stream, length) : stream, length, tokens);
    }

    /**
     * A corpus already mapped to vocabulary ids, {@link TokenizedCorpus#LINE_END} after each line (a
     * shard encoded elsewhere, such as on a Spark executor); the array is kept, not copied.
     */
    public static EncodedCorpus ofIds(int[] ids) {
        long tokens = 0;
        for (int id : ids) {
            if (id != TokenizedCorpus.LINE_END) {
                tokens++;
            }
        }
        return new EncodedCorpus(ids, ids.length, tokens);
    }

    /**
     * The corpus as the exact trainer sees it in one epoch: each word occurrence kept or dropped by
     * {@code subsampler}, drawing from {@code random}, lines left empty gone and long lines cut, as
     * {@link Sentences} reads them. A new stream: this one is not changed.
     */
    public EncodedCorpus subsampled(Subsampler subsampler, SplittableRandom random) {
        int[] kept = new int[length + length / Sentences.MAX_SENTENCE + 1]; // a cut adds a line end
        int n = 0;
        long keptTokens = 0;
        Sentences sentences = new Sentences(this, 0, length, subsampler);
        int[] sentence = Sentences.buffer();
        for (int words; (words = sentences.next(sentence, random)) >= 0; ) {
            if (words > 0) {
                System.arraycopy(sentence, 1, kept, n, words);
                n += words;
                kept[n++] = TokenizedCorpus.LINE_END;
                keptTokens += words;
            }
        }
        return new EncodedCorpus(kept, n, keptTokens);
    }

    /**
     * Ids with {@link TokenizedCorpus#LINE_END} after each line; only the first {@link #length()}
     * entries are meaningful. The array must not be modified.
     */
    public int[] ids() {
        return ids;
    }

    /** The number of meaningful entries of {@link #ids()}, line ends included. */
    public int length() {
        return length;
    }

    /** The number of vocabulary words in the corpus (line ends not counted). */
    @Override
    public long tokens() {
        return tokens;
    }

    @Override
    public long entries() {
        return length;
    }

    @Override
    public IdCursor cursor(long from, long to) {
        return new IdCursor() {
            {
                buffer = ids;
                position = (int) from;
                limit = (int) to;
            }

            @Override
            protected boolean refill() {
                return false;
            }
        };
    }

    @Override
    public long lineStart(long position) {
        int p = (int) Math.max(0, Math.min(position, length));
        while (p < length && p > 0 && ids[p - 1] != TokenizedCorpus.LINE_END) {
            p++;
        }
        return p;
    }
}
