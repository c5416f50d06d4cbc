package cbow.data;

/**
 * Reads a stretch of an {@link IdSource} through a buffer: the reader takes
 * {@code buffer[position..limit)} and calls {@link #refill} when it has taken them all. An array in
 * memory is one buffer that is never refilled; a file refills a buffer of its own.
 */
public abstract class IdCursor {
    protected int[] buffer;
    protected int position;
    protected int limit;

    /** Loads the next entries into {@code buffer[position..limit)}; false when the stretch is read. */
    protected abstract boolean refill();

    /** The next entry, or refills first; callers check {@link #hasNext} before. */
    final boolean hasNext() {
        return position < limit || refill();
    }

    final int next() {
        return buffer[position++];
    }
}
