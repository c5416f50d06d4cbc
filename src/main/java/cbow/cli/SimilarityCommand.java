package cbow.cli;

import cbow.embed.Embeddings;
import cbow.embed.NearestNeighbours;
import cbow.embed.WordComparisons;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "similarity",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {
            "Print the cosine similarity of two words (gensim's similarity), 4 decimals.",
            "'-' alone reads one pair a line from standard input ('A B', white space between) and prints "
                + "'A<TAB>B<TAB>similarity' for each, at once; a pair with an unknown word is reported on standard error "
                + "and the others go on (exit 1 at the end)."},
        footer = {"", "Examples:", "  cbow similarity king queen",
            "  cut -f1,2 wordsim353.tsv | cbow similarity -"})
final class SimilarityCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..2", paramLabel = "WORD", description = "Two words, or '-' to read pairs from standard input.")
    List<String> words;

    @Mixin
    EmbeddingsInput input;

    @Override
    public Integer call() throws IOException {
        boolean fromStdin = words.size() == 1 && words.get(0).equals("-");
        if (!fromStdin && words.size() != 2) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give two words, or '-' to read pairs from standard input");
        }
        if (fromStdin && input.file.equals("-")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "pairs and embeddings cannot both come from standard input");
        }
        Embeddings embeddings = input.loadVectors();
        WordComparisons compare = new WordComparisons(new NearestNeighbours(embeddings));
        if (!fromStdin) {
            double s = compare.similarity(input.idOf(embeddings, words.get(0)), input.idOf(embeddings, words.get(1)));
            System.out.printf(Locale.US, "%.4f%n", s);
            CliFiles.flushStandardOutput();
            return Main.EXIT_OK;
        }
        return QueryLines.answerEach(spec.qualifiedName(), (lineNo, line) -> {
            String[] pair = line.split("\\s+");
            if (pair.length != 2) {
                throw new CommandFailure("standard input: line " + lineNo + ": expected two words, found " + pair.length);
            }
            double s = compare.similarity(input.idOf(embeddings, pair[0]), input.idOf(embeddings, pair[1]));
            System.out.printf(Locale.US, "%s\t%s\t%.4f%n", pair[0], pair[1], s);
            System.out.flush();
        }, QueryLines.Failed.NOTHING);
    }
}
