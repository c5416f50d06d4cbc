package cbow.train;

import cbow.model.ExactNetwork;
import java.util.Locale;

/**
 * The memory a training run will need, checked before any of it is allocated: a run that cannot fit
 * fails at once with a line saying which option to lower, not after minutes with an out-of-memory
 * error (or, for a matrix past Java's array limit, with an internal error).
 */
public final class ModelSize {
    /** The most elements a Java array can hold. */
    static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

    private ModelSize() {
    }

    /**
     * Fails with {@link ModelTooLargeException} when the parameters and work matrices of a network of
     * {@code vocabulary} x {@code dim}, trained in batches of {@code batchSize} examples with up to
     * {@code maxContext} context words each, with {@code momentSets} copies of the parameters kept by
     * the optimizer (and then one more for the gradient its fused step writes), cannot be allocated in
     * the memory left.
     */
    public static void requireFits(int vocabulary, int dim, int batchSize, int maxContext, int momentSets) {
        long v = vocabulary;
        long n = dim;
        long m = batchSize;
        requireArray(v * n, "W1 and W2 would hold " + v + " x " + n + " numbers each", "--dim or --max-vocab");
        requireArray(v * m, "a batch's output matrix would hold " + v + " x " + m + " numbers", "--batch-size or --max-vocab");
        requireArray(m * maxContext, "a batch's contexts would hold " + m + " x " + maxContext + " word ids", "--batch-size or --window");
        long copies = 1 + momentSets + (momentSets > 0 ? 1 : 0); // parameters, moments, gradient
        long floats = copies * (2 * v * n + v + n)   // W1, W2, b1, b2
                + ExactNetwork.workFloats(vocabulary, dim, batchSize);
        long ints = m * (2 + maxContext);   // the batch
        long bytes = 4 * (floats + ints);
        requireAvailable(bytes, String.format(Locale.ROOT, "vocabulary %,d x --dim %,d, --batch-size %,d", v, n, m),
                "--dim, --max-vocab or --batch-size");
    }

    /**
     * The lock-free network's memory, checked before it is allocated: the input and output matrices
     * (V x N floats each), a third while hs's tree is rebuilt by meaning (the words' mean contexts,
     * gathered in the epoch before), negative sampling's alias table (8 bytes a word), and each
     * thread's buffer of the encoded corpus (2 MiB). The corpus itself stays on disk.
     */
    public static void requireFitsHogwild(int vocabulary, int dim, int threads, boolean rebuildsTree) {
        long v = vocabulary;
        long n = dim;
        requireArray(v * n, "the input and output matrices would hold " + v + " x " + n + " numbers each",
                "--dim or --max-vocab");
        long bytes = 4 * (rebuildsTree ? 3 : 2) * v * n + 8 * v + threads * (2L << 20);
        requireAvailable(bytes, String.format(Locale.ROOT, "vocabulary %,d x --dim %,d", v, n), "--dim or --max-vocab");
    }

    private static void requireAvailable(long bytes, String shape, String options) {
        Runtime rt = Runtime.getRuntime();
        long available = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        if (bytes > available) {
            throw new ModelTooLargeException(String.format(Locale.ROOT,
                    "the model needs about %s (%s) but only %s is free; lower %s, or give Java more with"
                            + " CBOW_JAVA_OPTS=-Xmx...", human(bytes), shape, human(available), options));
        }
    }

    /**
     * Fails when the input matrix of a subword model, the {@code vocabulary} words' rows and the
     * {@code buckets} n-gram rows of {@code dim} floats, cannot be one Java array or does not fit in
     * the memory left (with the output rows, at most as many as the words).
     */
    public static void requireFitsSubwords(int vocabulary, int buckets, int dim) {
        long rows = (long) vocabulary + buckets;
        requireArray(rows * dim, "the input rows would hold (" + vocabulary + " words + " + buckets + " buckets) x "
                + dim + " numbers", "--buckets or --dim");
        long bytes = 4 * (rows * dim + 2L * vocabulary * dim);
        Runtime rt = Runtime.getRuntime();
        long available = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
        if (bytes > available) {
            throw new ModelTooLargeException(String.format(Locale.ROOT,
                    "the subword model needs about %s (%,d words + %,d buckets, x --dim %,d) but only %s is free; "
                            + "lower --buckets or --dim, or give Java more with CBOW_JAVA_OPTS=-Xmx...",
                    human(bytes), vocabulary, buckets, dim, human(available)));
        }
    }

    private static void requireArray(long elements, String what, String options) {
        if (elements > MAX_ARRAY) {
            throw new ModelTooLargeException(what + ", more than a Java array can hold (2^31); lower " + options);
        }
    }

    static String human(long bytes) {
        if (bytes >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GB", bytes / (double) (1L << 30));
        }
        return String.format(Locale.ROOT, "%.0f MB", Math.ceil(bytes / (double) (1L << 20)));
    }
}
