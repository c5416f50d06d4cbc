package cbow.cli;

import cbow.embed.Embeddings;
import cbow.embed.NearestNeighbours;
import cbow.embed.WordComparisons;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "rank",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Print B's rank among A's neighbours (gensim's rank): 1 + how many words are closer to A than B is.",
        footer = {"", "Examples:", "  cbow rank king queen"})
final class RankCommand implements Callable<Integer> {
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
        System.out.println(new WordComparisons(new NearestNeighbours(embeddings)).rank(ia, ib));
        CliFiles.flushStandardOutput();
        return Main.EXIT_OK;
    }
}
