package cbow.cli;

import cbow.embed.Embeddings;
import cbow.embed.NearestNeighbours;
import cbow.embed.WordComparisons;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "n-similarity",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Print the cosine similarity of two sets of words (gensim's n_similarity): the cosine of the "
                + "means of each set's vectors, 4 decimals.",
        footer = {"", "Examples:", "  cbow n-similarity 'sushi shop' 'japanese restaurant'"})
final class NSimilarityCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "SET1", description = "Words separated by spaces (one argument: quote it).")
    String first;

    @Parameters(index = "1", paramLabel = "SET2", description = "Words separated by spaces.")
    String second;

    @Mixin
    EmbeddingsInput input;

    @Override
    public Integer call() {
        Embeddings embeddings = input.loadVectors();
        WordComparisons compare = new WordComparisons(new NearestNeighbours(embeddings));
        double s = compare.nSimilarity(input.idsOf(embeddings, first), input.idsOf(embeddings, second));
        System.out.printf(Locale.US, "%.4f%n", s);
        CliFiles.flushStandardOutput();
        return Main.EXIT_OK;
    }
}
