package cbow.bench;

import cbow.data.Batch;
import cbow.data.BatchSampler;
import cbow.data.Examples;
import cbow.dense.Kernels;
import cbow.model.ExactNetwork;
import cbow.model.Parameters;
import cbow.optim.Optimizer;
import cbow.text.TokenizedCorpus;
import cbow.vocab.Vocabulary;
import com.sun.management.ThreadMXBean;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Times training steps of the exact model (full softmax, ReLU) as {@code cbow train} runs them:
 * shuffled batches of a real corpus, forward, backward, descent (plain, or the optimizer's fused step
 * as the trainer takes it). Reports the median over repetitions
 * of words (examples) per second and the useful GFLOP/s, 6 V N flops per word (the three dense
 * products W2 H, W2^T dZ2 and dZ2 H^T, two flops per multiply-add).
 */
public final class SeedModelBenchmark {
    /** What to run. */
    public record Config(int dim, int window, long minCount, int batchSize, Optimizer optimizer, float alpha,
                         int threads, int warmupBatches, int batches, int repeats) {
    }

    /** What was measured; times are medians, in milliseconds per batch. */
    public record Result(int vocabularySize, int dim, int batchSize, int window, int threads, String kernels,
                         double wordsPerSecond, double gflops, double forwardMs, double backwardMs,
                         double descendMs, double[] repetitionsWordsPerSecond, long allocatedBytesPerBatch) {
    }

    private SeedModelBenchmark() {
    }

    /** Trains on {@code corpusText} for the configured batches and measures. */
    public static Result run(InputStream corpusText, Config config, Consumer<String> log) throws IOException {
        TokenizedCorpus corpus = TokenizedCorpus.read(corpusText);
        Vocabulary vocabulary = Vocabulary.select(corpus.words(), corpus.counts(), config.minCount(), 0);
        if (vocabulary.size() < 2) {
            throw new IllegalArgumentException("the corpus has fewer than 2 words seen --min-count times");
        }
        Examples examples = Examples.of(corpus, vocabulary, config.window());
        if (examples.size() == 0) {
            throw new IllegalArgumentException("the corpus has no context windows");
        }
        int vocab = vocabulary.size();
        log.accept(String.format("V=%,d N=%d m=%d C=%d, %d thread(s), kernels: %s", vocab, config.dim(),
                config.batchSize(), config.window(), config.threads(), Kernels.description()));
        BatchSampler sampler = new BatchSampler(examples, config.batchSize(), 1);
        Batch batch = new Batch(config.batchSize(), examples.maxContext());
        Parameters parameters = Parameters.random(vocab, config.dim(), 1);
        int perEpoch = sampler.batchesPerEpoch() - 1; // full batches only
        sampler.startEpoch(0);
        double[] wordsPerSecond = new double[config.repeats()];
        double[] forward = new double[config.repeats()];
        double[] backward = new double[config.repeats()];
        double[] descend = new double[config.repeats()];
        long allocated = 0;
        long step = 0;
        try (ExactNetwork network = new ExactNetwork(parameters, config.optimizer(), null, config.batchSize(),
                config.threads())) {
            int next = 0;
            for (int b = 0; b < config.warmupBatches(); b++) {
                sampler.fill(next++ % perEpoch, batch);
                network.forward(batch);
                network.backward(batch);
                network.descend(batch, config.alpha(), ++step);
            }
            for (int r = 0; r < config.repeats(); r++) {
                long f = 0, bw = 0, d = 0;
                long words = 0;
                long allocatedBefore = allocatedBytes();
                for (int b = 0; b < config.batches(); b++) {
                    sampler.fill(next++ % perEpoch, batch);
                    long t0 = System.nanoTime();
                    network.forward(batch);
                    long t1 = System.nanoTime();
                    network.backward(batch);
                    long t2 = System.nanoTime();
                    network.descend(batch, config.alpha(), ++step);
                    long t3 = System.nanoTime();
                    f += t1 - t0;
                    bw += t2 - t1;
                    d += t3 - t2;
                    words += batch.size();
                }
                long allocatedAfter = allocatedBytes();
                long measuring = allocatedBytes() - allocatedAfter; // what one measurement allocates itself
                allocated += allocatedAfter - allocatedBefore - measuring;
                double seconds = (f + bw + d) / 1e9;
                wordsPerSecond[r] = words / seconds;
                forward[r] = f / 1e6 / config.batches();
                backward[r] = bw / 1e6 / config.batches();
                descend[r] = d / 1e6 / config.batches();
                log.accept(String.format("repetition %d/%d: %,.0f words/s", r + 1, config.repeats(), wordsPerSecond[r]));
            }
        }
        double median = median(wordsPerSecond);
        return new Result(vocab, config.dim(), config.batchSize(), config.window(), config.threads(),
                Kernels.description(), median, median * flopsPerWord(vocab, config.dim()) / 1e9,
                median(forward), median(backward), median(descend), wordsPerSecond,
                allocated / ((long) config.repeats() * config.batches()));
    }

    /**
     * Bytes allocated so far by all live threads (the network's helpers too), where the JVM tells.
     */
    private static long allocatedBytes() {
        if (!(ManagementFactory.getThreadMXBean() instanceof ThreadMXBean bean)
                || !bean.isThreadAllocatedMemorySupported() || !bean.isThreadAllocatedMemoryEnabled()) {
            return -1;
        }
        long total = 0;
        for (long bytes : bean.getThreadAllocatedBytes(bean.getAllThreadIds())) {
            total += Math.max(0, bytes);
        }
        return total;
    }

    /** The useful work per training word: three V x N x 1 products, two flops per multiply-add. */
    public static double flopsPerWord(int vocabularySize, int dim) {
        return 6.0 * vocabularySize * dim;
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
