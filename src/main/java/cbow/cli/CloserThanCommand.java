package cbow.cli;

import cbow.embed.Embeddings;
import cbow.embed.NearestNeighbours;
import cbow.embed.WordComparisons;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "closer-than",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Print every word closer to A than B is (gensim's closer_than), most similar first: word, tab, similarity.",
        footer = {"", "Examples:", "  cbow closer-than king queen"})
final class CloserThanCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "A")
    String a;

    @Parameters(index = "1", paramLabel = "B")
    String b;

    @Mixin
    EmbeddingsInput input;

    @Override
    public Integer call() {
        Embeddings embeddings = input.loadVectors();
        int ia = input.idOf(embeddings, a);
        int ib = input.idOf(embeddings, b);
        for (NearestNeighbours.Neighbour n : new WordComparisons(new NearestNeighbours(embeddings)).closerThan(ia, ib)) {
            System.out.printf(Locale.ROOT, "%s\t%.4f%n", n.word(), n.similarity());
        }
        CliFiles.flushStandardOutput();
        return Main.EXIT_OK;
    }
}
