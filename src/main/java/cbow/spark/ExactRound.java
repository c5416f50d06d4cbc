package cbow.spark;

import cbow.data.Batch;
import cbow.data.BatchSampler;
import cbow.data.EncodedCorpus;
import cbow.data.EpochExamples;
import cbow.data.Examples;
import cbow.data.SplitMix;
import cbow.model.ExactNetwork;
import cbow.model.Parameters;
import cbow.optim.Optimizer;
import cbow.train.Decay;
import cbow.train.TrainingSettings;
import java.io.Serializable;
import java.util.Collections;
import java.util.Iterator;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;

/**
 * One partition's work in one round of {@link SparkExactTrainer}: a copy of the round's broadcast
 * parameters and optimizer moments stepped, batch by batch as {@code cbow train} steps them, through
 * this round's share of the partition's shuffled batches of the epoch; returned whole (dense: the
 * softmax changes every row of W2 at every step) as the parameters' change and the moments reached,
 * with the summed cost, examples and batches, for the driver to combine.
 *
 * <p>The result depends only on the broadcast state, the partition and the seed: a task Spark
 * runs again returns the same numbers.
 */
final class ExactRound implements FlatMapFunction<Iterator<int[]>, float[][]> {
    private final Settings settings;
    private final Broadcast<long[]> counts;
    private final Broadcast<float[][]> state;
    private final int epoch;
    private final int round;
    private final int rounds;
    private final long stepsBefore;

    /** The settings a task needs, as a serializable value. */
    record Settings(int dim, int window, boolean fixedWindow, int batchSize, double alpha, int epochs, double sample,
                    long seed, Optimizer optimizer, Decay decay) implements Serializable {
        static Settings of(TrainingSettings s) {
            return new Settings(s.dim(), s.window(), s.fixedWindow(), s.batchSize(), s.alpha(), s.epochs(), s.sample(),
                    s.seed(), s.optimizer(), s.decay());
        }
    }

    /** @param stepsBefore optimizer steps taken before this round (Adam's bias correction counts them) */
    ExactRound(Settings settings, Broadcast<long[]> counts, Broadcast<float[][]> state, int epoch, int round,
               int rounds, long stepsBefore) {
        this.settings = settings;
        this.counts = counts;
        this.state = state;
        this.epoch = epoch;
        this.round = round;
        this.rounds = rounds;
        this.stepsBefore = stepsBefore;
    }

    @Override
    public Iterator<float[][]> call(Iterator<int[]> shard) {
        if (!shard.hasNext()) {
            return Collections.emptyIterator();
        }
        int[] ids = shard.next();
        long seed = SplitMix.mix(settings.seed() + 0x9E3779B97F4A7C15L * (TaskContext.getPartitionId() + 1));
        long[] wordCounts = counts.value();
        int v = wordCounts.length;
        int n = settings.dim();
        Examples examples = EpochExamples.subsampled(EncodedCorpus.ofIds(ids), settings.window(), wordCounts,
                settings.sample(), seed, !settings.fixedWindow()).forEpoch(epoch - 1);
        if (examples.size() == 0) {
            return Collections.emptyIterator();
        }
        BatchSampler sampler = new BatchSampler(examples, settings.batchSize(), seed);
        sampler.startEpoch(epoch - 1);
        int batches = sampler.batchesPerEpoch();
        int from = (int) ((long) batches * round / rounds);
        int to = (int) ((long) batches * (round + 1) / rounds);
        float[][] start = state.value();
        Parameters parameters = ExactState.parameters(start, v, n);
        Parameters[] moments = ExactState.moments(start, v, n, settings.optimizer());
        int capacity = Math.min(settings.batchSize(), examples.size());
        Batch batch = new Batch(capacity, examples.maxContext());
        double lossSum = 0;
        long seen = 0;
        try (ExactNetwork network = new ExactNetwork(parameters, settings.optimizer(), moments, capacity, 1)) {
            for (int b = from; b < to; b++) {
                sampler.fill(b, batch);
                double progress = (epoch - 1 + (double) b / batches) / settings.epochs();
                float alpha = (float) settings.decay().rate(settings.alpha(), progress);
                double loss = network.forward(batch);
                network.backward(batch);
                network.descend(batch, alpha, stepsBefore + (b - from) + 1);
                lossSum += loss * batch.size();
                seen += batch.size();
            }
        }
        float[][] out = ExactState.of(parameters, moments);
        for (int i = 0; i < ExactState.PARAMETER_ARRAYS; i++) { // the parameters' change, not their values
            for (int j = 0; j < out[i].length; j++) {
                out[i][j] -= start[i][j];
            }
        }
        float[][] withStats = new float[out.length + 1][];
        System.arraycopy(out, 0, withStats, 0, out.length);
        withStats[out.length] = new float[] {(float) lossSum, seen, to - from, 1};
        return Collections.singletonList(withStats).iterator();
    }
}
