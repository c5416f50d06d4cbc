package cbow.cli;

import cbow.embed.Analogy;
import cbow.embed.NearestNeighbours;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "analogy",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {
            "Answer 'A is to B as C is to ?': the words x that best fit, best first (word, tab, score).",
            "3cosadd (default) ranks by cos(x, B - A + C) on unit vectors; 3cosmul by "
                + "cos'(x, B) cos'(x, C) / (cos'(x, A) + 1e-6) with cos' = (1 + cos) / 2 (Levy and Goldberg 2014, "
                + "as gensim's most_similar and most_similar_cosmul). A, B and C are never answers."},
        footer = {"", "Examples:", "  cbow analogy man king woman",
            "  cbow analogy --method 3cosmul -k 3 france paris italy"})
final class AnalogyCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "A")
    String a;

    @Parameters(index = "1", paramLabel = "B")
    String b;

    @Parameters(index = "2", paramLabel = "C")
    String c;

    @Mixin
    EmbeddingsInput input;

    @Option(names = "--method", paramLabel = "3cosadd|3cosmul", defaultValue = "3cosadd", description = "How answers are ranked (above). Default: ${DEFAULT-VALUE}.")
    String method;

    @Option(names = "-k", paramLabel = "N", defaultValue = "10", description = "How many answers. Default: ${DEFAULT-VALUE}.")
    int k;

    @Option(names = "--restrict", paramLabel = "N", defaultValue = "0",
            description = "Answer only among the N most frequent words (0: all). Default: ${DEFAULT-VALUE}.")
    int restrict;

    @Option(names = "--format", paramLabel = "text|tsv|jsonl", defaultValue = "text", description = "The output's layout. Default: ${DEFAULT-VALUE}.")
    String format;

    @Override
    public Integer call() {
        if (k < 1 || restrict < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), k < 1 ? "-k must be at least 1, got " + k
                    : "--restrict must be 0 or more, got " + restrict);
        }
        Analogy analogy;
        NeighbourOutput output;
        try {
            analogy = Analogy.named(method.toLowerCase(Locale.ROOT));
            output = new NeighbourOutput(format, false, System.out);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        NearestNeighbours space = new NearestNeighbours(input.loadVectors());
        int ia = input.idWithDirection(space, a);
        int ib = input.idWithDirection(space, b);
        int ic = input.idWithDirection(space, c);
        output.answer(a + " : " + b + " :: " + c + " : ?",
                analogy.solve(space, ia, ib, ic, k, restrict == 0 ? Integer.MAX_VALUE : restrict));
        CliFiles.flushStandardOutput();
        return Main.EXIT_OK;
    }
}
