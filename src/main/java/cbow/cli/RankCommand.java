package cbow.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** cbow rank A B (declared in code: see {@link CommandSpecs}). */
final class RankCommand implements Callable<Integer> {
    private final CommandSpec spec = CommandSpecs.command(this, "rank",
            new String[] {"Print B's rank among A's neighbours (gensim's rank): 1 + how many words are closer to A than B is."},
            "", "Examples:", "  cbow rank king queen");

    RankCommand() {
        WordPairQuery.declareOn(spec);
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        WordPairQuery.Loaded q = WordPairQuery.load(spec);
        System.out.println(q.compare().rank(q.a(), q.b()));
        CliFiles.flushStandardOutput();
        return Main.EXIT_OK;
    }
}
