package cbow.cli;

import cbow.embed.Embeddings;
import cbow.embed.EmbeddingsFormat;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {
            "Write embeddings in another format: word2vec text or binary, GloVe text, the TensorFlow Embedding "
                + "Projector's vectors.tsv and metadata.tsv, or cbow's JSON; --normalize scales every vector to length 1.",
            "word2vec text is read by gensim, the word2vec tools and anything that reads fastText's "
                + ".vec files. Words keep their order (most frequent first); word2vec's formats carry no counts "
                + "or settings."},
        footer = {"", "Examples:",
            "  cbow export --format word2vec -o vectors.txt",
            "  cbow export -e embeddings.json --format word2vec-binary -o vectors.bin",
            "  cbow export -e wiki.en.vec --format json -o wiki.json",
            "  cbow export --format glove --normalize -o vectors.glove.txt",
            "  cbow export --format projector -o projector/     (vectors.tsv, metadata.tsv)"})
final class ExportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    EmbeddingsInput input;

    @Mixin
    EmbeddingsOutput written;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
            description = "Where to write ('-': standard output); with --format projector, a directory.")
    String output;

    @Override
    public Integer call() {
        EmbeddingsFormat target = written.format(null);
        // -o may be the input: it is read whole first
        OutputPaths.of(spec.commandLine()).output("-o", written.pathToCheck(target, output)).check();
        Embeddings embeddings = input.load();
        written.write(embeddings, target, output, input.name());
        return Main.EXIT_OK;
    }
}
