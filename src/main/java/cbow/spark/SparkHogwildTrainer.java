package cbow.spark;

import cbow.embed.TrainingHistory;
import cbow.loss.Loss;
import cbow.model.HogwildNetwork;
import cbow.train.TrainingDivergedException;
import cbow.train.TrainingSettings;
import cbow.vocab.Vocabulary;
import java.util.function.Consumer;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;

/**
 * Negative sampling and the hierarchical softmax on Spark. Each epoch is cut into rounds; in a round
 * the driver broadcasts the current model, every partition trains a copy of it lock-free on its
 * next slice ({@link HogwildRound}), and the rows each changed come back as a {@link RowDelta}, summed
 * on the executors by a tree reduce, so the driver receives each changed row once, never a
 * partition's whole model. The driver moves its model by {@link BlockMomentum}: a change the
 * partitions keep making arrives as their sum (as the threads' steps of {@code cbow train} add up),
 * a row they all move to the same place converges instead of overshooting. (Measured on Brown,
 * README: the plain sum diverged at 8 partitions; the mean learned nothing there.)
 *
 * <p>Faults: a round is one Spark job whose result is applied only when the whole job has
 * succeeded. A task lost with its executor is run again from the same broadcast model and seed and
 * returns the same deltas; its first attempt's partial work never reaches the model.
 */
public final class SparkHogwildTrainer {
    /** A round's mean cost this many times the first round's is divergence (it starts near ln 2 per unit). */
    static final double DIVERGENCE_FACTOR = 10;
    /** A system property that sets the block momentum instead of {@link BlockMomentum#momentumFor}. */
    static final String MOMENTUM_PROPERTY = "cbow.spark.momentum";

    private final TrainingSettings settings;
    private final int rounds;
    private final Consumer<String> log;

    /** @param rounds rounds per epoch after the first: how often the partitions' work is combined */
    public SparkHogwildTrainer(TrainingSettings settings, int rounds, Consumer<String> log) {
        if (settings.hidden() != HogwildNetwork.Hidden.LINEAR) {
            throw new IllegalArgumentException("cbow spark trains --hidden linear only");
        }
        this.settings = settings;
        this.rounds = rounds;
        this.log = log;
    }

    /**
     * How many times as often the first epoch is combined, at most: the factor measured at 8
     * partitions. Beyond 8 nothing is measured, and at 50 executors a round costs 15-20 s
     * (docs/spark.md), so more partitions get this factor too rather than an untested larger one.
     */
    static final int MAX_FIRST_EPOCH_FACTOR = 4;

    /**
     * Rounds in an epoch: R, and in the first epoch R times ceil(P / 2) (at most
     * {@link #MAX_FIRST_EPOCH_FACTOR}). Block momentum spreads a change over about (P + 1) / 2 rounds,
     * so at a fixed R the model lags its partitions by more of an epoch the more partitions there are;
     * in the first epoch, where the model moves most, combining ceil(P / 2) times as often keeps that
     * lag near 1/R of an epoch. Measured (README, 5 epochs, medians of 3 seeds): 8 partitions at
     * R = 10 on Brown 0.166 / 3.20 % -> 0.206 / 3.52 %, on WordNet's glosses 0.403 / 5.41 % -> 0.459 /
     * 6.23 %, for 30 more rounds (all epochs at 4R: 0.212 / 3.73 % on Brown, for 150 more); 2
     * partitions keep R.
     */
    static int roundsIn(int epoch, int rounds, int partitions) {
        return epoch == 1 ? rounds * Math.min(MAX_FIRST_EPOCH_FACTOR, (partitions + 1) / 2) : rounds;
    }

    /** Trains on the encoded partitions; returns the input rows and the output rows, as on one machine. */
    public SparkModel train(JavaSparkContext sc, JavaRDD<int[]> shards, Vocabulary vocabulary, long corpusWords) {
        int v = vocabulary.size();
        int n = settings.dim();
        long[] counts = vocabulary.counts();
        // the same start as cbow train's: input rows from the seed, output rows zero
        Loss start = settings.loss().hogwildLoss(counts, n, settings.negative(), settings.negPower(), null);
        HogwildNetwork network = new HogwildNetwork(v, n, HogwildNetwork.Hidden.LINEAR, start, settings.seed());
        float[] input = network.input();
        float[] output = start.output();
        int partitions = shards.getNumPartitions();
        Broadcast<long[]> countsShared = sc.broadcast(counts);
        HogwildRound.Settings taskSettings = HogwildRound.Settings.of(settings);
        TrainingHistory history = new TrainingHistory();
        long totalWork = settings.epochs() * corpusWords;
        long wordsDone = 0;
        long step = 0;
        double firstLoss = Double.NaN;
        BlockMomentum combiner = new BlockMomentum(input.length, output.length, partitions, momentum(partitions),
                BlockMomentum.outputRateFor(settings.loss()));
        log.accept(String.format("block momentum %.3f, block rate %.3f, the first epoch in %d rounds",
                combiner.momentum(), combiner.blockRate(), roundsIn(1, rounds, partitions)));
        for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
            long started = System.nanoTime();
            double epochLoss = 0;
            long epochExamples = 0;
            int epochRounds = roundsIn(epoch, rounds, partitions);
            for (int round = 0; round < epochRounds; round++) {
                Broadcast<ModelRows> model = sc.broadcast(new ModelRows(input, output));
                // summed on the executors where there are many partitions (a tree of depth 2)
                RowDelta sum = shards
                        .mapPartitions(new HogwildRound(taskSettings, countsShared, model, epoch, round, epochRounds,
                                wordsDone, totalWork, partitions))
                        .treeReduce(RowDelta::plus);
                model.destroy();
                combiner.apply(sum, input, output);
                double loss = sum.examples > 0 ? sum.cost / sum.examples : Double.NaN;
                if (Double.isNaN(firstLoss)) {
                    firstLoss = loss;
                }
                // Combined stale steps can overshoot (8 partitions on Brown did): a cost that climbs
                // far above where the run began is divergence, stopped before it writes a useless file
                if (sum.examples > 0 && !(loss <= DIVERGENCE_FACTOR * firstLoss)) {
                    throw new TrainingDivergedException(epoch, step + 1, loss, settings.alpha());
                }
                wordsDone += sum.words;
                step += sum.examples;
                epochLoss += sum.cost;
                epochExamples += sum.examples;
                if (sum.examples > 0) {
                    history.addStep(step, loss);
                }
                long moved = sum.size();
                log.accept(String.format("epoch %d round %d/%d: loss %.4f, %,d rows combined (%.1f MB)",
                        epoch, round + 1, epochRounds, loss, moved, moved * n * 4 / 1e6));
            }
            double meanLoss = epochExamples == 0 ? Double.NaN : epochLoss / epochExamples;
            history.addEpoch(meanLoss);
            double seconds = (System.nanoTime() - started) / 1e9;
            log.accept(String.format("epoch %d/%d: loss %.4f, %,.0f words/s, %.1f s",
                    epoch, settings.epochs(), meanLoss, corpusWords / seconds, seconds));
        }
        combiner.finish(input, output);
        countsShared.destroy();
        return new SparkModel(input, output, history);
    }

    /** {@link BlockMomentum#momentumFor} P, unless the system property sets another. */
    private static double momentum(int partitions) {
        String set = System.getProperty(MOMENTUM_PROPERTY);
        if (set == null) {
            return BlockMomentum.momentumFor(partitions);
        }
        try {
            return Double.parseDouble(set);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(MOMENTUM_PROPERTY + " must be a number in [0, 1), not '" + set + "'");
        }
    }
}
