package cbow.data;

/**
 * Up to m examples in the sparse form the network consumes: the center word of each and its
 * context word ids. Column j of the seed's input matrix X is the average of the one-hot vectors
 * of {@code contextIds[contextStart[j] .. contextStart[j+1])}; that matrix is never built.
 * A batch is filled again and again by {@link BatchSampler}, so training allocates nothing per batch.
 */
public final class Batch {
    private final int capacity;
    private final int[] centers;
    private final int[] contextStart;
    private final int[] contextIds;
    private int size;

    public Batch(int capacity, int maxContext) {
        this.capacity = capacity;
        this.centers = new int[capacity];
        this.contextStart = new int[capacity + 1];
        this.contextIds = new int[capacity * maxContext];
    }

    /** Builds a batch from explicit contexts and centers (tests and tools). */
    public static Batch of(int[][] contexts, int[] centers) {
        int maxContext = 1;
        for (int[] c : contexts) {
            maxContext = Math.max(maxContext, c.length);
        }
        Batch batch = new Batch(centers.length, maxContext);
        batch.clear();
        for (int j = 0; j < centers.length; j++) {
            batch.add(contexts[j], centers[j]);
        }
        return batch;
    }

    public void clear() {
        size = 0;
        contextStart[0] = 0;
    }

    /** Appends the example {@code index} of {@code examples}. */
    public void add(Examples examples, int index) {
        int start = contextStart[size];
        int n = examples.context(index, contextIds, start);
        centers[size] = examples.center(index);
        contextStart[++size] = start + n;
    }

    void add(int[] context, int center) {
        int start = contextStart[size];
        System.arraycopy(context, 0, contextIds, start, context.length);
        centers[size] = center;
        contextStart[++size] = start + context.length;
    }

    public int size() {
        return size;
    }

    public int capacity() {
        return capacity;
    }

    public int center(int j) {
        return centers[j];
    }

    public int contextStart(int j) {
        return contextStart[j];
    }

    public int contextEnd(int j) {
        return contextStart[j + 1];
    }

    public int contextId(int k) {
        return contextIds[k];
    }
}
