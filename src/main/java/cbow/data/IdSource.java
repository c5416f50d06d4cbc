package cbow.data;

/**
 * A corpus as vocabulary ids in text order, {@link cbow.text.TokenizedCorpus#LINE_END} after each
 * line, read stretch by stretch: from memory ({@link EncodedCorpus}) or from a file on disk
 * ({@link IdFile}), so that a corpus need not fit in memory.
 */
public interface IdSource {
    /** Entries, line ends included. */
    long entries();

    /** Vocabulary words (line ends not counted). */
    long tokens();

    /** A reader of entries {@code from..to}, for one thread. */
    IdCursor cursor(long from, long to);

    /** The first position at or after {@code position} where a line starts (or {@link #entries()}). */
    long lineStart(long position);
}
