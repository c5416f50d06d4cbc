package cbow.train;

import cbow.data.Batch;
import cbow.data.BatchSampler;
import cbow.data.EncodedCorpus;
import cbow.data.EpochExamples;
import cbow.data.Examples;
import cbow.dense.Kernels;
import cbow.model.ExactNetwork;
import cbow.model.Parameters;
import cbow.vocab.Vocabulary;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The exact path: the seed's network ({@link ExactNetwork}: full softmax, exact batch gradients)
 * stepped over shuffled batches, epoch after epoch, by the optimizer at a fixed or decaying rate.
 * Every number it computes is the same for any thread count, and a run stopped at a checkpoint
 * resumes to the same bits; that is why it is a trainer of its own beside the lock-free
 * {@link HogwildTrainer}, whose threads race by design.
 */
public final class ExactTrainer {
    private final TrainingSettings settings;
    private final TrainingListener listener;
    private final Consumer<String> log;

    public ExactTrainer(TrainingSettings settings, TrainingListener listener, Consumer<String> log) {
        this.settings = settings;
        this.listener = listener;
        this.log = log;
    }

    /** Called after every gradient step, with the state a checkpoint needs; may save it. */
    interface AfterBatch {
        void afterBatch(TrainingState state, ExactNetwork network);

        AfterBatch NOTHING = (state, network) -> { };
    }

    /**
     * Trains on {@code corpus} from the start, or from {@code resume} (a checkpoint of this run on this
     * corpus, or null), saving checkpoints as {@code checkpoints} says (null: none).
     */
    TrainedModel train(EncodedCorpus corpus, Vocabulary vocabulary, Checkpoint resume, CheckpointPlan checkpoints) {
        EpochExamples epochs = EpochExamples.subsampled(corpus, settings.window(), vocabulary.counts(),
                settings.sample(), settings.seed(), !settings.fixedWindow());
        Examples examples = epochs.all();
        if (examples.size() == 0) {
            throw new UnusableCorpusException(
                    "no line holds two vocabulary words, so there is no context window to learn from");
        }
        log.accept(String.format("%,d training windows (half-window %d), %,d batches of %d per epoch%s",
                examples.size(), settings.window(),
                (examples.size() + settings.batchSize() - 1) / settings.batchSize(), settings.batchSize(),
                settings.sample() > 0 ? " before subsampling (--sample " + settings.sample() + ")" : ""));
        int capacity = Math.min(settings.batchSize(), examples.size()); // no work matrix bigger than the data
        ModelSize.requireFits(vocabulary.size(), settings.dim(), capacity, examples.maxContext(),
                settings.optimizer().moments());
        if (!Kernels.vectorized()) {
            log.accept("note: " + Kernels.description() + ", several times slower");
        }
        Parameters parameters;
        Parameters[] moments = null; // zero at the start
        TrainingState state;
        if (resume != null) {
            resume.requireSameCorpus(vocabulary, examples);
            parameters = resume.parameters();
            moments = resume.moments();
            state = resume.state();
            log.accept(String.format("resuming at epoch %d, batch %,d (step %,d)",
                    state.epoch(), state.batch(), state.step()));
        } else {
            parameters = Parameters.random(vocabulary.size(), settings.dim(), settings.seed());
            state = new TrainingState();
        }
        AfterBatch saver = checkpoints == null ? AfterBatch.NOTHING
                : checkpoints.saver(settings, vocabulary, examples);
        try (ExactNetwork network = new ExactNetwork(parameters, settings.optimizer(), moments, capacity,
                settings.threads())) {
            train(network, epochs, state, saver, new Batch(capacity, examples.maxContext()), vocabulary.counts());
            if (checkpoints != null) {
                checkpoints.save(settings, vocabulary, examples, state, network);
            }
        }
        return new TrainedModel(parameters.inputRows(), parameters.outputRows(), state.history());
    }

    /** Trains from {@code state} (a fresh one, or one restored with the network) to the last epoch. */
    private void train(ExactNetwork network, EpochExamples epochExamples, TrainingState state, AfterBatch afterBatch,
                       Batch batch, long[] counts) {
        // Guessing uniformly costs ln V; a run that learns stays near or below it, one whose steps
        // overshoot (too large an alpha) climbs far above it long before the loss overflows.
        double divergenceLimit = 2 * Math.log(network.parameters().vocabularySize()) + 2;
        ProgressMeter meter = new ProgressMeter(state.history(), listener, settings.epochs(), divergenceLimit,
                settings.alpha());
        RunEstimate estimate = new RunEstimate(counts);
        while (state.epoch <= settings.epochs()) {
            Examples examples = epochExamples.forEpoch(state.epoch - 1);
            BatchSampler sampler = new BatchSampler(examples, settings.batchSize(), settings.seed());
            int batches = sampler.batchesPerEpoch();
            long logEvery = ProgressMeter.interval(batches);
            sampler.startEpoch(state.epoch - 1);
            long start = System.nanoTime();
            long examplesBefore = state.epochExamples; // a resumed epoch's pace counts only new work
            while (state.batch < batches) {
                estimate.atBatch(state, batches);
                sampler.fill(state.batch, batch);
                double progress = (state.epoch - 1 + (double) state.batch / batches) / settings.epochs();
                float alpha = (float) settings.decay().rate(settings.alpha(), progress);
                double loss = network.forward(batch);
                network.backward(batch);
                network.descend(batch, alpha, state.step + 1);
                meter.requireFinite(loss, state.epoch, state.batch + 1);
                state.recordBatch(loss, batch.size());
                if (state.batch % logEvery == 0 || state.batch == batches) {
                    meter.point(state.epoch, state.step, state.stretchLossSum, state.stretchExamples, state.batch,
                            batches, (state.epochExamples - examplesBefore) / ProgressMeter.secondsSince(start));
                    state.closeStretch();
                }
                afterBatch.afterBatch(state, network);
            }
            long done = state.epochExamples - examplesBefore;
            double seconds = ProgressMeter.secondsSince(start);
            int epoch = state.epoch;
            meter.epochFinished(epoch, state.closeEpoch(), done / seconds, seconds);
        }
    }

    /**
     * One line, early in the run, with the time the whole run will take, measured on a few batches
     * after the first (which warm up the JIT): the exact model costs 6 V N flops a word, so a large
     * corpus can take days, and a user should learn that in seconds, not from a bar that barely moves.
     * Where the run is long, the line adds what {@code --loss ns} would take.
     */
    private final class RunEstimate {
        private static final int SKIP = 20;
        private static final int MEASURED = 30;
        private static final double WORTH_SAYING_SECONDS = 60;
        private static final double LONG_SECONDS = 600;
        private final long[] counts; // the vocabulary's, for what ns would take
        private int seen;
        private long startNanos;
        private long startExamples;

        RunEstimate(long[] counts) {
            this.counts = counts;
        }

        void atBatch(TrainingState state, int batches) {
            seen++;
            if (seen == SKIP) {
                startNanos = System.nanoTime();
                startExamples = state.epochExamples;
            } else if (seen == SKIP + MEASURED) {
                double seconds = ProgressMeter.secondsSince(startNanos);
                double wordsPerSecond = (state.epochExamples - startExamples) / seconds;
                long left = (long) (settings.epochs() - state.epoch) * batches + (batches - state.batch);
                double perBatch = seconds / MEASURED;
                double total = left * perBatch;
                if (total < WORTH_SAYING_SECONDS) {
                    return;
                }
                String line = String.format(Locale.ROOT, "estimated time: %s for %d epoch%s (%,.0f words/s)",
                        duration(total), settings.epochs(), settings.epochs() == 1 ? "" : "s", wordsPerSecond);
                if (total > LONG_SECONDS) {
                    line += "; --loss ns would take about " + duration(HogwildEstimate.seconds(settings, batches
                            * (long) settings.batchSize(), counts)) + " (README, \"Faster losses\")";
                }
                log.accept(line);
            }
        }
    }

    static String duration(double seconds) {
        if (seconds < 120) {
            return String.format(Locale.ROOT, "%.0f s", seconds);
        }
        if (seconds < 7200) {
            return String.format(Locale.ROOT, "%.0f min", seconds / 60);
        }
        if (seconds < 172_800) {
            return String.format(Locale.ROOT, "%.1f h", seconds / 3600);
        }
        return String.format(Locale.ROOT, "%.1f days", seconds / 86_400);
    }
}
