package cbow.cli;

import cbow.embed.Embeddings;
import cbow.embed.NearestNeighbours;
import cbow.embed.WordComparisons;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine;

/** cbow similarity A B, or pairs from standard input (declared in code: see {@link CommandSpecs}). */
final class SimilarityCommand implements Callable<Integer> {
    private final CommandSpec spec = CommandSpecs.command(this, "similarity",
            new String[] {
                "Print the cosine similarity of two words (gensim's similarity), 4 decimals.",
                "'-' alone reads one pair a line from standard input ('A B', white space between) and prints "
                    + "'A<TAB>B<TAB>similarity' for each, at once; a pair with an unknown word is reported on standard error "
                    + "and the others go on (exit 1 at the end)."},
            "", "Examples:", "  cbow similarity king queen",
            "  cut -f1,2 wordsim353.tsv | cbow similarity -");

    SimilarityCommand() {
        spec.addPositional(PositionalParamSpec.builder().required(true).arity("1..2").paramLabel("WORD").type(List.class)
                .auxiliaryTypes(String.class).description("Two words, or '-' to read pairs from standard input.").build());
        EmbeddingsInput.declareOn(spec);
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() throws IOException {
        List<String> words = CommandSpecs.positional(spec, 0);
        EmbeddingsInput input = EmbeddingsInput.of(spec);
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
