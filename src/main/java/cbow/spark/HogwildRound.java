package cbow.spark;

import cbow.data.ContextWindow;
import cbow.data.EncodedCorpus;
import cbow.data.Sentences;
import cbow.data.SplitMix;
import cbow.data.Subsampler;
import cbow.loss.Loss;
import cbow.model.HogwildNetwork;
import cbow.train.Decay;
import cbow.train.HogwildTrainer;
import cbow.train.LossKind;
import cbow.train.TrainingSettings;
import java.io.Serializable;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;

/**
 * One partition's work in one round of {@link SparkHogwildTrainer}: a copy of the round's broadcast
 * model trained lock-free (one thread, as {@code cbow train}'s threads train: subsampled sentences,
 * shrunk windows, one SGD step an example, the learning rate decaying linearly with the words all
 * partitions have read) on this round's slice of the partition, and then only the rows it changed,
 * as one {@link RowDelta} (trained minus broadcast, with the slice's summed loss, examples and words read).
 *
 * <p>The result depends only on the broadcast model, the slice and the seed (epoch, round,
 * partition): a task Spark runs again returns the same deltas, so a retry cannot apply work twice.
 */
final class HogwildRound implements FlatMapFunction<Iterator<int[]>, RowDelta> {
    private static final int PUBLISH_EVERY = 10_000;

    private final Settings settings;
    private final Broadcast<long[]> counts;
    private final Broadcast<ModelRows> model;
    private final int epoch;
    private final int round;
    private final int rounds;
    private final long wordsBefore;
    private final long totalWork;
    private final int partitions;

    /** The settings a task needs, as a serializable value ({@link TrainingSettings} is not). */
    record Settings(LossKind loss, int dim, int window, boolean fixedWindow, int negative, double negPower,
                    double alpha, double sample, long seed) implements Serializable {
        static Settings of(TrainingSettings s) {
            return new Settings(s.loss(), s.dim(), s.window(), s.fixedWindow(), s.negative(), s.negPower(), s.alpha(),
                    s.sample(), s.seed());
        }
    }

    /**
     * @param wordsBefore words (kept or dropped by subsampling) all partitions had read before this round
     * @param totalWork   words the whole run reads (epochs x corpus words): the learning rate's clock
     */
    HogwildRound(Settings settings, Broadcast<long[]> counts, Broadcast<ModelRows> model, int epoch, int round,
                 int rounds, long wordsBefore, long totalWork, int partitions) {
        this.settings = settings;
        this.counts = counts;
        this.model = model;
        this.epoch = epoch;
        this.round = round;
        this.rounds = rounds;
        this.wordsBefore = wordsBefore;
        this.totalWork = totalWork;
        this.partitions = partitions;
    }

    @Override
    public Iterator<RowDelta> call(Iterator<int[]> shard) {
        if (!shard.hasNext()) {
            return List.of(RowDelta.empty(settings.dim())).iterator();
        }
        int[] ids = shard.next();
        int partition = TaskContext.getPartitionId();
        ModelRows base = model.value();
        long[] wordCounts = counts.value();
        int v = wordCounts.length;
        int n = settings.dim();
        float[] output = base.output().clone();
        Loss loss = settings.loss().hogwildLoss(wordCounts, n, settings.negative(), settings.negPower(), output);
        HogwildNetwork network = new HogwildNetwork(v, n, HogwildNetwork.Hidden.LINEAR, loss, settings.seed());
        System.arraycopy(base.input(), 0, network.input(), 0, base.input().length);
        EncodedCorpus corpus = EncodedCorpus.ofIds(ids);
        long[] bounds = HogwildTrainer.shards(corpus, rounds);
        double[] stats = train(network, corpus, bounds[round], bounds[round + 1],
                new Subsampler(wordCounts, settings.sample()), seed(partition));
        return List.of(RowDelta.between(base.input(), network.input(), base.output(), output, n, stats[0],
                (long) stats[1], (long) stats[2])).iterator();
    }

    /** Trains ids {@code from..to}; returns {summed cost, examples, words read}. */
    private double[] train(HogwildNetwork network, EncodedCorpus corpus, long from, long to, Subsampler subsampler,
                           long seed) {
        HogwildNetwork.Worker worker = network.worker();
        SplittableRandom random = new SplittableRandom(seed);
        Sentences sentences = new Sentences(corpus, from, to, subsampler);
        int[] sentence = Sentences.buffer();
        int[] context = new int[2 * settings.window()];
        double lossSum = 0;
        long examples = 0;
        long counted = 0;
        float lr = learningRate(0);
        for (int length; (length = sentences.next(sentence, random)) >= 0; ) {
            for (int p = 1; p <= length; p++) {
                int reach = settings.fixedWindow() ? settings.window()
                        : ContextWindow.shrunkReach(settings.window(), random);
                int count = ContextWindow.gather(sentence, p, reach, context, 0);
                if (count > 0) {
                    lossSum += worker.step(context, 0, count, sentence[p], lr, random);
                    examples++;
                }
            }
            if (sentences.tokensRead() - counted >= PUBLISH_EVERY) {
                counted = sentences.tokensRead();
                lr = learningRate(counted);
            }
        }
        return new double[] {lossSum, examples, sentences.tokensRead()};
    }

    /** The rate once this partition has read {@code read} words, the others as many (they read alike). */
    private float learningRate(long read) {
        double progress = (double) (wordsBefore + read * partitions) / totalWork;
        return (float) Decay.LINEAR.rate(settings.alpha(), Math.min(1, progress));
    }

    private long seed(int partition) {
        return SplitMix.mix(settings.seed() + 0x9E3779B97F4A7C15L
                * ((epoch * 1_000_003L + round) * 1_000_003L + partition + 1));
    }
}
