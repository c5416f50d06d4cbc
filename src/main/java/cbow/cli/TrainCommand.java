package cbow.cli;

import cbow.embed.Embeddings;
import cbow.embed.EmbeddingsFormat;
import cbow.text.Corpus;
import cbow.text.CorpusFileException;
import cbow.text.MalformedTextException;
import cbow.train.Checkpoint;
import cbow.train.CheckpointFormatException;
import cbow.train.CheckpointMismatchException;
import cbow.train.CheckpointPlan;
import cbow.train.CorpusPlan;
import cbow.train.LossKind;
import cbow.train.ModelTooLargeException;
import cbow.train.SubwordSettings;
import cbow.train.TrainingDivergedException;
import cbow.train.TrainingJob;
import cbow.train.TrainingSettings;
import cbow.train.UnusableCorpusException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "train",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        sortOptions = false,
        description = {
            "Train CBOW embeddings on a plain UTF-8 text corpus and write them (cbow JSON, or --format word2vec, word2vec-binary, glove, projector).",
            "By default the course's exact network (W1, b1, ReLU hidden layer, W2, b2, full softmax), with "
                + "exact gradients over batches of m, stepped by Adam (--optimizer sgd: the course's plain gradient "
                + "descent); the vectors written are (W1^T + W2) / 2. --loss ns or hs trains word2vec's faster "
                + "stand-ins (negative sampling, hierarchical softmax) on all cores."},
        footer = {"", "Examples:",
            "  cbow train data/planted.txt",
            "  cbow train corpus.txt -o vectors.json --dim 50 --window 2 --epochs 10",
            "  cbow train wiki/*.txt.gz --loss ns -o vectors.json",
            "  zcat corpus.txt.gz | cbow train - -o vectors.json",
            "  cbow train corpus.txt --checkpoint run.ckpt --checkpoint-every 5m",
            "  cbow train corpus.txt --resume run.ckpt        (after an interruption)",
            "",
            "Progress goes to standard error: a live bar on a terminal, or lines.",
            "Exit codes: 0 success, 1 runtime failure (nothing written), 2 usage error,",
            "130/143 stopped by SIGINT/SIGTERM (nothing written; an earlier output is kept)."})
final class TrainCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "CORPUS",
            description = "UTF-8 text, one sentence per line is best: files (gzip-compressed or not, known by their"
                    + " first bytes), directories (their files in name order), or '-' for standard input.")
    List<String> corpora;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "embeddings.json",
            description = "Where to write the embeddings ('-': standard output). Default: ${DEFAULT-VALUE}.")
    String output;

    @Mixin
    EmbeddingsOutput written;

    @Mixin
    ModelOptions model;

    @Mixin
    ExactModelOptions exact;

    @Mixin
    HogwildModelOptions hogwild;

    @Mixin
    CheckpointOptions checkpoints;

    @Mixin
    CorpusOptions corpusOptions;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing on standard error but errors.")
    boolean quiet;

    @CommandLine.Mixin
    SubwordOptions subwordOptions;

    @Override
    public Integer call() throws IOException {
        Checkpoint resumed = checkpoints.resume == null ? null : readCheckpoint(checkpoints.resume);
        TrainingSettings settings = settings(resumed);
        CheckpointPlan plan = checkpoints.plan();
        CorpusPlan corpusPlan = corpusOptions.plan();
        EmbeddingsFormat format = written.format(EmbeddingsFormat.JSON);
        SubwordSettings subwords = subwordOptions.settings(settings.loss());
        String modelFile = subwords == null ? null : subwordOptions.modelFile(output);
        // before the work, not after an hour of it; and never over what the run reads
        OutputPaths paths = OutputPaths.of(spec.commandLine()).output("-o", written.pathToCheck(format, output))
                .output("--checkpoint", plan == null ? null : plan.file()).output("--save-vocab", corpusPlan.saveVocab())
                .output("--model", modelFile)
                .input("--resume", checkpoints.resume).input("--read-vocab", corpusPlan.readVocab())
                .mayReplace("--checkpoint", "--resume").mayReplace("--save-vocab", "--read-vocab");
        corpora.forEach(c -> paths.input("the corpus", c));
        paths.check();
        PrintStream err = System.err;
        ProgressDisplay progress = ProgressDisplay.choose(quiet, err, done -> settings.decay().rate(settings.alpha(), done));
        Embeddings embeddings;
        try (InterruptNotice notice = new InterruptNotice(err, progress, output, plan == null ? null : plan.file())) {
            try (progress; Corpus corpus = Corpus.open(corpora, System.in, corpusPlan.tempDir())) {
                TrainingJob job = new TrainingJob(settings, corpusPlan, progress, line -> {
                    synchronized (err) {
                        if (!quiet && !notice.interrupted()) {
                            err.println(line);
                        }
                    }
                }).withSubwords(subwords);
                embeddings = job.run(corpus, resumed, plan);
            } catch (MalformedTextException e) {
                throw new CommandFailure((e.source() != null ? e.source() : corpusName()) + ": " + e.getMessage()
                        + " (" + e.advice() + ")");
            } catch (CorpusFileException e) {
                throw new CommandFailure(e.getMessage());
            } catch (UnusableCorpusException e) {
                throw new CommandFailure(corpusName() + ": " + e.getMessage());
            } catch (CheckpointMismatchException e) {
                throw new CommandFailure(checkpoints.resume + ": " + e.getMessage());
            } catch (TrainingDivergedException | ModelTooLargeException | UncheckedIOException e) {
                throw new CommandFailure(e.getMessage() + "; nothing was written");
            } catch (IOException e) {
                throw new CommandFailure(corpusName() + ": cannot be read (" + CliFiles.describe(e) + ")");
            }
            notice.writing(); // a signal from here on still gets its line
            written.write(embeddings, format, output, corpusName(), notice::written);
        }
        if (modelFile != null) {
            SubwordOptions.write(embeddings, modelFile);
            if (!quiet) {
                err.printf("wrote %s: the subword model (%,d words and %,d n-gram buckets x %d dimensions)%n",
                        modelFile, embeddings.size(), subwords.buckets(), embeddings.dim());
            }
        }
        if (!quiet) {
            err.printf("wrote %s: %,d words x %d dimensions, final loss %.4f%n",
                    output.equals("-") ? "standard output" : output, embeddings.size(), embeddings.dim(),
                    embeddings.history().finalLoss());
        }
        return Main.EXIT_OK;
    }

    /**
     * The options given, with each loss's defaults for the rest; or with --resume the checkpoint's
     * settings, which given options may only repeat.
     */
    private TrainingSettings settings(Checkpoint resumed) {
        TrainingSettings.Builder builder = TrainingSettings.builder();
        model.applyTo(builder);
        exact.applyTo(builder);
        hogwild.applyTo(builder);
        builder.subwords(subwordOptions.subwords != null);
        try {
            if (resumed != null) {
                return builder.continuing(resumed);
            }
            if (checkpoints.checkpoint != null && model.loss != null && model.loss != LossKind.SOFTMAX) {
                throw new IllegalArgumentException("checkpoints hold the exact model only: --checkpoint goes with --loss softmax");
            }
            return builder.build();
        } catch (IllegalArgumentException | CheckpointMismatchException e) {
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

    private String corpusName() {
        return corpora.size() > 1 ? "the corpus" : corpora.get(0).equals("-") ? "standard input" : corpora.get(0);
    }
}
