package cbow.cli;

import cbow.embed.Embeddings;
import cbow.embed.NearestNeighbours;
import cbow.embed.WordExpression;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine;

/** cbow similar QUERY... (declared in code: see {@link CommandSpecs}). */
final class SimilarCommand implements Callable<Integer> {
    private final CommandSpec spec = CommandSpecs.command(this, "similar",
            new String[] {
                "Print the words nearest to each query by cosine similarity: word, tab, similarity.",
                "A query is a word or an expression such as 'king - man + woman' (the mean of the words' "
                    + "unit vectors, signed; the query words are never answers). '-' reads one query per line "
                    + "from standard input and answers each at once."},
            "", "Examples:", "  cbow similar king",
            "  cbow similar -e vectors.json -k 5 city town",
            "  cbow similar king - man + woman",
            "  cbow similar --restrict 10000 king   (among the 10,000 most frequent)",
            "  printf 'king\\nparis - france + italy\\n' | cbow similar --format jsonl -");
    // the parsed options, set when the command is called
    private EmbeddingsInput input;
    private NeighbourOptions shown;

    SimilarCommand() {
        spec.addPositional(PositionalParamSpec.builder().required(true).arity("1..*").paramLabel("QUERY")
                .type(List.class).auxiliaryTypes(String.class)
                .description("Words or expressions; a word not in the file is also tried lowercased, then (with a subword model) built from its character n-grams, which standard error notes. '-' alone: read queries from standard input.")
                .build());
        EmbeddingsInput.declareOn(spec);
        NeighbourOptions.declareOn(spec, "neighbours", "gensim's restrict_vocab; ");
    }

    CommandSpec spec() {
        return spec;
    }

    @Override
    public Integer call() throws IOException {
        List<String> queries = CommandSpecs.positional(spec, 0);
        input = EmbeddingsInput.of(spec);
        shown = NeighbourOptions.of(spec);
        boolean fromStdin = queries.size() == 1 && queries.get(0).equals("-");
        // "cbow similar king - man + woman": bare operators make the arguments one expression
        boolean oneExpression = queries.stream().anyMatch(q -> q.equals("+") || q.equals("-")) && !fromStdin;
        NeighbourOutput output;
        try {
            output = new NeighbourOutput(shown.format(), fromStdin || (queries.size() > 1 && !oneExpression), System.out);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (fromStdin && input.file.equals("-")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "queries and embeddings cannot both come from standard input");
        }
        NearestNeighbours space = new NearestNeighbours(input.loadVectors());
        if (!fromStdin) {
            List<String> all = oneExpression ? List.of(String.join(" ", queries)) : queries;
            for (String query : all) {
                output.answer(query, answer(space, query));
            }
            CliFiles.flushStandardOutput();
            return Main.EXIT_OK;
        }
        return QueryLines.answerEach(spec.qualifiedName(), (lineNo, query) -> output.answer(query, answer(space, query)),
                output::failure);
    }

    private List<NearestNeighbours.Neighbour> answer(NearestNeighbours space, String query) {
        WordExpression expression;
        try {
            expression = WordExpression.parse(query);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(e.getMessage());
        }
        Embeddings embeddings = space.embeddings();
        int n = expression.words().size();
        int[] ids = new int[n];
        double[] weights = new double[n];
        List<float[]> vectors = new ArrayList<>(n);
        boolean anyBuilt = false;
        for (int i = 0; i < n; i++) {
            EmbeddingsInput.QueryWord word = input.resolve(embeddings, expression.words().get(i));
            ids[i] = word.id();
            weights[i] = expression.signs().get(i);
            vectors.add(word.isBuilt() ? word.built() : null);
            anyBuilt |= word.isBuilt();
        }
        if (anyBuilt) {
            for (int i = 0; i < n; i++) {
                if (vectors.get(i) == null) {
                    vectors.set(i, embeddings.vector(ids[i]));
                }
            }
        }
        float[] direction = anyBuilt ? space.combineVectors(vectors, weights) : space.combine(ids, weights);
        if (NearestNeighbours.isZero(direction)) {
            throw new CommandFailure("'" + query + "' adds up to the zero vector: it has no direction to compare with");
        }
        return space.nearest(direction, shown.k(), shown.limit(), id -> contains(ids, id));
    }

    private static boolean contains(int[] ids, int id) {
        for (int i : ids) {
            if (i == id) {
                return true;
            }
        }
        return false;
    }
}
