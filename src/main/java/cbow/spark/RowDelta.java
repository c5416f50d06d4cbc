package cbow.spark;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The rows that one or more partitions changed in a round, summed: what a round moves instead of
 * models. Keys ascend (input row i is key i, output row j is key V + j); {@code values} holds N
 * floats a key, in key order. Two deltas add by merging their key lists, so Spark's tree reduce can
 * sum partitions on the executors and the driver receives each changed row once. One object a
 * partition rather than one (key, row) pair a row: serializing 30,000 small pairs a round cost more
 * than the round's training.
 *
 * <p>Also carries the round's summed cost, examples and words read, for the loss history and the
 * learning rate's clock.
 */
final class RowDelta implements Serializable {
    private static final long serialVersionUID = 1L;

    final int n;
    final int[] keys;
    final float[] values;
    final double cost;
    final long examples;
    final long words;

    private RowDelta(int n, int[] keys, float[] values, double cost, long examples, long words) {
        this.n = n;
        this.keys = keys;
        this.values = values;
        this.cost = cost;
        this.examples = examples;
        this.words = words;
    }

    /** Nothing changed: what an empty partition returns. */
    static RowDelta empty(int n) {
        return new RowDelta(n, new int[0], new float[0], 0, 0, 0);
    }

    /**
     * trained - base, for every row (N values) that training changed: the input rows under keys 0..V-1
     * and the output rows under keys V.., with the slice's statistics.
     */
    static RowDelta between(float[] baseInput, float[] trainedInput, float[] baseOutput, float[] trainedOutput, int n,
                            double cost, long examples, long words) {
        int v = baseInput.length / n;
        int changed = changedRows(baseInput, trainedInput, n) + changedRows(baseOutput, trainedOutput, n);
        int[] keys = new int[changed];
        float[] values = new float[changed * n];
        int next = collect(baseInput, trainedInput, n, 0, keys, values, 0);
        collect(baseOutput, trainedOutput, n, v, keys, values, next);
        return new RowDelta(n, keys, values, cost, examples, words);
    }

    /** The sum of two deltas: the union of their keys, values added where both have a row. */
    RowDelta plus(RowDelta other) {
        int[] keys = new int[this.keys.length + other.keys.length];
        float[] values = new float[keys.length * n];
        int i = 0;
        int j = 0;
        int k = 0;
        while (i < this.keys.length || j < other.keys.length) {
            int a = i < this.keys.length ? this.keys[i] : Integer.MAX_VALUE;
            int b = j < other.keys.length ? other.keys[j] : Integer.MAX_VALUE;
            if (a <= b) {
                System.arraycopy(this.values, i * n, values, k * n, n);
                i++;
            }
            if (b <= a) {
                if (a == b) {
                    for (int d = 0; d < n; d++) {
                        values[k * n + d] += other.values[j * n + d];
                    }
                } else {
                    System.arraycopy(other.values, j * n, values, k * n, n);
                }
                j++;
            }
            keys[k++] = Math.min(a, b);
        }
        return new RowDelta(n, Arrays.copyOf(keys, k), Arrays.copyOf(values, k * n), cost + other.cost,
                examples + other.examples, words + other.words);
    }

    /** Adds the rows to the model's input rows (keys below V) and output rows (the others). */
    void addTo(float[] input, float[] output) {
        addTo(input, output, 1f, 1f);
    }

    /** Adds the input rows times {@code inputFactor} and the output rows times {@code outputFactor}. */
    void addTo(float[] input, float[] output, float inputFactor, float outputFactor) {
        int v = input.length / n;
        for (int r = 0; r < keys.length; r++) {
            boolean isInput = keys[r] < v;
            float[] rows = isInput ? input : output;
            float factor = isInput ? inputFactor : outputFactor;
            int at = (isInput ? keys[r] : keys[r] - v) * n;
            for (int d = 0; d < n; d++) {
                rows[at + d] += factor * values[r * n + d];
            }
        }
    }

    /** Rows changed. */
    int size() {
        return keys.length;
    }

    private static int changedRows(float[] base, float[] trained, int n) {
        int changed = 0;
        for (int at = 0; at < base.length; at += n) {
            if (!Arrays.equals(base, at, at + n, trained, at, at + n)) {
                changed++;
            }
        }
        return changed;
    }

    private static int collect(float[] base, float[] trained, int n, int keyOffset, int[] keys, float[] values,
                               int next) {
        for (int row = 0, at = 0; at < base.length; row++, at += n) {
            if (!Arrays.equals(base, at, at + n, trained, at, at + n)) {
                keys[next] = keyOffset + row;
                for (int d = 0; d < n; d++) {
                    values[next * n + d] = trained[at + d] - base[at + d];
                }
                next++;
            }
        }
        return next;
    }
}
