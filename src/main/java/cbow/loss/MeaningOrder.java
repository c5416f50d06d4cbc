package cbow.loss;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RecursiveAction;

/**
 * An order of the words in which words of like meaning stand together: the leaves' order for a
 * {@link WordTree#balanced} tree whose siblings are alike (Mnih and Hinton's idea, 2009: a tree
 * built from the words' vectors). The unit word vectors are split again and again in two halves of
 * equal size by balanced 2-means: a first cut across the direction of largest spread, then a few
 * rounds of moving the cut to sort the words by which half's mean they are nearer. The halves are
 * cut on all cores; each cut draws from its own generator, so the order is the same for any number.
 */
public final class MeaningOrder {
    /** Rows sampled to find a set's direction of largest spread (power iteration). */
    static final int SPREAD_SAMPLE = 8192;
    static final int POWER_STEPS = 8;
    /** Rounds of moving the cut to the halves' means. */
    static final int MEANS_STEPS = 4;
    /** Sets smaller than this are cut by the thread that made them. */
    private static final int FORK_ABOVE = 4096;

    private final float[] rows;
    private final int dim;
    private final float[] inverseNorm;
    private final long seed;
    private final Runnable heartbeat;

    private MeaningOrder(float[] rows, int dim, long seed, Runnable heartbeat) {
        this.rows = rows;
        this.dim = dim;
        this.seed = seed;
        this.heartbeat = heartbeat;
        int v = rows.length / dim;
        inverseNorm = new float[v];
        for (int w = 0; w < v; w++) {
            double sum = 0;
            for (int k = w * dim; k < (w + 1) * dim; k++) {
                sum += (double) rows[k] * rows[k];
            }
            inverseNorm[w] = sum > 0 ? (float) (1 / Math.sqrt(sum)) : 0f; // a zero vector stays at the origin
        }
    }

    /**
     * @param rows V x dim word vectors, row-major (not changed)
     * @return every word id 0..V-1 once, words of like meaning next to each other
     */
    public static int[] of(float[] rows, int dim, long seed) {
        return of(rows, dim, seed, () -> { });
    }

    /**
     * As {@link #of(float[], int, long)}, calling {@code heartbeat} before each cut of a set too large
     * for one thread (about V / 2048 times, spread over the work): what it throws ends the ordering
     * and is thrown here, so that a long one (minutes for millions of words) can be cancelled.
     */
    public static int[] of(float[] rows, int dim, long seed, Runnable heartbeat) {
        int v = rows.length / dim;
        int[] ids = new int[v];
        for (int w = 0; w < v; w++) {
            ids[w] = w;
        }
        MeaningOrder order = new MeaningOrder(rows, dim, seed, heartbeat);
        ForkJoinPool.commonPool().invoke(order.new Cut(ids, 0, v));
        return ids;
    }

    /** Sorts ids[lo..hi) into two halves of like words, then each half the same way. */
    private final class Cut extends RecursiveAction {
        private final int[] ids;
        private final int lo;
        private final int hi;

        Cut(int[] ids, int lo, int hi) {
            this.ids = ids;
            this.lo = lo;
            this.hi = hi;
        }

        @Override
        protected void compute() {
            if (hi - lo <= 2) {
                return; // two leaves under one node: their order does not matter
            }
            if (hi - lo > FORK_ABOVE) {
                heartbeat.run();
            }
            SplittableRandom random = new SplittableRandom(seed ^ (lo * 0x9E3779B97F4A7C15L) ^ ((long) hi << 32));
            double[] direction = spread(mean(lo, hi), random);
            halve(direction);
            int mid = (lo + hi) >>> 1;
            for (int step = 0; step < MEANS_STEPS; step++) {
                double[] low = mean(lo, mid);
                double[] high = mean(mid, hi);
                for (int k = 0; k < dim; k++) {
                    direction[k] = high[k] - low[k]; // nearer the high mean <=> larger projection (unit rows)
                }
                halve(direction);
            }
            Cut first = new Cut(ids, lo, mid);
            Cut second = new Cut(ids, mid, hi);
            if (hi - lo > FORK_ABOVE) {
                invokeAll(first, second);
            } else {
                first.compute();
                second.compute();
            }
        }

        private double[] mean(int from, int to) {
            double[] mean = new double[dim];
            for (int i = from; i < to; i++) {
                int base = ids[i] * dim;
                float scale = inverseNorm[ids[i]];
                for (int k = 0; k < dim; k++) {
                    mean[k] += rows[base + k] * scale;
                }
            }
            for (int k = 0; k < dim; k++) {
                mean[k] /= to - from;
            }
            return mean;
        }

        /** The direction of largest spread about the mean (power iteration on a sample of the rows). */
        private double[] spread(double[] mean, SplittableRandom random) {
            int n = hi - lo;
            int[] sample = new int[Math.min(n, SPREAD_SAMPLE)];
            for (int i = 0; i < sample.length; i++) {
                sample[i] = ids[lo + (n <= SPREAD_SAMPLE ? i : random.nextInt(n))];
            }
            double[] direction = new double[dim];
            for (int k = 0; k < dim; k++) {
                direction[k] = random.nextDouble() - 0.5;
            }
            for (int step = 0; step < POWER_STEPS; step++) {
                double[] next = new double[dim];
                for (int w : sample) {
                    double p = project(w, direction, mean);
                    int base = w * dim;
                    float scale = inverseNorm[w];
                    for (int k = 0; k < dim; k++) {
                        next[k] += p * (rows[base + k] * scale - mean[k]);
                    }
                }
                double norm = Math.sqrt(Arrays.stream(next).map(x -> x * x).sum());
                if (norm == 0) {
                    break; // no spread left (identical rows): any cut will do
                }
                for (int k = 0; k < dim; k++) {
                    direction[k] = next[k] / norm;
                }
            }
            return direction;
        }

        /** (unit row w - origin) . direction */
        private double project(int w, double[] direction, double[] origin) {
            int base = w * dim;
            float scale = inverseNorm[w];
            double p = 0;
            for (int k = 0; k < dim; k++) {
                p += (rows[base + k] * scale - origin[k]) * direction[k];
            }
            return p;
        }

        /**
         * Puts the half of ids[lo..hi) with the lower projections on {@code direction} first, each
         * half in id order (ties at the cut go low by id), so that the result depends on the set of
         * ids alone. Any origin ranks the same, so none is subtracted.
         */
        private void halve(double[] direction) {
            double[] origin = new double[dim];
            int n = hi - lo;
            int[] span = Arrays.copyOfRange(ids, lo, hi);
            Arrays.sort(span);
            double[] keys = new double[n];
            for (int i = 0; i < n; i++) {
                keys[i] = project(span[i], direction, origin);
            }
            double[] sorted = keys.clone();
            Arrays.sort(sorted);
            int lowCount = n / 2;
            double cut = sorted[lowCount - 1]; // the largest key of the lower half
            int tiesLow = lowCount;
            for (double k : keys) {
                tiesLow -= k < cut ? 1 : 0;
            }
            int low = lo;
            int high = lo + lowCount;
            for (int i = 0; i < n; i++) {
                if (keys[i] < cut || (keys[i] == cut && tiesLow-- > 0)) {
                    ids[low++] = span[i];
                } else {
                    ids[high++] = span[i];
                }
            }
        }
    }
}
