package cbow.cli;

import cbow.embed.NearestNeighbours;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "closer-than",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Print every word closer to A than B is (gensim's closer_than), most similar first: word, tab, similarity.",
        footer = {"", "Examples:", "  cbow closer-than king queen"})
final class CloserThanCommand implements Callable<Integer> {
    @Mixin
    WordPairQuery words;

    @Override
    public Integer call() {
        WordPairQuery.Loaded q = words.load();
        for (NearestNeighbours.Neighbour n : q.compare().closerThan(q.a(), q.b())) {
            System.out.printf(Locale.US, "%s\t%.4f%n", n.word(), n.similarity());
        }
        CliFiles.flushStandardOutput();
        return Main.EXIT_OK;
    }
}
