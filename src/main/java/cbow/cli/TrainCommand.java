package cbow.cli;

import cbow.embed.Embeddings;
import cbow.embed.EmbeddingsJson;
import cbow.io.AtomicFile;
import cbow.text.MalformedTextException;
import cbow.train.TrainingDivergedException;
import cbow.train.TrainingJob;
import cbow.train.TrainingListener;
import cbow.train.TrainingSettings;
import cbow.train.UnusableCorpusException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "train",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {
            "Train CBOW embeddings on a plain UTF-8 text corpus and write them as JSON.",
            "The model is the course's exact network: W1, b1, ReLU hidden layer, W2, b2, softmax,",
            "trained by batch gradient descent; the vectors written are (W1^T + W2) / 2."},
        footer = {"", "Examples:",
            "  cbow train data/planted.txt",
            "  cbow train corpus.txt -o vectors.json --dim 50 --window 2 --epochs 10",
            "  zcat corpus.txt.gz | cbow train - -o vectors.json"})
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

    @Option(names = "--window", defaultValue = "2", description = "C, the half-window: C words before and C after the center. Default: ${DEFAULT-VALUE}.")
    int window;

    @Option(names = "--min-count", defaultValue = "5", description = "Drop words seen fewer times. Default: ${DEFAULT-VALUE}.")
    long minCount;

    @Option(names = "--max-vocab", defaultValue = "0", description = "Keep at most this many words, the most frequent (0: all). Default: ${DEFAULT-VALUE}.")
    int maxVocab;

    @Option(names = "--batch-size", defaultValue = "128", description = "m, examples per gradient step. Default: ${DEFAULT-VALUE}.")
    int batchSize;

    @Option(names = "--alpha", defaultValue = "0.5", description = "The learning rate. Default: ${DEFAULT-VALUE}.")
    double alpha;

    @Option(names = "--epochs", defaultValue = "5", description = "Passes over the corpus. Default: ${DEFAULT-VALUE}.")
    int epochs;

    @Option(names = "--seed", defaultValue = "1", description = "Seeds the initial weights and the shuffling. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "0",
            description = "Threads for training (0: all available processors). The result is the same, bit for bit, for any T. Default: ${DEFAULT-VALUE}.")
    int threads;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing on standard error but errors.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        TrainingSettings settings;
        try {
            settings = new TrainingSettings(dim, window, minCount, maxVocab, batchSize, alpha, epochs, seed);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (threads < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be 0 (all processors) or more, got " + threads);
        }
        CliFiles.checkWritable(output); // before the work, not after an hour of it
        PrintStream err = System.err;
        TrainingJob job = new TrainingJob(settings, quiet ? TrainingListener.SILENT : new ProgressLines(err),
                line -> {
                    if (!quiet) {
                        err.println(line);
                    }
                }, threads == 0 ? Runtime.getRuntime().availableProcessors() : threads);
        Embeddings embeddings;
        try (InputStream in = CliFiles.openInput(corpus)) {
            embeddings = job.run(in);
        } catch (MalformedTextException e) {
            throw new CommandFailure(corpusName() + ": " + e.getMessage()
                    + " (convert it to UTF-8, or drop bad bytes with: iconv -c -f UTF-8 -t UTF-8)");
        } catch (UnusableCorpusException e) {
            throw new CommandFailure(corpusName() + ": " + e.getMessage());
        } catch (TrainingDivergedException e) {
            throw new CommandFailure(e.getMessage() + "; nothing was written");
        } catch (IOException e) {
            throw new CommandFailure(corpusName() + ": cannot be read (" + CliFiles.describe(e) + ")");
        }
        write(embeddings);
        if (!quiet) {
            err.printf("wrote %s: %,d words x %d dimensions, final loss %.4f%n",
                    output.equals("-") ? "standard output" : output, embeddings.size(), embeddings.dim(),
                    embeddings.history().finalLoss());
        }
        return Main.EXIT_OK;
    }

    private void write(Embeddings embeddings) {
        try {
            if (output.equals("-")) {
                EmbeddingsJson.write(embeddings, System.out);
                System.out.flush();
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

    /** Progress as plain lines on standard error. */
    private static final class ProgressLines implements TrainingListener {
        private final PrintStream err;
        private long lastPrint = System.nanoTime();

        ProgressLines(PrintStream err) {
            this.err = err;
        }

        @Override
        public void progress(int epoch, int epochs, int batch, int batches, double recentLoss, double wordsPerSecond) {
            long now = System.nanoTime();
            if (now - lastPrint > 10_000_000_000L && batch < batches) { // every 10 s at most
                lastPrint = now;
                err.printf("epoch %d/%d  %5.1f%%  loss %.4f  %,.0f words/s%n",
                        epoch, epochs, 100.0 * batch / batches, recentLoss, wordsPerSecond);
            }
        }

        @Override
        public void epochFinished(int epoch, int epochs, double meanLoss, double wordsPerSecond, double seconds) {
            lastPrint = System.nanoTime();
            err.printf("epoch %d/%d  loss %.4f  %,.0f words/s  %.1f s%n", epoch, epochs, meanLoss, wordsPerSecond, seconds);
        }
    }
}
