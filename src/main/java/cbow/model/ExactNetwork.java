package cbow.model;

import cbow.data.Batch;
import cbow.dense.Kernels;
import cbow.optim.Optimizer;
import cbow.parallel.WorkerTeam;
import java.util.Arrays;

/**
 * The seed's CBOW network: forward, backward and gradient descent over a {@link Batch}, as in
 * DESIGN.md. It owns its work matrices, sized for the largest batch once, so a training step
 * allocates nothing.
 *
 * <pre>
 *   Z1 = W1 X + b1,  H = ReLU(Z1),  Z2 = W2 H + b2,  Yhat = softmax(Z2),  J = -(1/m) sum Y log Yhat
 *   dZ2 = Yhat - Y,  dW2 = dZ2 H^T / m,  db2 = dZ2 1^T / m
 *   dZ1 = (W2^T dZ2) * step(Z1),  dW1 = dZ1 X^T / m,  db1 = dZ1 1^T / m
 * </pre>
 *
 * <p>Each phase runs on a {@link WorkerTeam}: the output layer in fixed blocks of vocabulary rows, the
 * hidden layer in fixed chunks of its N rows. Every number is computed by the same operations in the
 * same order whatever the thread count, so results are bit-identical for any {@code threads}.
 * Close the network to stop its threads.
 */
public final class ExactNetwork implements AutoCloseable {
    /** The hidden layer's N rows are cut into this many chunks for the team. */
    private static final int HIDDEN_CHUNKS = 4;
    /**
     * Rows of W1 per chunk of an optimizer's fused step: 4 rows of a Brown-sized W1 are 227 KB, so a
     * chunk's gradient is still in cache when its update reads it.
     */
    private static final int FUSED_W1_ROWS = 4;

    private final Parameters parameters;
    private final HiddenLayer hidden;
    private final SoftmaxOutput output;
    private final WorkerTeam team;
    private final int maxBatchSize;
    private int forwardBatchSize = -1;

    // The phases' jobs, made once (a lambda per call would allocate), and what they work on.
    private Batch batch;
    private float scale;
    private Parameters target;
    private final WorkerTeam.Job hiddenForward = this::hiddenForwardChunk;
    private final WorkerTeam.Job outputForward = this::outputForwardBlock;
    private final WorkerTeam.Job normalize = this::normalizeBlock;
    private final WorkerTeam.Job outputBackward = this::outputBackwardBlock;
    private final WorkerTeam.Job sumShares = this::sumSharesChunk;
    private final WorkerTeam.Job outputUpdate = this::outputUpdateBlock;
    private final WorkerTeam.Job hiddenUpdate = this::hiddenUpdateChunk;
    private final WorkerTeam.Job outputOptimizerStep = this::outputOptimizerStepBlock;
    private final WorkerTeam.Job hiddenOptimizerStep = this::hiddenOptimizerStepChunk;
    // The optimizer and its state: the moments (none for plain gradient descent, one set of the
    // parameters' shapes for Adagrad, two for Adam) and the gradient the fused step writes on the way.
    private final Optimizer optimizer;
    private final Parameters[] moments;
    private final Parameters scratch;
    private final float[][] firstMoments;  // the moments' arrays by parameter (W1, b1, W2, b2), looked
    private final float[][] secondMoments; // up once, so that a step allocates nothing
    private double rate;
    private long stepNumber;

    /** A single-threaded network stepped by plain gradient descent. */
    public ExactNetwork(Parameters parameters, int maxBatchSize) {
        this(parameters, maxBatchSize, 1);
    }

    /** A network stepped by plain gradient descent, on {@code threads} threads. */
    public ExactNetwork(Parameters parameters, int maxBatchSize, int threads) {
        this(parameters, Optimizer.SGD, null, maxBatchSize, threads);
    }

    /**
     * The network {@code cbow train} and {@code cbow bench} step: its parameters, the optimizer with
     * its moments ({@code null}: zero, a run's start; else as saved in a checkpoint), work matrices for
     * batches of up to {@code maxBatchSize}, and {@code threads} threads. The results do not depend on
     * the number of threads.
     */
    public ExactNetwork(Parameters parameters, Optimizer optimizer, Parameters[] moments, int maxBatchSize, int threads) {
        if (maxBatchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, got " + maxBatchSize);
        }
        this.parameters = parameters;
        this.maxBatchSize = maxBatchSize;
        this.hidden = new HiddenLayer(parameters.dim(), maxBatchSize);
        this.output = new SoftmaxOutput(parameters.vocabularySize(), parameters.dim(), maxBatchSize);
        this.optimizer = optimizer;
        this.moments = moments != null ? moments : zeroMoments(optimizer, parameters);
        if (this.moments.length != optimizer.moments()) {
            throw new IllegalArgumentException(optimizer.label() + " keeps " + optimizer.moments()
                    + " sets of moments, got " + this.moments.length);
        }
        this.scratch = optimizer == Optimizer.SGD ? null : new Parameters(parameters.vocabularySize(), parameters.dim());
        this.firstMoments = arraysOf(this.moments, 0);
        this.secondMoments = arraysOf(this.moments, 1);
        this.team = new WorkerTeam(threads);
    }

    /** Zeroed moments for {@code parameters}: as many sets as {@code optimizer} keeps. */
    private static Parameters[] zeroMoments(Optimizer optimizer, Parameters parameters) {
        Parameters[] out = new Parameters[optimizer.moments()];
        for (int i = 0; i < out.length; i++) {
            out[i] = new Parameters(parameters.vocabularySize(), parameters.dim());
        }
        return out;
    }

    private void hiddenForwardChunk(int c) {
        hidden.forwardRows(parameters, batch, chunkStart(c), chunkStart(c + 1));
    }

    private void outputForwardBlock(int b) {
        output.forwardBlock(b, parameters, hidden.h, batch);
    }

    private void normalizeBlock(int b) {
        output.normalizeBlock(b);
    }

    private void outputBackwardBlock(int b) {
        output.backwardBlock(b, parameters);
    }

    private void sumSharesChunk(int c) {
        output.sumBlockShares(hidden.dH, chunkStart(c), chunkStart(c + 1));
    }

    private void outputUpdateBlock(int b) {
        output.accumulateBlock(b, hidden.hT, hidden.hStride(), scale, target.w2.data, target.b2.data);
    }

    private void hiddenUpdateChunk(int c) {
        hidden.scatterRows(batch, scale, target.w1.data, target.b1.data, chunkStart(c), chunkStart(c + 1));
    }

    /** Block b of W2, b2: its gradient rows into {@code target}, then the optimizer's step on them. */
    private void outputOptimizerStepBlock(int b) {
        int n = parameters.dim();
        int r0 = output.firstRow(b);
        int r1 = r0 + output.rows(b);
        Arrays.fill(target.w2.data, r0 * n, r1 * n, 0f);
        Arrays.fill(target.b2.data, r0, r1, 0f);
        output.accumulateBlock(b, hidden.hT, hidden.hStride(), scale, target.w2.data, target.b2.data);
        optimizerStep(parameters.w2.data, target.w2.data, 2, r0 * n, r1 * n);
        optimizerStep(parameters.b2.data, target.b2.data, 3, r0, r1);
    }

    /** Rows k0..k1 of W1, b1: their gradient into {@code target}, then the optimizer's step on them. */
    private void hiddenOptimizerStepChunk(int c) {
        int vocab = parameters.vocabularySize();
        int k0 = c * FUSED_W1_ROWS;
        int k1 = Math.min(parameters.dim(), k0 + FUSED_W1_ROWS);
        Arrays.fill(target.w1.data, k0 * vocab, k1 * vocab, 0f);
        Arrays.fill(target.b1.data, k0, k1, 0f);
        hidden.scatterRows(batch, scale, target.w1.data, target.b1.data, k0, k1);
        optimizerStep(parameters.w1.data, target.w1.data, 0, k0 * vocab, k1 * vocab);
        optimizerStep(parameters.b1.data, target.b1.data, 1, k0, k1);
    }

    /** The optimizer's update of elements from..to of parameter array number {@code k} (W1, b1, W2, b2). */
    private void optimizerStep(float[] p, float[] g, int k, int from, int to) {
        optimizer.update(p, g, firstMoments[k], secondMoments[k], from, to, rate, stepNumber);
    }

    private static float[][] arraysOf(Parameters[] moments, int index) {
        float[][] out = new float[4][];
        if (index < moments.length) {
            var all = moments[index].all();
            for (int k = 0; k < all.length; k++) {
                out[k] = all[k].data;
            }
        }
        return out;
    }

    private int chunkStart(int chunk) {
        return parameters.dim() * chunk / HIDDEN_CHUNKS;
    }

    /**
     * The floats the work matrices of a network of this shape hold, for a memory check before
     * anything is allocated: the batch matrices (padded to whole vectors), each vocabulary block's
     * share of dH and softmax statistics, and H^T with its column of ones.
     */
    public static long workFloats(int vocabularySize, int dim, int maxBatchSize) {
        long v = vocabularySize;
        long n = dim;
        long m = Kernels.padded(maxBatchSize);
        long blocks = (v + SoftmaxOutput.BLOCK_ROWS - 1) / SoftmaxOutput.BLOCK_ROWS;
        return v * m + 3 * n * m + blocks * n * m + m * ((n + 1 + 63) / 64 * 64) + 3 * blocks * m;
    }

    public Parameters parameters() {
        return parameters;
    }

    /** The optimizer's moments, which a checkpoint saves beside the parameters. */
    public Parameters[] moments() {
        return moments;
    }

    public int threads() {
        return team.size();
    }

    /** Runs the forward pass and returns the batch cost J (the mean cross-entropy). */
    public double forward(Batch batch) {
        int m = batch.size();
        if (m == 0) {
            throw new IllegalArgumentException("empty batch");
        }
        if (m > maxBatchSize) {
            throw new IllegalArgumentException("batch of " + m + " exceeds the network's " + maxBatchSize);
        }
        this.batch = batch;
        hidden.startBatch(m);
        output.startBatch(m);
        team.run(HIDDEN_CHUNKS, hiddenForward);
        hidden.transposeHidden();
        team.run(output.blocks(), outputForward);
        double loss = output.combineBlocks() / m;
        team.run(output.blocks(), normalize);
        forwardBatchSize = m;
        return loss;
    }

    /** H[k, j] of the last forward pass (for tests and inspection). */
    float hidden(int k, int j) {
        return hidden.h[k * hidden.width() + j];
    }

    /** Yhat[i, j] of the last forward pass, valid until {@link #backward} (for tests and inspection). */
    float probability(int i, int j) {
        if (forwardBatchSize < 0) {
            throw new IllegalStateException("no forward pass to read");
        }
        return output.probability(i, j);
    }

    /** Backpropagates the batch just run forward: afterwards dZ2 and dZ1 are ready. */
    public void backward(Batch batch) {
        if (forwardBatchSize != batch.size() || this.batch != batch) {
            throw new IllegalStateException("backward without a forward pass over this batch");
        }
        output.subtractTargets(batch);
        team.run(output.blocks(), outputBackward);
        team.run(HIDDEN_CHUNKS, sumShares);
        hidden.backward();
        forwardBatchSize = -1; // the output now holds gradients
    }

    /** Writes the dense gradients dW1, db1, dW2, db2 of the batch just backpropagated into {@code out}. */
    public void gradients(Batch batch, Parameters out) {
        for (var g : out.all()) {
            g.zero();
        }
        update(batch, 1f / batch.size(), out);
    }

    /** One step of gradient descent with the gradients of the batch just backpropagated. */
    public void descend(Batch batch, float alpha) {
        update(batch, -alpha / batch.size(), parameters);
    }

    /**
     * Step number {@code t} (1-based) of the network's optimizer at rate {@code alpha}, with the
     * gradients of the batch just backpropagated: the step {@code cbow train} takes. Plain gradient
     * descent is {@link #descend(Batch, float)}. Adam and Adagrad give the same numbers as
     * {@link #gradients} followed by the optimizer's update of each whole array, but each block of W2
     * and each few rows of W1 are updated while their gradient (written into the scratch matrices on
     * the way) is still in cache, in parallel, instead of writing the whole gradient to memory and
     * reading it back.
     */
    public void descend(Batch batch, double alpha, long t) {
        if (optimizer == Optimizer.SGD) {
            descend(batch, (float) alpha);
            return;
        }
        this.batch = batch;
        this.scale = 1f / batch.size();
        this.target = scratch;
        this.rate = alpha;
        this.stepNumber = t;
        team.run(output.blocks(), outputOptimizerStep);
        team.run((parameters.dim() + FUSED_W1_ROWS - 1) / FUSED_W1_ROWS, hiddenOptimizerStep);
        this.target = null;
    }

    /** Adds {@code scale} times the gradients into {@code into}. */
    private void update(Batch batch, float scale, Parameters into) {
        this.batch = batch;
        this.scale = scale;
        this.target = into;
        team.run(output.blocks(), outputUpdate);
        team.run(HIDDEN_CHUNKS, hiddenUpdate);
        this.target = null;
    }

    /** Forward, backward and descent on one batch; returns the batch cost before the step. */
    public double trainStep(Batch batch, float alpha) {
        double loss = forward(batch);
        backward(batch);
        descend(batch, alpha);
        return loss;
    }

    /** Stops the network's threads. */
    @Override
    public void close() {
        team.close();
    }
}
