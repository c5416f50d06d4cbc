package cbow.cli;

import cbow.embed.Embeddings;
import cbow.embed.EmbeddingsFormat;
import cbow.model.HogwildNetwork;
import cbow.spark.SparkTrainingJob;
import cbow.train.LossKind;
import cbow.train.TrainingDivergedException;
import cbow.train.TrainingSettings;
import cbow.train.UnusableCorpusException;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "spark",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        sortOptions = false,
        description = {
            "Train CBOW embeddings on an Apache Spark cluster: the same model options, vocabulary and output file as "
                + "'cbow train', with the corpus read and the training done on Spark's executors.",
            "--loss ns and hs: each partition trains its share lock-free, the changed rows combined --rounds times an epoch;"
                + " --loss softmax: the exact model, the partitions' models averaged --rounds times an epoch."},
        footer = {"", "Examples:",
            "  ./cbow spark data/planted.txt --loss ns --master 'local[2]'",
            "      (Spark's local mode, from a clone)",
            "  spark-submit --master spark://host:7077 --class cbow.cli.Main \\",
            "      target/cbow.jar spark 'hdfs:///corpus/*.gz' --loss ns \\",
            "      --partitions 50 -o vectors.json",
            "",
            "Spark's jars are not in cbow.jar: run it through ./cbow (which puts them",
            "on the class path) or spark-submit.",
            "Exit codes: 0 success, 1 runtime failure (nothing written), 2 usage error."})
final class SparkCommand implements Callable<Integer> {
    private static final Pattern TASK_FAILURE = Pattern.compile("cbow\\.spark\\.InvalidCorpusTextException: ([^\\n]*)");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0..*", arity = "1..*", paramLabel = "CORPUS",
            description = "UTF-8 text: files, directories or globs on any file system Spark reads (local, hdfs://, s3a://, ...);"
                    + " compressed files (.gz, .bz2) are read by their extension.")
    List<String> corpus;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "embeddings.json",
            description = "Where the driver writes the embeddings ('-': standard output). Default: ${DEFAULT-VALUE}.")
    String output;

    @Mixin
    EmbeddingsOutput written;

    @Option(names = "--master", paramLabel = "URL",
            description = "Spark's master: spark://host:7077, local[N], ... Default: the one spark-submit was given, else local[*].")
    String master;

    @Option(names = "--partitions", paramLabel = "P", defaultValue = "2",
            description = "Partitions of the corpus: the parallel units of work, each a copy of the model trained by one task."
                    + " Default: ${DEFAULT-VALUE}.")
    int partitions;

    @Option(names = "--rounds", paramLabel = "R", defaultValue = "" + SparkTrainingJob.DEFAULT_ROUNDS,
            description = "How often per epoch the partitions' work is combined into one model (ns and hs: the first"
                    + " epoch R x ceil(P/2) times, at most 4R). Default: ${DEFAULT-VALUE}.")
    int rounds;

    @Mixin
    ModelOptions model;

    @Mixin
    ExactModelOptions exact;

    @Mixin
    HogwildModelOptions hogwild;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing on standard error but errors.")
    boolean quiet;

    @Override
    public Integer call() {
        TrainingSettings settings = settings();
        EmbeddingsFormat format = written.format(EmbeddingsFormat.JSON);
        // before the work, not after it; and never over a local corpus file
        OutputPaths paths = OutputPaths.of(spec.commandLine()).output("-o", written.pathToCheck(format, output));
        corpus.stream().filter(c -> !c.contains("://")).forEach(c -> paths.input("the corpus", c));
        paths.check();
        PrintStream err = System.err;
        Embeddings embeddings;
        try {
            embeddings = new SparkTrainingJob(settings, master, partitions, rounds, line -> {
                if (!quiet) {
                    err.println(line);
                }
            }).run(corpus);
        } catch (NoClassDefFoundError e) {
            throw new CommandFailure("Spark's classes are not on the class path (missing " + e.getMessage()
                    + "): run it through ./cbow spark, or with spark-submit");
        } catch (UnusableCorpusException e) {
            throw new CommandFailure(String.join(",", corpus) + ": " + e.getMessage());
        } catch (TrainingDivergedException e) {
            throw new CommandFailure(e.getMessage() + "; nothing was written");
        } catch (Exception e) { // Spark's and Hadoop's failures, checked ones too (a missing input path)
            throw new CommandFailure(describe(e) + "; nothing was written");
        }
        written.write(embeddings, format, output, String.join(",", corpus));
        if (!quiet) {
            err.printf("wrote %s: %,d words x %d dimensions, final loss %.4f%n", output.equals("-") ? "standard output" : output, embeddings.size(),
                    embeddings.dim(), embeddings.history().finalLoss());
        }
        return Main.EXIT_OK;
    }

    private TrainingSettings settings() {
        if (model.threads != null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--threads does not apply on Spark: each partition is trained by one task (set --partitions)");
        }
        if (partitions < 1 || rounds < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--partitions and --rounds must be at least 1");
        }
        TrainingSettings.Builder builder = TrainingSettings.builder();
        model.applyTo(builder);
        exact.applyTo(builder);
        hogwild.applyTo(builder);
        builder.huffmanTreeOnly(
                "--tree meaning is not trained on Spark (the tree would be rebuilt on the driver between epochs): use cbow train");
        builder.threads(Math.min(partitions, TrainingSettings.MAX_THREADS)); // the parallel work, as the file records it
        try {
            TrainingSettings settings = builder.build();
            if (settings.hidden() != HogwildNetwork.Hidden.LINEAR && settings.loss() != LossKind.SOFTMAX) {
                throw new IllegalArgumentException("--hidden relu is not trained on Spark (its bias b1 is not combined)");
            }
            return settings;
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    /** One line for a failed Spark job: the corpus error a task reported, else the first line of the failure. */
    private static String describe(Exception e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            Matcher m = TASK_FAILURE.matcher(message);
            if (m.find()) {
                return m.group(1);
            }
        }
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return "Spark: " + message.lines().findFirst().orElse(message);
    }
}
