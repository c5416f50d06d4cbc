package cbow.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "rank",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Print B's rank among A's neighbours (gensim's rank): 1 + how many words are closer to A than B is.",
        footer = {"", "Examples:", "  cbow rank king queen"})
final class RankCommand implements Callable<Integer> {
    @Mixin
    WordPairQuery words;

    @Override
    public Integer call() {
        WordPairQuery.Loaded q = words.load();
        System.out.println(q.compare().rank(q.a(), q.b()));
        CliFiles.flushStandardOutput();
        return Main.EXIT_OK;
    }
}
