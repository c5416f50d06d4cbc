package cbow.cli;

import cbow.embed.Embeddings;
import cbow.embed.NearestNeighbours;
import cbow.embed.WordComparisons;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Two words A and B and the embeddings they are looked up in (the arguments of rank and closer-than,
 * declared in code: see {@link CommandSpecs}).
 */
final class WordPairQuery {
    private WordPairQuery() {
    }

    /** Adds A, B and the {@link EmbeddingsInput} options to the command {@code spec}. */
    static void declareOn(CommandSpec spec) {
        spec.addPositional(PositionalParamSpec.builder().required(true).index("0").paramLabel("A").type(String.class).build());
        spec.addPositional(PositionalParamSpec.builder().required(true).index("1").paramLabel("B").type(String.class).build());
        EmbeddingsInput.declareOn(spec);
    }

    /** What the commands ask about A and B: the comparisons over the loaded vectors, and both ids. */
    record Loaded(WordComparisons compare, int a, int b) {
    }

    /** Loads the embeddings and finds both words as parsed for {@code spec}; an unknown word fails with one line. */
    static Loaded load(CommandSpec spec) {
        EmbeddingsInput input = EmbeddingsInput.of(spec);
        Embeddings embeddings = input.loadVectors();
        int ia = input.idOf(embeddings, CommandSpecs.positional(spec, 0));
        int ib = input.idOf(embeddings, CommandSpecs.positional(spec, 1));
        return new Loaded(new WordComparisons(new NearestNeighbours(embeddings)), ia, ib);
    }
}
