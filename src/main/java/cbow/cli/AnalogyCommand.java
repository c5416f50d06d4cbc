package cbow.cli;

import cbow.embed.Analogy;
import cbow.embed.Embeddings;
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
                + "cos'(x,B) cos'(x,C) / (cos'(x,A) + 1e-6) with cos' = (1 + cos) / 2 (Levy and Goldberg 2014, "
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

    @Option(names = "--method", defaultValue = "3cosadd", description = "3cosadd or 3cosmul. Default: ${DEFAULT-VALUE}.")
    String method;

    @Option(names = "-k", defaultValue = "10", description = "How many answers. Default: ${DEFAULT-VALUE}.")
    int k;

    @Option(names = "--restrict", paramLabel = "N", defaultValue = "0",
            description = "Answer only among the N most frequent words (0: all). Default: ${DEFAULT-VALUE}.")
    int restrict;

    @Option(names = "--format", defaultValue = "text", description = "text, tsv or jsonl. Default: ${DEFAULT-VALUE}.")
    String format;

    private static float[] unit(NearestNeighbours space, EmbeddingsInput.QueryWord word) {
        float[] v = word.isBuilt() ? word.built() : space.embeddings().vector(word.id());
        return space.combineVectors(java.util.List.of(v), new double[] {1});
    }

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
        Embeddings embeddings = input.loadVectors();
        EmbeddingsInput.QueryWord qa = input.resolve(embeddings, a);
        EmbeddingsInput.QueryWord qb = input.resolve(embeddings, b);
        EmbeddingsInput.QueryWord qc = input.resolve(embeddings, c);
        NearestNeighbours space = new NearestNeighbours(embeddings);
        int limit = restrict == 0 ? Integer.MAX_VALUE : restrict;
        String question = a + " : " + b + " :: " + c + " : ?";
        if (!qa.isBuilt() && !qb.isBuilt() && !qc.isBuilt()) {
            output.answer(question, analogy.solve(space, qa.id(), qb.id(), qc.id(), k, limit));
        } else { // a word built from its n-grams has no row: solve on the three vectors
            output.answer(question, analogy.solve(space, unit(space, qa), unit(space, qb), unit(space, qc),
                    id -> id == qa.id() || id == qb.id() || id == qc.id(), k, limit));
        }
        CliFiles.flushStandardOutput();
        return Main.EXIT_OK;
    }
}
