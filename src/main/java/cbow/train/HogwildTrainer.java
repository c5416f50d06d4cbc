package cbow.train;

import cbow.data.ContextWindow;
import cbow.data.IdSource;
import cbow.data.Sentences;
import cbow.data.SplitMix;
import cbow.data.Subsampler;
import cbow.embed.TrainingHistory;
import cbow.loss.HierarchicalSoftmaxLoss;
import cbow.loss.InnerNodeStart;
import cbow.loss.MeaningOrder;
import cbow.loss.WordTree;
import cbow.model.ContextMeans;
import cbow.model.HogwildNetwork;
import cbow.model.WordRows;
import cbow.vocab.Vocabulary;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * The lock-free path: a {@link HogwildNetwork} with negative sampling or the hierarchical softmax,
 * trained as word2vec trains it: one example at a time, each thread on its own contiguous share of
 * the corpus, all threads updating the shared parameters without locks. Sentences come subsampled
 * and capped from {@link Sentences}, contexts from {@link ContextWindow}, the learning rate decays
 * linearly ({@link Decay}) over the words all threads have read. Threads race, so the result depends
 * on their timing; with one thread the run is deterministic. The exact model, reproducible on any
 * thread count, has its own trainer ({@link ExactTrainer}).
 */
public final class HogwildTrainer {
    /** Threads publish the words they have read (for the learning rate) this often. */
    private static final int PUBLISH_EVERY = 10_000;
    /** Vocabularies from which a rebuild of hs's tree takes long enough (seconds and more) to announce. */
    private static final int LARGE_REBUILD = 100_000;

    private final TrainingSettings settings;
    private final TrainingListener listener;
    private final Consumer<String> log;
    private final SubwordSettings subwords; // null: no subwords
    /** Set when a thread fails (or its listener cancels): the others stop at their next publish point. */
    private volatile boolean stopping;

    public HogwildTrainer(TrainingSettings settings, TrainingListener listener, Consumer<String> log) {
        this(settings, listener, log, null);
    }

    /** A trainer whose words are also their character n-grams ({@code subwords}; null: none). */
    public HogwildTrainer(TrainingSettings settings, TrainingListener listener, Consumer<String> log,
                          SubwordSettings subwords) {
        this.settings = settings;
        this.listener = listener;
        this.log = log;
        this.subwords = subwords;
    }

    /**
     * Builds the network for the settings' loss and trains it on {@code corpus}, read from memory or
     * streamed from disk each epoch.
     */
    TrainedModel train(IdSource corpus, Vocabulary vocabulary) {
        if (corpus.tokens() < 2) {
            throw new UnusableCorpusException("the corpus holds fewer than 2 vocabulary words: nothing to learn from");
        }
        int v = vocabulary.size();
        int n = settings.dim();
        ModelSize.requireFitsHogwild(v, n, settings.threads(), settings.tree() == TreeKind.MEANING);
        long[] counts = vocabulary.counts();
        WordRows rows = null;
        if (subwords != null) {
            ModelSize.requireFitsSubwords(v, subwords.buckets(), n);
            rows = subwords.rows(vocabulary);
            log.accept(String.format("subwords: character %s-grams in %,d buckets, %.1f rows per word",
                    subwords.ngrams(), subwords.buckets(), rows.rows().length / (double) v));
        }
        // the first loss is held by the network alone: a rebuilt tree lets its rows go
        HogwildNetwork network = new HogwildNetwork(v, n, settings.hidden(),
                settings.loss().hogwildLoss(counts, n, settings.negative(), settings.negPower(), null), settings.seed(), rows);
        log.accept(String.format("%,d tokens to train on per epoch, %s loss, %d thread%s",
                corpus.tokens(), settings.loss().label(), settings.threads(), settings.threads() == 1 ? "" : "s"));
        TrainingHistory history = train(network, corpus, new Subsampler(counts, settings.sample()));
        if (rows == null) {
            return new TrainedModel(network.input(), network.loss().output(), history);
        }
        return new TrainedModel(network.wordVectors(), network.loss().output(), history, network.input());
    }

    private TrainingHistory train(HogwildNetwork network, IdSource corpus, Subsampler subsampler) {
        int threads = Math.max(1, settings.threads());
        long[] bounds = shards(corpus, threads);
        long totalWork = settings.epochs() * corpus.tokens();
        AtomicLong done = new AtomicLong();
        // only a finite cost is required: the ns and hs costs have no common scale to set a limit by
        ProgressMeter meter = new ProgressMeter(new TrainingHistory(), listener, settings.epochs(),
                Double.POSITIVE_INFINITY, settings.alpha());
        long trained = 0;
        ContextMeans contexts = null; // gathered in an epoch that a rebuild of hs's tree follows
        for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
            if (settings.tree().rebuildsBefore(epoch, settings.epochs())) {
                rebuildTreeByMeaning(network, epoch - 1, contexts);
            }
            contexts = settings.tree().rebuildsBefore(epoch + 1, settings.epochs())
                    ? new ContextMeans(network.words(), network.dim()) : null;
            network.gatherContexts(contexts);
            long start = System.nanoTime();
            EpochProgress progress = new EpochProgress(meter, epoch, corpus, start);
            Shard[] shards = new Shard[threads];
            Thread[] running = new Thread[threads];
            for (int t = 0; t < threads; t++) {
                shards[t] = new Shard(network, corpus, bounds[t], bounds[t + 1], subsampler, done, totalWork,
                        mix(settings.seed(), epoch, t), meter, progress, epoch);
                running[t] = new Thread(shards[t], "cbow-train-" + t);
                running[t].start();
            }
            double lossSum = 0;
            long examples = 0;
            long tokens = 0;
            for (int t = 0; t < threads; t++) {
                join(running[t]);
                if (shards[t].failure != null) {
                    throw shards[t].failure;
                }
                lossSum += shards[t].lossSum;
                examples += shards[t].examples;
                tokens += shards[t].tokens;
            }
            double seconds = ProgressMeter.secondsSince(start);
            meter.epochFinished(epoch, examples == 0 ? Double.NaN : lossSum / examples, tokens / seconds, seconds);
            trained += examples;
        }
        if (trained == 0) { // every line holds two words (checked before), so subsampling took them all
            throw new UnusableCorpusException("subsampling left no word beside another in any line in "
                    + settings.epochs() + " epoch" + (settings.epochs() == 1 ? "" : "s")
                    + ", so nothing was trained: a corpus this small needs --sample 0 (it keeps every word)");
        }
        return meter.history();
    }

    /**
     * hs's tree anew from the word vectors so far (README, "A tree by meaning"). The old output rows
     * belong to the old tree's nodes; the new ones start from the mean contexts gathered in the epoch
     * just trained ({@link InnerNodeStart}). The input vectors go on as they are.
     */
    private void rebuildTreeByMeaning(HogwildNetwork network, int afterEpoch, ContextMeans contexts) {
        long start = System.nanoTime();
        int n = network.dim();
        listener.busy();
        if (network.words() >= LARGE_REBUILD) { // seconds to minutes, during which no progress is reported
            log.accept(String.format("hs tree: ordering %,d words by meaning after epoch %d...", network.words(), afterEpoch));
        }
        network.replaceLoss(null); // the old rows can go before the new ones are made
        // the order only reads the vectors: without subwords, the input rows themselves rather than a copy
        float[] vectors = network.subwords() == null ? network.input() : network.wordVectors();
        int[] order = MeaningOrder.of(vectors, n, settings.seed() + afterEpoch, listener::busy);
        WordTree tree = WordTree.balanced(order);
        float[] rows = InnerNodeStart.rows(tree, contexts.means(), contexts.counts(), n);
        network.replaceLoss(new HierarchicalSoftmaxLoss(rows, n, tree));
        log.accept(String.format("hs tree rebuilt by meaning after epoch %d in %.1f s", afterEpoch,
                ProgressMeter.secondsSince(start)));
    }

    private static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while training", e);
        }
    }

    /**
     * Cut points at line starts, so that each thread gets about the same number of entries and reads
     * its own part of the corpus, as fastText's threads do (Spark's trainer cuts a partition into its
     * rounds with it too).
     */
    public static long[] shards(IdSource corpus, int threads) {
        long length = corpus.entries();
        long[] bounds = new long[threads + 1];
        bounds[threads] = length;
        for (int t = 1; t < threads; t++) {
            bounds[t] = corpus.lineStart(Math.max(bounds[t - 1], length * t / threads));
        }
        return bounds;
    }

    private static long mix(long seed, int epoch, int thread) {
        return SplitMix.mix(seed + 0x9E3779B97F4A7C15L * (epoch * 1_000_003L + thread + 1));
    }

    /**
     * The loss points of one epoch, gathered from all threads: each thread publishes its stretch
     * about {@link ProgressMeter#POINTS_PER_EPOCH} times an epoch, and a point is made whenever the
     * threads together have passed the next share of the corpus, so that the history covers the
     * whole epoch with any number of threads. With one thread every publication is a point.
     */
    private static final class EpochProgress {
        private final ProgressMeter meter;
        private final int epoch;
        private final long positions;
        private final long epochTokens;
        private final long startNanos;
        private final long interval;
        private long position;
        private long tokens;
        private long nextPoint;
        private double lossSum;
        private long examples;

        EpochProgress(ProgressMeter meter, int epoch, IdSource corpus, long startNanos) {
            this.meter = meter;
            this.epoch = epoch;
            this.positions = corpus.entries();
            this.epochTokens = corpus.tokens();
            this.startNanos = startNanos;
            this.interval = ProgressMeter.interval(positions);
            this.nextPoint = interval;
        }

        synchronized void publish(long positionsRead, long tokensRead, double stretchLoss, long stretchExamples) {
            position += positionsRead;
            tokens += tokensRead;
            lossSum += stretchLoss;
            examples += stretchExamples;
            if (position >= nextPoint && examples > 0) {
                nextPoint += interval;
                meter.point(epoch, (epoch - 1) * epochTokens + tokens, lossSum, examples, position, positions,
                        tokens / ProgressMeter.secondsSince(startNanos));
                lossSum = 0;
                examples = 0;
            }
        }
    }

    /**
     * One thread's share of the corpus in one epoch: what it is given, and what it returns. Its
     * working state lives in a {@link Pass} that the thread allocates itself: objects made back to
     * back by one thread share cache lines, and two threads writing one line (random state, counters)
     * on every example would stall each other.
     */
    private final class Shard implements Runnable {
        private final HogwildNetwork network;
        private final IdSource corpus;
        private final long from;
        private final long to;
        private final Subsampler subsampler;
        private final AtomicLong done;
        private final long totalWork;
        private final long seed;
        private final ProgressMeter meter;
        private final EpochProgress progress;
        private final int epoch;
        double lossSum;
        long examples;
        long tokens;
        RuntimeException failure;

        Shard(HogwildNetwork network, IdSource corpus, long from, long to, Subsampler subsampler, AtomicLong done,
              long totalWork, long seed, ProgressMeter meter, EpochProgress progress, int epoch) {
            this.network = network;
            this.corpus = corpus;
            this.from = from;
            this.to = to;
            this.subsampler = subsampler;
            this.done = done;
            this.totalWork = totalWork;
            this.seed = seed;
            this.meter = meter;
            this.progress = progress;
            this.epoch = epoch;
        }

        @Override
        public void run() {
            try {
                Pass pass = new Pass();
                pass.run();
                lossSum = pass.lossSum;
                examples = pass.examples;
                tokens = pass.sentences.tokensRead();
            } catch (RuntimeException e) {
                failure = e;
                stopping = true;
            }
        }

        /** The working state of one thread's pass; allocated by that thread. */
        private final class Pass {
            private final HogwildNetwork.Worker worker = network.worker();
            private final SplittableRandom random = new SplittableRandom(seed);
            private final Sentences sentences = new Sentences(corpus, from, to, subsampler);
            private final int[] sentence = Sentences.buffer();
            private final int[] context = new int[2 * settings.window()];
            private double lossSum;
            private long examples;

            void run() {
                float alpha = (float) settings.alpha();
                float lr = learningRate(alpha);
                long tokensCounted = 0; // read words already added to done
                long publishEvery = ProgressMeter.interval(to - from);
                long nextPublish = publishEvery;
                long positionPublished = 0;
                long tokensPublished = 0;
                double stretchLoss = 0;
                long stretchExamples = 0;
                for (int length; (length = sentences.next(sentence, random)) >= 0; ) {
                    long before = examples;
                    stretchLoss += sentence(length, lr);
                    stretchExamples += examples - before;
                    long read = sentences.tokensRead();
                    if (read - tokensCounted >= PUBLISH_EVERY) {
                        if (stopping) {
                            return; // another thread failed (or was cancelled): its failure ends the run
                        }
                        done.addAndGet(read - tokensCounted);
                        tokensCounted = read;
                        lr = learningRate(alpha);
                    }
                    long position = sentences.lastRead() - from;
                    if (position >= nextPublish && stretchExamples > 0) {
                        nextPublish += publishEvery;
                        progress.publish(position - positionPublished, read - tokensPublished, stretchLoss,
                                stretchExamples);
                        positionPublished = position;
                        tokensPublished = read;
                        stretchLoss = 0;
                        stretchExamples = 0;
                    }
                }
                done.addAndGet(sentences.tokensRead() - tokensCounted);
            }

            private float learningRate(float alpha) {
                return (float) Decay.LINEAR.rate(alpha, (double) done.get() / totalWork);
            }

            /** Steps every center of {@code sentence[1..length]}; returns the summed cost. */
            private double sentence(int length, float lr) {
                double sum = 0;
                int window = settings.window();
                for (int p = 1; p <= length; p++) {
                    int reach = settings.fixedWindow() ? window : ContextWindow.shrunkReach(window, random);
                    int n = ContextWindow.gather(sentence, p, reach, context, 0);
                    if (n == 0) {
                        continue;
                    }
                    float cost = worker.step(context, 0, n, sentence[p], lr, random);
                    meter.requireFinite(cost, epoch, examples + 1);
                    sum += cost;
                    examples++;
                }
                lossSum += sum;
                return sum;
            }
        }
    }
}
