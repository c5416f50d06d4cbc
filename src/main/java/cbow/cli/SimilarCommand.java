package cbow.cli;

import cbow.embed.Embeddings;
import cbow.embed.EmbeddingsFormatException;
import cbow.embed.EmbeddingsJson;
import cbow.embed.NearestNeighbours;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "similar",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Print the words nearest to WORD by cosine similarity, one per line: word, tab, similarity.",
        footer = {"", "Examples:", "  cbow similar king", "  cbow similar -e vectors.json -k 5 city"})
final class SimilarCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WORD", description = "The query word (lowercased, as training lowercases).")
    String word;

    @Option(names = {"-e", "--embeddings"}, paramLabel = "FILE", defaultValue = "embeddings.json",
            description = "The embeddings file. Default: ${DEFAULT-VALUE}.")
    String embeddingsFile;

    @Option(names = "-k", defaultValue = "10", description = "How many neighbours. Default: ${DEFAULT-VALUE}.")
    int k;

    @Override
    public Integer call() {
        if (k < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "-k must be at least 1, got " + k);
        }
        Embeddings embeddings = load(embeddingsFile);
        String query = word.toLowerCase(Locale.ROOT);
        if (embeddings.id(query) < 0) {
            throw new CommandFailure("'" + query + "' is not in the vocabulary of " + embeddingsFile
                    + " (" + embeddings.size() + " words)");
        }
        List<NearestNeighbours.Neighbour> neighbours = new NearestNeighbours(embeddings).nearest(query, k);
        PrintStream out = System.out;
        for (NearestNeighbours.Neighbour n : neighbours) {
            out.printf(Locale.ROOT, "%s\t%.4f%n", n.word(), n.similarity());
        }
        CliFiles.flushStandardOutput();
        return Main.EXIT_OK;
    }

    static Embeddings load(String name) {
        try (InputStream in = new java.io.BufferedInputStream(CliFiles.openInput(name), 1 << 16)) {
            return EmbeddingsJson.read(in);
        } catch (EmbeddingsFormatException e) {
            throw new CommandFailure(name + ": " + e.getMessage());
        } catch (IOException e) {
            throw new CommandFailure(name + ": cannot be read (" + CliFiles.describe(e) + ")");
        }
    }
}
