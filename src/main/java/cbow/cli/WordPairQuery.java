package cbow.cli;

import cbow.embed.Embeddings;
import cbow.embed.NearestNeighbours;
import cbow.embed.WordComparisons;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Two words A and B and the embeddings they are looked up in (a mixin of rank and closer-than). */
final class WordPairQuery {
    @Parameters(index = "0", paramLabel = "A")
    String a;

    @Parameters(index = "1", paramLabel = "B")
    String b;

    @Mixin
    EmbeddingsInput input;

    /** What the commands ask about A and B: the comparisons over the loaded vectors, and both ids. */
    record Loaded(WordComparisons compare, int a, int b) {
    }

    /** Loads the embeddings and finds both words; an unknown word fails with one line. */
    Loaded load() {
        Embeddings embeddings = input.loadVectors();
        int ia = input.idOf(embeddings, a);
        int ib = input.idOf(embeddings, b);
        return new Loaded(new WordComparisons(new NearestNeighbours(embeddings)), ia, ib);
    }
}
