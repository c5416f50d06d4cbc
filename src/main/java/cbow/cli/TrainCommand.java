package cbow.cli;

import cbow.embed.Embeddings;
import cbow.embed.EmbeddingsJson;
import cbow.io.AtomicFile;
import cbow.model.HogwildNetwork;
import cbow.model.WordVectors;
import cbow.train.LossKind;
import cbow.text.MalformedTextException;
import cbow.train.Checkpoint;
import cbow.train.CheckpointFormatException;
import cbow.train.CheckpointMismatchException;
import cbow.train.CheckpointPlan;
import cbow.train.Decay;
import cbow.optim.Optimizer;
import cbow.train.ModelTooLargeException;
import cbow.train.TrainingDivergedException;
import cbow.train.TrainingJob;
import cbow.train.SubwordSettings;
import cbow.train.TrainingSettings;
import cbow.train.UnusableCorpusException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "train",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {
            "Train CBOW embeddings on a plain UTF-8 text corpus and write them as JSON.",
            "By default the course's exact network (W1, b1, ReLU hidden layer, W2, b2, full softmax), with "
                + "exact gradients over batches of m, stepped by Adam (--optimizer sgd: the course's plain gradient "
                + "descent); the vectors written are (W1^T + W2) / 2. --loss ns or hs trains word2vec's faster "
                + "stand-ins (negative sampling, hierarchical softmax) on all cores."},
        footer = {"", "Examples:",
            "  cbow train data/planted.txt",
            "  cbow train corpus.txt -o vectors.json --dim 50 --window 2 --epochs 10",
            "  zcat corpus.txt.gz | cbow train - -o vectors.json",
            "  cbow train corpus.txt --checkpoint run.ckpt --checkpoint-every 5m",
            "  cbow train corpus.txt --resume run.ckpt        (after an interruption)",
            "",
            "Progress goes to standard error: a live bar on a terminal, a line per epoch otherwise.",
            "Exit codes: 0 success, 1 runtime failure (nothing written), 2 usage error,",
            "130/143 stopped by SIGINT/SIGTERM (nothing written; an earlier output file is kept)."})
final class TrainCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CORPUS", description = "UTF-8 text, one sentence per line is best; '-' reads standard input.")
    String corpus;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "embeddings.json",
            description = "Where to write the embeddings ('-': standard output). Default: ${DEFAULT-VALUE}.")
    String output;

    @Option(names = "--dim", defaultValue = "100", description = "N, the embedding size. Default: ${DEFAULT-VALUE}.")
    int dim;

    @Option(names = "--window", paramLabel = "C", description = "The largest half-window: each example's context is the b words before and after its center, b drawn from 1..C anew each epoch (C with --fixed-window). Default: 5.")
    Integer window;

    @Option(names = "--fixed-window",
            description = "Give every example all C words on either side (the course's windows), instead of drawing each example's half-window from 1..C anew each epoch, as word2vec does, so that nearer words count more.")
    Boolean fixedWindow;

    @Option(names = "--min-count", defaultValue = "5", description = "Drop words seen fewer times. Default: ${DEFAULT-VALUE}.")
    long minCount;

    @Option(names = "--max-vocab", defaultValue = "0", description = "Keep at most this many words, the most frequent (0: all). Default: ${DEFAULT-VALUE}.")
    int maxVocab;

    @Option(names = "--batch-size", defaultValue = "128", description = "m, examples per gradient step. Default: ${DEFAULT-VALUE}.")
    int batchSize;

    @Option(names = "--alpha", description = "The learning rate, or with --decay linear its start (ns and hs always decay). Default: 0.002 with softmax (for Adam; the course ran plain gradient descent at 0.5), 0.075 with ns and hs.")
    Double alpha;

    @Option(names = "--loss", paramLabel = "softmax|ns|hs", defaultValue = "softmax",
            description = "The output layer: the seed's exact softmax (batch gradient descent), negative sampling, or the hierarchical softmax (both one example at a time, lock-free on all threads). Default: ${DEFAULT-VALUE}.")
    LossKind loss;

    @Option(names = "--negative", paramLabel = "K", defaultValue = "5", description = "Negative samples per example, with --loss ns. Default: ${DEFAULT-VALUE}.")
    int negative;

    @Option(names = "--sample", paramLabel = "T", description = "Subsample words more frequent than T (word2vec's formula), drawn anew each epoch; 0 keeps all. Default: 3e-3 with softmax (more of the frequent words kept than word2vec's 1e-3: better analogies; README, \"Why these defaults\"), 1e-3 with ns and hs.")
    Double sample;

    @Option(names = "--decay", paramLabel = "none|linear", description = "The learning-rate schedule of --loss softmax: a fixed alpha, or linear from alpha to alpha/10^4 over the run (ns and hs always decay linearly). Default: linear.")
    Decay decay;

    @Option(names = "--optimizer", paramLabel = "sgd|adagrad|adam", description = "The optimizer of --loss softmax: plain gradient descent (the course's), Adagrad or Adam; --alpha is its learning rate. Default: adam (plain gradient descent learns too little in a few epochs: README, \"Why these defaults\").")
    Optimizer optimizer;

    @Option(names = "--hidden", paramLabel = "linear|relu", description = "The hidden layer of ns and hs: the plain mean of the context vectors (word2vec), or the seed's ReLU with b1. Default: linear.")
    HogwildNetwork.Hidden hidden;

    @Option(names = "--epochs", description = "Passes over the corpus. Default: 10 with softmax (README, \"Why these defaults\"), 5 with ns and hs.")
    Integer epochs;

    @Option(names = "--seed", defaultValue = "1", description = "Seeds the initial weights and the shuffling. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--vectors", paramLabel = "input|output|average",
            description = "Which vectors to write: the input vectors (W1^T), the output vectors (W2), or their average. Default: average; input with hs, whose output rows belong to tree nodes, not words.")
    WordVectors vectors;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "0",
            description = "Threads for training (0: all available processors). With --loss softmax the result is the same, bit for bit, for any T; ns and hs train lock-free, reproducibly only with --threads 1. Default: ${DEFAULT-VALUE}.")
    int threads;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing on standard error but errors.")
    boolean quiet;

    @Option(names = "--checkpoint", paramLabel = "FILE",
            description = "Save the whole training state to FILE every --checkpoint-every, and when training ends.")
    Path checkpoint;

    @Option(names = "--checkpoint-every", paramLabel = "INTERVAL", defaultValue = "10m",
            description = "Batches (500) or time (30s, 10m, 2h) between checkpoints. Default: ${DEFAULT-VALUE}.")
    String checkpointEvery;

    @Option(names = "--resume", paramLabel = "FILE",
            description = "Continue the run saved in checkpoint FILE, on the same CORPUS; the result is the one an"
                    + " uninterrupted run gives. Settings come from the checkpoint (only --epochs may be raised);"
                    + " checkpoints keep going to FILE unless --checkpoint names another.")
    Path resume;

    @CommandLine.Mixin
    SubwordOptions subwordOptions;

    @Override
    public Integer call() throws IOException {
        Checkpoint resumed = resume == null ? null : readCheckpoint(resume);
        TrainingSettings settings = settings(resumed);
        CheckpointPlan plan = checkpointPlan();
        if (threads < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be 0 (all processors) or more, got " + threads);
        }
        SubwordSettings subwords = subwordOptions.settings(settings.loss());
        String modelFile = subwords == null ? null : subwordOptions.modelFile(output);
        CliFiles.checkWritable(output); // before the work, not after an hour of it
        if (modelFile != null) {
            CliFiles.checkWritable(modelFile);
        }
        if (plan != null) {
            CliFiles.checkWritable(plan.file().toString());
        }
        PrintStream err = System.err;
        ProgressDisplay progress = ProgressDisplay.choose(quiet, err);
        AtomicBoolean interrupted = new AtomicBoolean();
        Thread interruptNotice = new Thread(() -> {
            synchronized (err) { // the notice is the last line: no log line after it
                interrupted.set(true);
                progress.close(); // ends a bar's line, and prints no more progress
                err.println("cbow train: interrupted; " + output + " was not written"
                        + (plan == null ? "" : " (continue with --resume " + plan.file() + ")"));
            }
        });
        Runtime.getRuntime().addShutdownHook(interruptNotice);
        Embeddings embeddings;
        try (progress; InputStream in = CliFiles.openInput(corpus)) {
            TrainingJob job = new TrainingJob(settings, progress, line -> {
                synchronized (err) {
                    if (!quiet && !interrupted.get()) {
                        err.println(line);
                    }
                }
            }, subwords);
            embeddings = job.run(in, resumed, plan);
        } catch (MalformedTextException e) {
            throw new CommandFailure(corpusName() + ": " + e.getMessage()
                    + " (convert it to UTF-8, or drop bad bytes with: iconv -c -f UTF-8 -t UTF-8)");
        } catch (UnusableCorpusException e) {
            throw new CommandFailure(corpusName() + ": " + e.getMessage());
        } catch (CheckpointMismatchException e) {
            throw new CommandFailure(resume + ": " + e.getMessage());
        } catch (TrainingDivergedException | ModelTooLargeException | UncheckedIOException e) {
            throw new CommandFailure(e.getMessage() + "; nothing was written");
        } catch (IOException e) {
            throw new CommandFailure(corpusName() + ": cannot be read (" + CliFiles.describe(e) + ")");
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(interruptNotice);
            } catch (IllegalStateException shuttingDown) {
                // the notice is running: let it say so
            }
        }
        if (modelFile != null) {
            SubwordOptions.write(embeddings, modelFile);
            if (!quiet) {
                err.printf("wrote %s: the subword model (%,d words and %,d n-gram buckets x %d dimensions)%n",
                        modelFile, embeddings.size(), subwords.buckets(), embeddings.dim());
            }
        }
        write(embeddings);
        if (!quiet) {
            err.printf("wrote %s: %,d words x %d dimensions, final loss %.4f%n",
                    output.equals("-") ? "standard output" : output, embeddings.size(), embeddings.dim(),
                    embeddings.history().finalLoss());
        }
        return Main.EXIT_OK;
    }

    /** The options given, or with --resume the checkpoint's settings, which given options may only repeat. */
    private TrainingSettings settings(Checkpoint resumed) {
        CommandLine.ParseResult given = spec.commandLine().getParseResult();
        TrainingSettings saved = resumed == null ? null : resumed.settings();
        try {
            if (saved == null) {
                return freshSettings();
            }
            if (loss != LossKind.SOFTMAX) {
                throw new IllegalArgumentException("checkpoints hold the exact model only: --resume goes with --loss softmax");
            }
            TrainingSettings settings = new TrainingSettings(
                    given.hasMatchedOption("--dim") ? dim : saved.dim(),
                    window != null ? window : saved.window(),
                    given.hasMatchedOption("--min-count") ? minCount : saved.minCount(),
                    given.hasMatchedOption("--max-vocab") ? maxVocab : saved.maxVocab(),
                    given.hasMatchedOption("--batch-size") ? batchSize : saved.batchSize(),
                    alpha != null ? alpha : saved.alpha(),
                    epochs != null ? epochs : saved.epochs(),
                    given.hasMatchedOption("--seed") ? seed : saved.seed(),
                    saved.loss(), saved.negative(), sample != null ? sample : saved.sample(), saved.hidden(),
                    threads > 0 ? threads : Runtime.getRuntime().availableProcessors(), // no effect on the result
                    vectors != null ? vectors : saved.vectors(),
                    decay != null ? decay : saved.decay(),
                    optimizer != null ? optimizer : saved.optimizer(),
                    fixedWindow != null ? fixedWindow : saved.fixedWindow());
            resumed.requireCompatible(settings);
            return settings;
        } catch (IllegalArgumentException | CheckpointMismatchException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private CheckpointPlan checkpointPlan() {
        Path file = checkpoint != null ? checkpoint : resume;
        if (file == null) {
            return null;
        }
        try {
            return CheckpointPlan.of(file, checkpointEvery);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private static Checkpoint readCheckpoint(Path file) {
        if (Files.isDirectory(file)) {
            throw new CommandFailure(file + ": is a directory, not a checkpoint");
        }
        try {
            return Checkpoint.read(file);
        } catch (CheckpointFormatException e) {
            throw new CommandFailure(file + ": " + e.getMessage());
        } catch (IOException e) {
            throw new CommandFailure(file + ": cannot be read (" + CliFiles.describe(e) + ")");
        }
    }

    /** The settings the options give, with each loss's defaults where an option is absent. */
    private TrainingSettings freshSettings() {
        boolean exact = loss == LossKind.SOFTMAX;
        if (exact && hidden != null) {
            throw new IllegalArgumentException("--hidden goes with --loss ns or hs");
        }
        if (!exact && (decay != null || optimizer != null)) {
            throw new IllegalArgumentException("--decay and --optimizer go with --loss softmax (ns and hs step by plain SGD, decaying linearly)");
        }
        if (!exact && (checkpoint != null)) {
            throw new IllegalArgumentException("checkpoints hold the exact model only: --checkpoint goes with --loss softmax");
        }
        HogwildNetwork.Hidden hiddenLayer = hidden != null ? hidden : exact ? HogwildNetwork.Hidden.RELU : HogwildNetwork.Hidden.LINEAR;
        int threadCount = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        return new TrainingSettings(dim, window != null ? window : 5, minCount, maxVocab, batchSize,
                alpha != null ? alpha : exact ? 0.002 : 0.075, epochs != null ? epochs : exact ? 10 : 5, seed, loss, negative,
                sample != null ? sample : exact ? 3e-3 : 1e-3, hiddenLayer, threadCount,
                vectors != null ? vectors : exact ? WordVectors.AVERAGE : WordVectors.INPUT,
                decay != null ? decay : Decay.LINEAR,
                optimizer != null ? optimizer : Optimizer.ADAM,
                fixedWindow != null && fixedWindow);
    }

    private void write(Embeddings embeddings) {
        try {
            if (output.equals("-")) {
                EmbeddingsJson.write(embeddings, System.out);
                CliFiles.flushStandardOutput();
            } else {
                AtomicFile.write(Path.of(output), out -> EmbeddingsJson.write(embeddings, out));
            }
        } catch (IOException e) {
            throw new CommandFailure(output + ": cannot be written (" + CliFiles.describe(e) + "); nothing was written");
        }
    }

    private String corpusName() {
        return corpus.equals("-") ? "standard input" : corpus;
    }
}
