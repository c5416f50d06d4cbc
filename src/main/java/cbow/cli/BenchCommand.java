package cbow.cli;

import cbow.bench.SeedModelBenchmark;
import cbow.optim.Optimizer;
import cbow.synthetic.ZipfCorpus;
import cbow.train.TrainingSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "bench",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {
            "Time training steps of the exact model (full softmax) and print words per second and GFLOP/s "
                    + "(6 V N flops per word), the median of several repetitions.",
            "Without CORPUS it trains on " + BenchCommand.DEFAULT_CORPUS + ", or on generated text of "
                    + BenchCommand.GENERATED_VOCABULARY + " words (Zipf) when that file is absent."},
        footer = {"", "Examples:",
            "  cbow bench",
            "  cbow bench ../shared/data/brown.txt --threads 1 --batches 100",
            "",
            "The PyTorch and numpy peers of the same model (run them on the same machine):",
            "  " + BenchCommand.PEER_COMMAND})
final class BenchCommand implements Callable<Integer> {
    static final String DEFAULT_CORPUS = "../shared/data/brown.txt";
    static final int GENERATED_VOCABULARY = 14_206;
    static final String PEER_COMMAND = "/usr/bin/python3 ../shared/bench/seedmodel_peers.py ../shared/data/brown.txt";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "CORPUS",
            description = {"UTF-8 text to train on. Default, if present:", DEFAULT_CORPUS, "else generated text."})
    String corpus;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "0", description = "Threads (0: all processors). Default: ${DEFAULT-VALUE}.")
    int threads;

    @Option(names = "--batches", paramLabel = "COUNT", defaultValue = "100", description = "Batches per repetition. Default: ${DEFAULT-VALUE}.")
    int batches;

    @Option(names = "--repeats", paramLabel = "COUNT", defaultValue = "5", description = "Timed repetitions; the median is reported. Default: ${DEFAULT-VALUE}.")
    int repeats;

    @Option(names = "--warmup", paramLabel = "COUNT", defaultValue = "30", description = "Untimed batches first (the JIT compiles the kernels). Default: ${DEFAULT-VALUE}.")
    int warmup;

    @Option(names = "--dim", paramLabel = "N", defaultValue = "100", description = "N. Default: ${DEFAULT-VALUE}.")
    int dim;

    @Option(names = "--window", paramLabel = "C", defaultValue = "2", description = "C. Default: ${DEFAULT-VALUE}.")
    int window;

    @Option(names = "--batch-size", paramLabel = "M", defaultValue = "128", description = "m. Default: ${DEFAULT-VALUE}.")
    int batchSize;

    @Option(names = "--min-count", paramLabel = "COUNT", defaultValue = "5", description = "Drop words seen fewer times. Default: ${DEFAULT-VALUE}.")
    long minCount;

    @Option(names = "--optimizer", paramLabel = "sgd|adagrad|adam", defaultValue = "sgd",
            description = "sgd (the course's plain gradient descent at alpha 0.5, as the PyTorch and numpy peers), "
                    + "or adam or adagrad at alpha 0.002, the step cbow train takes by default. Default: ${DEFAULT-VALUE}.")
    Optimizer optimizer;

    @Override
    public Integer call() throws IOException {
        require(threads >= 0 && threads <= TrainingSettings.MAX_THREADS,
                "--threads must be 0 (all processors) to " + TrainingSettings.MAX_THREADS + ", got " + threads);
        require(batches >= 1 && repeats >= 1 && warmup >= 0, "--batches and --repeats must be at least 1, --warmup at least 0");
        require(dim >= 1 && window >= 1 && batchSize >= 1 && minCount >= 1, "--dim, --window, --batch-size and --min-count must be at least 1");
        int t = threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
        PrintStream err = System.err;
        String source;
        long minimum = minCount;
        InputStream in;
        if (corpus != null) {
            source = corpus;
            in = CliFiles.openInput(corpus);
        } else if (Files.isRegularFile(Path.of(DEFAULT_CORPUS))) {
            source = DEFAULT_CORPUS;
            in = CliFiles.openInput(DEFAULT_CORPUS);
        } else {
            source = String.format("generated text (%,d words, Zipf; %s is absent)", GENERATED_VOCABULARY, DEFAULT_CORPUS);
            in = ZipfCorpus.generate(GENERATED_VOCABULARY, 1_000_000, 1);
            minimum = 1; // every generated word is a vocabulary word
        }
        err.println("corpus: " + source);
        float alpha = optimizer == Optimizer.SGD ? 0.5f : 0.002f;
        var config = new SeedModelBenchmark.Config(dim, window, minimum, batchSize, optimizer, alpha, t, warmup, batches, repeats);
        SeedModelBenchmark.Result r;
        try (in) {
            r = SeedModelBenchmark.run(in, config, err::println);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(source + ": " + e.getMessage());
        } catch (IOException e) {
            throw new CommandFailure(source + ": cannot be read (" + CliFiles.describe(e) + ")");
        }
        System.out.printf("cbow exact model: V=%d N=%d m=%d C=%d threads=%d optimizer=%s words_per_s=%.0f (%.1f GFLOP/s)"
                        + " forward_ms=%.2f backward_ms=%.2f descend_ms=%.2f allocated_bytes_per_batch=%d kernels=\"%s\"%n",
                r.vocabularySize(), r.dim(), r.batchSize(), r.window(), r.threads(), optimizer.label(), r.wordsPerSecond(), r.gflops(),
                r.forwardMs(), r.backwardMs(), r.descendMs(), r.allocatedBytesPerBatch(), r.kernels());
        err.println("peers (PyTorch, numpy) on this machine: " + PEER_COMMAND);
        CliFiles.flushStandardOutput();
        return Main.EXIT_OK;
    }

    private void require(boolean ok, String message) {
        if (!ok) {
            throw new CommandLine.ParameterException(spec.commandLine(), message);
        }
    }
}
