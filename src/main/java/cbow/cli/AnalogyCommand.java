package cbow.cli;

import cbow.embed.Analogy;
import cbow.embed.Embeddings;
import cbow.embed.NearestNeighbours;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine;

/** cbow analogy A B C, or questions from standard input (declared in code: see {@link CommandSpecs}). */
final class AnalogyCommand implements Callable<Integer> {
    private final CommandSpec spec = CommandSpecs.command(this, "analogy",
            new String[] {
                "Answer 'A is to B as C is to ?': the words x that best fit, best first (word, tab, score).",
                "3cosadd (default) ranks by cos(x, B - A + C) on unit vectors; 3cosmul by "
                    + "cos'(x, B) cos'(x, C) / (cos'(x, A) + 1e-6) with cos' = (1 + cos) / 2 (Levy and Goldberg 2014, "
                    + "as gensim's most_similar and most_similar_cosmul). A, B and C are never answers."},
            "", "Examples:", "  cbow analogy man king woman",
            "  cbow analogy --method 3cosmul -k 3 france paris italy",
            "  printf 'man king woman\\nfrance paris italy\\n' | cbow analogy -k 1 -",
            "      (one process, an answer per line)");
    // the parsed options, set when the command is called
    private EmbeddingsInput input;
    private NeighbourOptions shown;

    AnalogyCommand() {
        spec.addPositional(PositionalParamSpec.builder().required(true).arity("1..3").paramLabel("A B C")
                .type(List.class).auxiliaryTypes(String.class)
                .description("The three words of the question, or '-' alone: read one question 'A B C' a line from standard input.")
                .build());
        EmbeddingsInput.declareOn(spec);
        spec.addOption(OptionSpec.builder("--method").paramLabel("3cosadd|3cosmul").type(String.class).defaultValue("3cosadd")
                .description("How answers are ranked (above). Default: ${DEFAULT-VALUE}.").build());
        NeighbourOptions.declareOn(spec, "answers", "");
    }

    CommandSpec spec() {
        return spec;
    }

    private static float[] unit(NearestNeighbours space, EmbeddingsInput.QueryWord word) {
        float[] v = word.isBuilt() ? word.built() : space.embeddings().vector(word.id());
        return space.combineVectors(List.of(v), new double[] {1});
    }

    @Override
    public Integer call() throws IOException {
        List<String> words = CommandSpecs.positional(spec, 0);
        input = EmbeddingsInput.of(spec);
        shown = NeighbourOptions.of(spec);
        String method = CommandSpecs.option(spec, "--method");
        Analogy analogy;
        NeighbourOutput output;
        try {
            analogy = Analogy.named(method.toLowerCase(Locale.ROOT));
            output = new NeighbourOutput(shown.format(), false, System.out);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        boolean fromStdin = words.size() == 1 && words.get(0).equals("-");
        if (!fromStdin && words.size() != 3) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give three words A B C, or '-' to read questions from standard input");
        }
        if (fromStdin && input.file.equals("-")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "questions and embeddings cannot both come from standard input");
        }
        if (fromStdin) {
            output = new NeighbourOutput(shown.format(), true, System.out);
        }
        NearestNeighbours space = new NearestNeighbours(input.loadVectors());
        if (!fromStdin) {
            output.answer(question(words), answer(space, analogy, words));
            CliFiles.flushStandardOutput();
            return Main.EXIT_OK;
        }
        NeighbourOutput answers = output;
        return QueryLines.answerEach(spec.qualifiedName(), (lineNo, line) -> {
            List<String> question = List.of(line.split("\\s+"));
            if (question.size() != 3) {
                throw new CommandFailure("standard input: line " + lineNo + ": expected three words A B C, found " + question.size());
            }
            answers.answer(question(question), answer(space, analogy, question));
        }, answers::failure);
    }

    private List<NearestNeighbours.Neighbour> answer(NearestNeighbours space, Analogy analogy, List<String> abc) {
        Embeddings embeddings = space.embeddings();
        EmbeddingsInput.QueryWord qa = input.resolve(embeddings, abc.get(0));
        EmbeddingsInput.QueryWord qb = input.resolve(embeddings, abc.get(1));
        EmbeddingsInput.QueryWord qc = input.resolve(embeddings, abc.get(2));
        if (!qa.isBuilt() && !qb.isBuilt() && !qc.isBuilt()) {
            return analogy.solve(space, qa.id(), qb.id(), qc.id(), shown.k(), shown.limit());
        }
        // a word built from its n-grams has no row: solve on the three vectors
        return analogy.solve(space, unit(space, qa), unit(space, qb), unit(space, qc),
                id -> id == qa.id() || id == qb.id() || id == qc.id(), shown.k(), shown.limit());
    }

    private static String question(List<String> abc) {
        return abc.get(0) + " : " + abc.get(1) + " :: " + abc.get(2) + " : ?";
    }
}
