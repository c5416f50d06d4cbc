package cbow.train;

import cbow.data.Batch;
import cbow.data.BatchSampler;
import cbow.data.EpochExamples;
import cbow.data.Examples;
import cbow.model.Network;
import cbow.model.Parameters;
import cbow.optim.Optimizer;

/**
 * Batch gradient descent over the shuffled examples, epoch after epoch, with a fixed learning rate
 * alpha, as the course teaches, or one that decays ({@link Decay}). Stops with {@link TrainingDivergedException} the moment the cost is
 * not finite.
 */
public final class Trainer {
    /** How many loss points each epoch adds to the history (at most). */
    private static final int LOG_POINTS_PER_EPOCH = 50;
    /** A logged stretch must span this many examples before its mean loss can declare divergence. */
    private static final int DIVERGENCE_MIN_EXAMPLES = 100;

    private final TrainingSettings settings;
    private final TrainingListener listener;
    private final int threads;

    /** A trainer using all available processors. */
    public Trainer(TrainingSettings settings, TrainingListener listener) {
        this(settings, listener, Runtime.getRuntime().availableProcessors());
    }

    /** A trainer whose steps run on {@code threads} threads; the result does not depend on that number. */
    public Trainer(TrainingSettings settings, TrainingListener listener, int threads) {
        this.settings = settings;
        this.listener = listener;
        this.threads = threads;
    }

    /** Trains {@code parameters} in place on {@code examples} and returns the loss history. */
    public TrainingHistory train(Parameters parameters, Examples examples) {
        return train(parameters, examples, new TrainingState(), AfterBatch.NOTHING);
    }

    /** Called after every gradient step, with the state a checkpoint needs; may save it. */
    public interface AfterBatch {
        void afterBatch(TrainingState state, Parameters parameters);

        AfterBatch NOTHING = (state, parameters) -> { };
    }

    /**
     * Trains from {@code state} (a fresh one, or one restored from a checkpoint together with
     * {@code parameters}) to the last epoch; {@code state} advances as training goes.
     */
    public TrainingHistory train(Parameters parameters, Examples examples, TrainingState state, AfterBatch afterBatch) {
        return train(parameters, EpochExamples.fixed(examples), state, afterBatch);
    }

    /** As above, on each epoch's own examples (a fresh subsample of the corpus, for one). */
    public TrainingHistory train(Parameters parameters, EpochExamples epochs, TrainingState state, AfterBatch afterBatch) {
        Examples all = epochs.all();
        int capacity = Math.min(settings.batchSize(), all.size()); // no work matrix bigger than the data
        try (Network network = new Network(parameters, capacity, threads)) {
            Parameters gradients = settings.optimizer() == Optimizer.SGD ? null
                    : new Parameters(parameters.vocabularySize(), parameters.dim());
            return train(network, parameters, epochs, state, afterBatch, new Batch(capacity, all.maxContext()),
                    gradients);
        }
    }

    private TrainingHistory train(Network network, Parameters parameters, EpochExamples epochExamples,
                                  TrainingState state, AfterBatch afterBatch, Batch batch, Parameters gradients) {
        // Guessing uniformly costs ln V; a run that learns stays near or below it, one whose steps
        // overshoot (too large an alpha) climbs far above it long before the loss overflows.
        double divergenceLimit = 2 * Math.log(parameters.vocabularySize()) + 2;
        while (state.epoch <= settings.epochs()) {
            Examples examples = epochExamples.forEpoch(state.epoch - 1);
            BatchSampler sampler = new BatchSampler(examples, settings.batchSize(), settings.seed());
            int batches = sampler.batchesPerEpoch();
            int logEvery = Math.max(1, batches / LOG_POINTS_PER_EPOCH);
            sampler.startEpoch(state.epoch - 1);
            long start = System.nanoTime();
            long examplesBefore = state.epochExamples; // a resumed epoch's pace counts only new work
            while (state.batch < batches) {
                sampler.fill(state.batch, batch);
                float alpha = (float) settings.decay().rate(settings.alpha(), state.epoch, settings.epochs(),
                        state.batch, batches);
                double loss = step(network, batch, gradients, state, alpha);
                if (!Double.isFinite(loss)) {
                    throw new TrainingDivergedException(state.epoch, state.batch + 1, loss, settings.alpha());
                }
                state.recordBatch(loss, batch.size());
                if (state.batch % logEvery == 0 || state.batch == batches) {
                    long stretchExamples = state.stretchExamples;
                    double recent = state.closeStretch();
                    if (recent > divergenceLimit && stretchExamples >= DIVERGENCE_MIN_EXAMPLES) {
                        throw new TrainingDivergedException(state.epoch, state.batch, recent, divergenceLimit,
                                settings.alpha());
                    }
                    listener.progress(state.epoch, settings.epochs(), state.batch, batches, recent,
                            (state.epochExamples - examplesBefore) / seconds(start));
                }
                afterBatch.afterBatch(state, parameters);
            }
            long done = state.epochExamples - examplesBefore;
            int epoch = state.epoch;
            double mean = state.closeEpoch();
            double seconds = seconds(start);
            listener.epochFinished(epoch, settings.epochs(), mean, done / seconds, seconds);
        }
        return state.history;
    }

    /** Forward, backward, then the optimizer's step from the batch's gradients; returns the batch's cost. */
    private double step(Network network, Batch batch, Parameters gradients, TrainingState state, float alpha) {
        double loss = network.forward(batch);
        network.backward(batch);
        Parameters parameters = network.parameters();
        network.descend(batch, settings.optimizer(), state.moments(settings.optimizer(), parameters), alpha,
                state.step + 1, gradients);
        return loss;
    }

    private static double seconds(long startNanos) {
        return Math.max(1e-9, (System.nanoTime() - startNanos) / 1e9);
    }
}
