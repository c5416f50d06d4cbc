package cbow.train;

import cbow.data.EncodedCorpus;
import cbow.data.SplitMix;
import cbow.data.Subsampler;
import cbow.model.SgdNetwork;
import cbow.text.TokenizedCorpus;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Trains an {@link SgdNetwork} as word2vec does: one example at a time, each thread on its own
 * contiguous share of the corpus, all threads updating the shared parameters without locks. Per
 * sentence, frequent words are subsampled away first; per center word, the half-window is drawn
 * uniformly from 1..C (nearer words are thus weighted more; C itself with --fixed-window); the
 * learning rate decays linearly from alpha to alpha * 1e-4 over the whole run. With one thread the
 * run is deterministic.
 */
public final class HogwildTrainer {
    /** word2vec's cap: a longer line is cut into pieces of this many (kept) words. */
    static final int MAX_SENTENCE = 1000;
    /** Threads publish their progress (for the learning rate) this often, in tokens. */
    private static final int PUBLISH_EVERY = 10_000;
    private static final int LOG_POINTS_PER_EPOCH = 50;

    private final TrainingSettings settings;
    private final TrainingListener listener;
    /** Set when a thread fails (or its listener cancels): the others stop at their next publish point. */
    private volatile boolean stopping;

    public HogwildTrainer(TrainingSettings settings, TrainingListener listener) {
        this.settings = settings;
        this.listener = listener;
    }

    public TrainingHistory train(SgdNetwork network, EncodedCorpus corpus, Subsampler subsampler) {
        int threads = Math.max(1, settings.threads());
        int[] bounds = shards(corpus.ids(), corpus.length(), threads);
        long totalWork = settings.epochs() * corpus.tokens();
        AtomicLong done = new AtomicLong();
        TrainingHistory history = new TrainingHistory();
        for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
            long start = System.nanoTime();
            Shard[] shards = new Shard[threads];
            Thread[] running = new Thread[threads];
            for (int t = 0; t < threads; t++) {
                shards[t] = new Shard(network, corpus.ids(), bounds[t], bounds[t + 1], subsampler, done, totalWork,
                        mix(settings.seed(), epoch, t), t == 0 ? history : null, epoch, corpus.tokens(), start);
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
            double mean = examples == 0 ? Double.NaN : lossSum / examples;
            history.addEpoch(mean);
            double seconds = Math.max(1e-9, (System.nanoTime() - start) / 1e9);
            listener.epochFinished(epoch, settings.epochs(), mean, tokens / seconds, seconds);
        }
        return history;
    }

    private static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while training", e);
        }
    }

    /** Cut points at line ends, so that each thread gets about the same number of ids. */
    static int[] shards(int[] ids, int length, int threads) {
        int[] bounds = new int[threads + 1];
        bounds[threads] = length;
        for (int t = 1; t < threads; t++) {
            int cut = Math.max(bounds[t - 1], (int) ((long) length * t / threads));
            while (cut < length && cut > 0 && ids[cut - 1] != TokenizedCorpus.LINE_END) {
                cut++;
            }
            bounds[t] = cut;
        }
        return bounds;
    }

    private static long mix(long seed, int epoch, int thread) {
        return SplitMix.mix(seed + 0x9E3779B97F4A7C15L * (epoch * 1_000_003L + thread + 1));
    }

    /**
     * One thread's share of the corpus in one epoch: what it is given, and what it returns. Its
     * working state lives in a {@link Pass} that the thread allocates itself: objects made back to
     * back by one thread share cache lines, and two threads writing one line (random state, counters)
     * on every example would stall each other.
     */
    private final class Shard implements Runnable {
        private final SgdNetwork network;
        private final int[] ids;
        private final int from;
        private final int to;
        private final Subsampler subsampler;
        private final AtomicLong done;
        private final long totalWork;
        private final long seed;
        private final TrainingHistory history; // thread 0 only: it logs the steps
        private final int epoch;
        private final long epochTokens;
        private final long startNanos;
        double lossSum;
        long examples;
        long tokens;
        RuntimeException failure;

        Shard(SgdNetwork network, int[] ids, int from, int to, Subsampler subsampler, AtomicLong done, long totalWork,
              long seed, TrainingHistory history, int epoch, long epochTokens, long startNanos) {
            this.network = network;
            this.ids = ids;
            this.from = from;
            this.to = to;
            this.subsampler = subsampler;
            this.done = done;
            this.totalWork = totalWork;
            this.seed = seed;
            this.history = history;
            this.epoch = epoch;
            this.epochTokens = epochTokens;
            this.startNanos = startNanos;
        }

        @Override
        public void run() {
            try {
                Pass pass = new Pass();
                pass.run();
                lossSum = pass.lossSum;
                examples = pass.examples;
                tokens = pass.tokens;
            } catch (RuntimeException e) {
                failure = e;
                stopping = true;
            }
        }

        /** The working state of one thread's pass; allocated by that thread. */
        private final class Pass {
            private final SgdNetwork.Worker worker = network.worker();
            private final SplittableRandom random = new SplittableRandom(seed);
            private final int[] sentence = new int[MAX_SENTENCE];
            private final int[] context = new int[2 * settings.window()];
            private double lossSum;
            private long examples;
            private long tokens;

            void run() {
                float alpha = (float) settings.alpha();
                float lr = learningRate(alpha);
                int length = 0;
                long unpublished = 0;
                long logEvery = Math.max(1, (to - from) / LOG_POINTS_PER_EPOCH);
                long nextLog = logEvery;
                double stretchLoss = 0;
                long stretchExamples = 0;
                for (int i = from; i < to; i++) {
                    int id = ids[i];
                    if (id != TokenizedCorpus.LINE_END) {
                        tokens++;
                        unpublished++;
                        if (subsampler.keep(id, random)) {
                            sentence[length++] = id;
                        }
                    }
                    if (id == TokenizedCorpus.LINE_END || length == MAX_SENTENCE) {
                        long before = examples;
                        stretchLoss += sentence(length, lr);
                        stretchExamples += examples - before;
                        length = 0;
                        if (unpublished >= PUBLISH_EVERY) {
                            if (stopping) {
                                return; // another thread failed: its failure ends the run
                            }
                            done.addAndGet(unpublished);
                            unpublished = 0;
                            lr = learningRate(alpha);
                        }
                        if (history != null && i - from >= nextLog && stretchExamples > 0) {
                            nextLog += logEvery;
                            double recent = stretchLoss / stretchExamples;
                            long step = (long) (epoch - 1) * epochTokens + tokens;
                            history.addStep(step, recent);
                            double seconds = Math.max(1e-9, (System.nanoTime() - startNanos) / 1e9);
                            listener.progress(epoch, settings.epochs(), (int) Math.min(Integer.MAX_VALUE, i - from),
                                    to - from, recent, tokens * (double) settings.threads() / seconds);
                            stretchLoss = 0;
                            stretchExamples = 0;
                        }
                    }
                }
                sentence(length, lr);
                done.addAndGet(unpublished);
            }

            private float learningRate(float alpha) {
                double progress = (double) done.get() / totalWork;
                return (float) (alpha * Math.max(1e-4, 1 - progress));
            }

            /** Steps every center of the sentence; returns the summed cost. */
            private double sentence(int length, float lr) {
                double sum = 0;
                int window = settings.window();
                for (int p = 0; p < length; p++) {
                    int reach = settings.fixedWindow() ? window
                            : window - random.nextInt(window); // 1..C, as word2vec's shrunk window
                    int n = 0;
                    for (int q = Math.max(0, p - reach); q <= Math.min(length - 1, p + reach); q++) {
                        if (q != p) {
                            context[n++] = sentence[q];
                        }
                    }
                    if (n == 0) {
                        continue;
                    }
                    float cost = worker.step(context, 0, n, sentence[p], lr, random);
                    if (!Float.isFinite(cost)) {
                        throw new TrainingDivergedException(epoch, examples + 1, cost, settings.alpha());
                    }
                    sum += cost;
                    examples++;
                }
                lossSum += sum;
                return sum;
            }
        }
    }
}
