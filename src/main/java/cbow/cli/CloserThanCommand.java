package cbow.cli;

import cbow.embed.NearestNeighbours;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** cbow closer-than A B (declared in code: see {@link CommandSpecs}). */
final class CloserThanCommand implements Callable<Integer> {
    private final CommandSpec spec = CommandSpecs.command(this, "closer-than",
            new String[] {"Print every word closer to A than B is (gensim's closer_than), most similar first: word, tab, similarity."},
            "", "Examples:", "  cbow closer-than king queen");

    CloserThanCommand() {
        WordPairQuery.declareOn(spec);
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        WordPairQuery.Loaded q = WordPairQuery.load(spec);
        for (NearestNeighbours.Neighbour n : q.compare().closerThan(q.a(), q.b())) {
            System.out.printf(Locale.US, "%s\t%.4f%n", n.word(), n.similarity());
        }
        CliFiles.flushStandardOutput();
        return Main.EXIT_OK;
    }
}
