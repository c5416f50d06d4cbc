package cbow.cli;

import cbow.embed.Embeddings;
import cbow.plot.WordMap;
import cbow.plot.WordMapChart;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "words",
        modelTransformer = EmbeddingsInput.Declaration.class,
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {"Place words by the first two principal components of their vectors, labelled, "
                + "and write the map as FILE (.png or .svg).",
                "Words missing from the embeddings are named in a warning and left out; "
                + "fewer than 2 words left is an error."},
        footer = {"", "Examples:", "  cbow plot words map.png king queen man woman city country",
                "  cbow plot words -e vectors.json --top 60 map.svg"})
final class PlotWordsCommand implements Callable<Integer> {
    static final int DEFAULT_TOP = 50;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The picture to write: a name ending in .png or .svg.")
    String output;

    @Parameters(index = "1..*", paramLabel = "WORD", arity = "0..*",
            description = "The words to place: as written if the file holds them so (GoogleNews and fastText keep case), else lowercased (as cbow trains).")
    List<String> words = new ArrayList<>();

    /** The {@link EmbeddingsInput} options (added by the model transformer above), as parsed: set when called. */
    private EmbeddingsInput input;

    @Option(names = "--top", paramLabel = "N",
            description = "Place the N most frequent words instead of naming them. Default without WORDs: "
                    + DEFAULT_TOP + ".")
    Integer top;

    @Override
    public Integer call() {
        input = EmbeddingsInput.of(spec);
        CommandLine cli = spec.commandLine();
        if (top != null && !words.isEmpty()) {
            throw new CommandLine.ParameterException(cli, "name WORDs or give --top, not both");
        }
        if (top != null && top < 2) {
            throw new CommandLine.ParameterException(cli, "--top must be at least 2, got " + top);
        }
        PlotCommand.checkImageName(cli, output);
        Embeddings embeddings = input.loadVectors();
        List<String> chosen = words.isEmpty() ? mostFrequent(embeddings, top == null ? DEFAULT_TOP : top)
                : known(embeddings);
        WordMap map;
        try {
            map = WordMap.of(embeddings, chosen);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(input.name() + ": cannot map these words: " + e.getMessage());
        }
        PlotCommand.write(WordMapChart.of(map), output);
        return Main.EXIT_OK;
    }

    private static List<String> mostFrequent(Embeddings embeddings, int n) {
        if (embeddings.size() < 2) {
            throw new CommandFailure("the embeddings hold only one word; a map needs 2");
        }
        return embeddings.words().subList(0, Math.min(n, embeddings.size()));
    }

    /**
     * The requested words as the file spells them (as given, else lowercased), without repeats, less
     * those not in the file (with a warning).
     */
    private List<String> known(Embeddings embeddings) {
        Set<String> requested = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String w : words) {
            int id = EmbeddingsInput.find(embeddings, w);
            if (id >= 0) {
                requested.add(embeddings.word(id));
            } else if (!unknown.contains(w)) {
                unknown.add(w);
            }
        }
        if (requested.size() < 2) {
            throw new CommandFailure(input.name() + ": a map needs 2 words of its vocabulary; "
                    + (unknown.isEmpty() ? "only one was named" : "not in it: " + String.join(" ", unknown)));
        }
        if (!unknown.isEmpty()) {
            System.err.println("cbow plot words: warning: not in the vocabulary of " + input.name()
                    + ", left out: " + String.join(" ", unknown));
        }
        return List.copyOf(requested);
    }
}
