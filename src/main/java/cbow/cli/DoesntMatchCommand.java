package cbow.cli;

import cbow.embed.Embeddings;
import cbow.embed.NearestNeighbours;
import cbow.embed.WordComparisons;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/** cbow doesnt-match WORD... (declared in code: see {@link CommandSpecs}). */
final class DoesntMatchCommand implements Callable<Integer> {
    private final CommandSpec spec = CommandSpecs.command(this, "doesnt-match",
            new String[] {"Print the word that fits the others least (gensim's doesnt_match): the one whose unit vector "
                + "has the lowest cosine with the mean of all the words' unit vectors."},
            "", "Examples:", "  cbow doesnt-match breakfast cereal dinner lunch",
            "  cbow doesnt-match --scores france germany italy banana");

    DoesntMatchCommand() {
        spec.addPositional(PositionalParamSpec.builder().required(true).arity("2..*").paramLabel("WORD").type(List.class)
                .auxiliaryTypes(String.class).description("Two or more words.").build());
        EmbeddingsInput.declareOn(spec);
        spec.addOption(OptionSpec.builder("--scores").type(boolean.class).defaultValue("false")
                .description("Print every word with its cosine to the mean, the odd one out first.").build());
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() {
        List<String> words = CommandSpecs.positional(spec, 0);
        EmbeddingsInput input = EmbeddingsInput.of(spec);
        Embeddings embeddings = input.loadVectors();
        int[] ids = input.idsOf(embeddings, String.join(" ", words));
        List<WordComparisons.Fit> fits = new WordComparisons(new NearestNeighbours(embeddings)).doesntMatch(ids);
        if (CommandSpecs.<Boolean>option(spec, "--scores")) {
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
