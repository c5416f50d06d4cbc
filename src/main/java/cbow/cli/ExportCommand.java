package cbow.cli;

import cbow.embed.Embeddings;
import cbow.embed.EmbeddingsFormat;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export",
        modelTransformer = EmbeddingsInput.Declaration.class,
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

    /** The {@link EmbeddingsInput} options (added by the model transformer above), as parsed: set when called. */
    private EmbeddingsInput input;

    @Mixin
    EmbeddingsOutput written;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE",
            description = "Where to write ('-': standard output); with --format projector, a directory.")
    String output;

    @Option(names = "--add-words", paramLabel = "FILE",
            description = "Also write vectors for the words of FILE (separated by white space) that the vocabulary lacks, built from their character n-grams (needs a subword model, cbow train --subwords); they follow the vocabulary with count 0.")
    String addWords;

    @Override
    public Integer call() {
        input = EmbeddingsInput.of(spec);
        EmbeddingsFormat target = written.format(null);
        // -o may be the input: it is read whole first
        OutputPaths.of(spec.commandLine()).output("-o", written.pathToCheck(target, output)).check();
        Embeddings embeddings = addWords == null ? input.load() : withAddedWords(input.load());
        written.write(embeddings, target, output, input.name());
        return Main.EXIT_OK;
    }

    /** The embeddings followed by the vectors built for the words of --add-words that they lack. */
    private Embeddings withAddedWords(Embeddings embeddings) {
        if (embeddings.ngrams() == null) {
            throw new CommandFailure(input.name() + ": has no character n-grams to build vectors from"
                    + " (--add-words needs a model of cbow train --subwords)");
        }
        Set<String> wanted = new LinkedHashSet<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(CliFiles.openInput(addWords),
                StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)))) {
            for (String line; (line = lines.readLine()) != null; ) {
                for (String word : line.strip().split("\\s+")) {
                    String lower = word.toLowerCase(Locale.ROOT);
                    if (!word.isEmpty() && embeddings.id(word) < 0 && embeddings.id(lower) < 0) {
                        wanted.add(lower);
                    }
                }
            }
        } catch (IOException e) {
            throw new CommandFailure(addWords + ": cannot be read (" + CliFiles.describe(e) + ")");
        }
        List<String> added = new ArrayList<>();
        float[] vectors = new float[wanted.size() * embeddings.dim()];
        int without = 0;
        for (String word : wanted) {
            float[] v = embeddings.ngrams().vectorOf(word);
            if (v == null) {
                without++;
                continue;
            }
            System.arraycopy(v, 0, vectors, added.size() * embeddings.dim(), v.length);
            added.add(word);
        }
        System.err.printf("%s: added %,d words outside the vocabulary, their vectors built from character n-grams%s%n",
                spec.qualifiedName(), added.size(), without == 0 ? ""
                        : String.format("; %,d words have no n-grams of %s characters and were left out", without, embeddings.ngrams().ngrams()));
        return embeddings.withExtraWords(added, Arrays.copyOf(vectors, added.size() * embeddings.dim()));
    }
}
