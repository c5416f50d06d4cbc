package cbow.train;

import cbow.data.Batch;
import cbow.data.BatchSampler;
import cbow.data.Examples;
import cbow.model.Network;
import cbow.model.Parameters;

/**
 * Batch gradient descent over the shuffled examples, epoch after epoch, with a fixed learning rate
 * alpha, as the course teaches. Stops with {@link TrainingDivergedException} the moment the cost is
 * not finite.
 */
public final class Trainer {
    /** How many loss points each epoch adds to the history (at most). */
    private static final int LOG_POINTS_PER_EPOCH = 50;

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
        try (Network network = new Network(parameters, settings.batchSize(), threads)) {
            return train(network, examples);
        }
    }

    private TrainingHistory train(Network network, Examples examples) {
        BatchSampler sampler = new BatchSampler(examples, settings.batchSize(), settings.seed());
        Batch batch = new Batch(settings.batchSize(), examples.maxContext());
        TrainingHistory history = new TrainingHistory();
        int batches = sampler.batchesPerEpoch();
        int logEvery = Math.max(1, batches / LOG_POINTS_PER_EPOCH);
        float alpha = (float) settings.alpha();
        long step = 0;
        for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
            sampler.startEpoch(epoch - 1);
            long start = System.nanoTime();
            double epochLossSum = 0; // sum over examples of their cost, so a short last batch weighs less
            double stretchLossSum = 0;
            long stretchExamples = 0;
            long epochExamples = 0;
            for (int b = 0; b < batches; b++) {
                sampler.fill(b, batch);
                double loss = network.trainStep(batch, alpha);
                step++;
                if (!Double.isFinite(loss)) {
                    throw new TrainingDivergedException(epoch, b + 1, loss, settings.alpha());
                }
                epochLossSum += loss * batch.size();
                stretchLossSum += loss * batch.size();
                stretchExamples += batch.size();
                epochExamples += batch.size();
                if ((b + 1) % logEvery == 0 || b == batches - 1) {
                    double recent = stretchLossSum / stretchExamples;
                    history.addStep(step, recent);
                    listener.progress(epoch, settings.epochs(), b + 1, batches, recent,
                            epochExamples / seconds(start));
                    stretchLossSum = 0;
                    stretchExamples = 0;
                }
            }
            double mean = epochLossSum / epochExamples;
            history.addEpoch(mean);
            double seconds = seconds(start);
            listener.epochFinished(epoch, settings.epochs(), mean, epochExamples / seconds, seconds);
        }
        return history;
    }

    private static double seconds(long startNanos) {
        return Math.max(1e-9, (System.nanoTime() - startNanos) / 1e9);
    }
}
