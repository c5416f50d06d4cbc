package cbow.text;

import java.util.Arrays;

/** A growable array of ints: the token stream costs 4 bytes a token, not an object each. */
public final class IntArrayBuilder {
    private int[] values = new int[1024];
    private int size;

    public void add(int value) {
        if (size == values.length) {
            if (values.length == Integer.MAX_VALUE - 8) {
                throw new IllegalStateException("more than " + size + " tokens: the corpus is too large");
            }
            // 1.5x, not 2x: while growing, old and new arrays coexist, and for a 100 MB corpus in a
            // 256 MB heap that peak (2.5x the stream rather than 3x) is what must fit
            values = Arrays.copyOf(values, (int) Math.min(values.length + (long) values.length / 2, Integer.MAX_VALUE - 8));
        }
        values[size++] = value;
    }

    public int size() {
        return size;
    }

    public int get(int index) {
        return values[index];
    }

    /** The backing array; entries from {@link #size()} on are unused. */
    public int[] backingArray() {
        return values;
    }
}
