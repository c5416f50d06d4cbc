package cbow.cli;

import cbow.embed.Embeddings;
import cbow.embed.NearestNeighbours;
import cbow.embed.WordComparisons;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "doesnt-match",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Print the word that fits the others least (gensim's doesnt_match): the one whose unit vector "
                + "has the lowest cosine with the mean of all the words' unit vectors.",
        footer = {"", "Examples:", "  cbow doesnt-match breakfast cereal dinner lunch",
            "  cbow doesnt-match --scores france germany italy banana"})
final class DoesntMatchCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "2..*", paramLabel = "WORD", description = "Two or more words.")
    List<String> words;

    @Mixin
    EmbeddingsInput input;

    @Option(names = "--scores", description = "Print every word with its cosine to the mean, the odd one out first.")
    boolean scores;

    @Override
    public Integer call() {
        Embeddings embeddings = input.loadVectors();
        int[] ids = input.idsOf(embeddings, String.join(" ", words));
        List<WordComparisons.Fit> fits = new WordComparisons(new NearestNeighbours(embeddings)).doesntMatch(ids);
        if (scores) {
            for (WordComparisons.Fit f : fits) {
                System.out.printf(Locale.US, "%s\t%.4f%n", embeddings.word(f.id()), f.cosine());
            }
        } else {
            System.out.println(embeddings.word(fits.get(0).id()));
        }
        CliFiles.flushStandardOutput();
        return Main.EXIT_OK;
    }
}
