package cbow.cli;

import cbow.embed.Embeddings;
import cbow.embed.EmbeddingsFormat;
import cbow.embed.EmbeddingsWriter;
import cbow.embed.ProjectorFormat;
import cbow.embed.UnitVectors;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options that choose how embeddings are written (a picocli mixin of {@code train} and
 * {@code export}), and the writing itself: one list of formats, one writer, for both commands.
 */
final class EmbeddingsOutput {
    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", paramLabel = "json|word2vec|word2vec-binary|glove|projector",
            description = "json (cbow's), word2vec (text), word2vec-binary, glove (text without the count line) or "
                    + "projector (vectors.tsv and metadata.tsv in the directory -o names, for the TensorFlow Embedding Projector).")
    String format;

    @Option(names = "--normalize", description = "Scale every vector to length 1 before writing (what cosine similarity uses).")
    boolean normalize;

    /** The format named, or {@code fallback} when --format is absent (null: the option is required). */
    EmbeddingsFormat format(EmbeddingsFormat fallback) {
        if (format == null) {
            if (fallback == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "Missing required option: '--format=FORMAT'");
            }
            return fallback;
        }
        try {
            return EmbeddingsFormat.named(format.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format: " + e.getMessage());
        }
    }

    /**
     * The file to check before any work (with {@link OutputPaths}) for writing {@code target} to
     * {@code output}: {@code output} itself, or for the projector's directory the vectors file in it.
     */
    String pathToCheck(EmbeddingsFormat target, String output) {
        if (target.singleFile()) {
            return output;
        }
        if (output.equals("-")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format projector writes two files: -o names a directory, not '-'");
        }
        Path dir = Path.of(output);
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new CommandFailure(output + ": is a file; --format projector writes into a directory");
        }
        // an existing directory must take files; a new one, its parent
        return Files.isDirectory(dir) ? dir.resolve(ProjectorFormat.VECTORS_FILE).toString() : output;
    }

    /** Writes the embeddings to {@code output} ('-': standard output); nothing is written on failure. */
    void write(Embeddings embeddings, EmbeddingsFormat target, String output, String source) {
        write(embeddings, target, output, source, () -> { });
    }

    /** As above; {@code done} runs once the result is in place (for an interrupt notice). */
    void write(Embeddings embeddings, EmbeddingsFormat target, String output, String source, Runnable done) {
        Embeddings written = normalize ? UnitVectors.of(embeddings) : embeddings;
        try {
            if (output.equals("-")) {
                EmbeddingsWriter.write(written, target, System.out);
                CliFiles.flushStandardOutput();
                done.run();
            } else {
                EmbeddingsWriter.write(written, target, Path.of(output), done);
            }
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(source + ": " + e.getMessage() + "; nothing was written");
        } catch (IOException e) {
            throw new CommandFailure(output + ": cannot be written (" + CliFiles.describe(e) + "); nothing was written");
        }
    }
}
