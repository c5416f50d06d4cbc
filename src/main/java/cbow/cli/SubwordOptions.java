package cbow.cli;

import cbow.embed.Embeddings;
import cbow.embed.SubwordModelFile;
import cbow.train.LossKind;
import cbow.train.SubwordSettings;
import cbow.vocab.CharacterNgrams;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** cbow train's subword options (a picocli mixin): fastText's character n-grams for ns and hs. */
final class SubwordOptions {
    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--subwords", paramLabel = "MIN-MAX",
            description = "With --loss ns or hs: each word's input vector is the mean of its own row and the rows of its character n-grams of MIN to MAX characters (with < and > marking the word's ends; fastText's default is 3-6), so that unseen and rare words get vectors. Also writes the subword model (--model). Default: off.")
    String subwords;

    @Option(names = "--buckets", paramLabel = "B", defaultValue = "2000000",
            description = "With --subwords: the n-grams are hashed (fastText's FNV-1a) into B rows; memory and the model file grow by B x --dim floats. Default: ${DEFAULT-VALUE} (fastText's).")
    int buckets;

    @Option(names = "--model", paramLabel = "FILE",
            description = "With --subwords: where to write the subword model (words, vectors and n-gram rows; cbow similar, analogy, evaluate, export and print-vectors read it with -e and build vectors for unseen words). Default: the --output name with .json replaced by .model (embeddings.model).")
    String model;

    /** The subword settings given, or null without --subwords; usage errors for misplaced options. */
    SubwordSettings settings(LossKind loss) {
        CommandLine.ParseResult given = spec.commandLine().getParseResult();
        if (subwords == null) {
            if (given.hasMatchedOption("--buckets") || model != null) {
                throw usage("--buckets and --model go with --subwords");
            }
            return null;
        }
        if (loss == LossKind.SOFTMAX) {
            throw usage("--subwords goes with --loss ns or hs (the exact softmax model has no subwords: README)");
        }
        try {
            return new SubwordSettings(CharacterNgrams.parse(subwords), buckets);
        } catch (IllegalArgumentException e) {
            throw usage((e.getMessage().startsWith("--") ? "" : "--subwords: ") + e.getMessage());
        }
    }

    /** Where the model goes, for an embeddings file written to {@code output}. */
    String modelFile(String output) {
        if (model != null) {
            return model;
        }
        if (output.equals("-")) {
            throw usage("--subwords with -o - needs --model FILE for the subword model");
        }
        return (output.endsWith(".json") ? output.substring(0, output.length() - 5) : output) + ".model";
    }

    /** Writes the model whole or not at all. */
    static void write(Embeddings embeddings, String file) {
        try {
            SubwordModelFile.write(embeddings, Path.of(file));
        } catch (IOException e) {
            throw new CommandFailure(file + ": cannot be written (" + CliFiles.describe(e) + "); the model was not written");
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
