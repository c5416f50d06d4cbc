package cbow.cli;

import cbow.embed.Embeddings;
import cbow.embed.NearestNeighbours;
import cbow.embed.WordComparisons;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** cbow n-similarity SET1 SET2 (declared in code: see {@link CommandSpecs}). */
final class NSimilarityCommand implements Callable<Integer> {
    private final CommandSpec spec = CommandSpecs.command(this, "n-similarity",
            new String[] {"Print the cosine similarity of two sets of words (gensim's n_similarity): the cosine of the "
                + "means of each set's vectors, 4 decimals."},
            "", "Examples:", "  cbow n-similarity 'sushi shop' 'japanese restaurant'");

    NSimilarityCommand() {
        spec.addPositional(PositionalParamSpec.builder().required(true).index("0").paramLabel("SET1").type(String.class)
                .description("Words separated by spaces (one argument: quote it).").build());
        spec.addPositional(PositionalParamSpec.builder().required(true).index("1").paramLabel("SET2").type(String.class)
                .description("Words separated by spaces.").build());
        EmbeddingsInput.declareOn(spec);
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        EmbeddingsInput input = EmbeddingsInput.of(spec);
        Embeddings embeddings = input.loadVectors();
        WordComparisons compare = new WordComparisons(new NearestNeighbours(embeddings));
        double s = compare.nSimilarity(input.idsOf(embeddings, CommandSpecs.positional(spec, 0)),
                input.idsOf(embeddings, CommandSpecs.positional(spec, 1)));
        System.out.printf(Locale.US, "%.4f%n", s);
        CliFiles.flushStandardOutput();
        return Main.EXIT_OK;
    }
}
