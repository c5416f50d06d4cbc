package cbow.cli;

import cbow.embed.Embeddings;
import cbow.embed.EmbeddingsFormat;
import cbow.embed.EmbeddingsJson;
import cbow.embed.Word2VecFormat;
import cbow.io.AtomicFile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {
            "Write embeddings in another format: word2vec text or binary, or cbow's JSON.",
            "word2vec text is read by gensim, the word2vec tools and anything that reads fastText's "
                + ".vec files. Words keep their order (most frequent first); word2vec's formats carry no counts "
                + "or settings."},
        footer = {"", "Examples:",
            "  cbow export --format word2vec -o vectors.txt",
            "  cbow export -e embeddings.json --format word2vec-binary -o vectors.bin",
            "  cbow export -e wiki.en.vec --format json -o wiki.json"})
final class ExportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    EmbeddingsInput input;

    @Option(names = "--format", required = true, paramLabel = "word2vec|word2vec-binary|json", description = "The format to write.")
    String format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "Where to write ('-': standard output).")
    String output;

    @Override
    public Integer call() {
        EmbeddingsFormat target;
        try {
            target = EmbeddingsFormat.named(format.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format: " + e.getMessage());
        }
        OutputPaths.of(spec.commandLine()).output("-o", output).check(); // -o may be the input: it is read whole first
        Embeddings embeddings = input.load();
        AtomicFile.Content content = out -> write(embeddings, target, out);
        try {
            if (output.equals("-")) {
                content.writeTo(System.out);
                CliFiles.flushStandardOutput();
            } else {
                AtomicFile.write(Path.of(output), content);
            }
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(input.name() + ": " + e.getMessage() + "; nothing was written");
        } catch (IOException e) {
            throw new CommandFailure(output + ": cannot be written (" + CliFiles.describe(e) + "); nothing was written");
        }
        return Main.EXIT_OK;
    }

    private static void write(Embeddings embeddings, EmbeddingsFormat format, OutputStream out) throws IOException {
        switch (format) {
            case JSON -> EmbeddingsJson.write(embeddings, out);
            case WORD2VEC -> Word2VecFormat.writeText(embeddings, out);
            case WORD2VEC_BINARY -> Word2VecFormat.writeBinary(embeddings, out);
        }
    }
}
