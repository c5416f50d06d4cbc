package cbow.cli;

import cbow.embed.Embeddings;
import cbow.embed.NearestNeighbours;
import cbow.eval.AnalogyQuestions;
import cbow.eval.WordPairs;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "evaluate",
        modelTransformer = EmbeddingsInput.Declaration.class,
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {
            "Score embeddings on word-similarity pairs and analogy questions.",
            "Pairs: Spearman and Pearson correlation of cosine similarity with the human scores.",
            "Analogies: 3CosAdd accuracy among the --restrict most frequent words, per section and in total.",
            "Gensim's conventions throughout: words match in any case, "
                + "pairs and questions with an unknown word are skipped and counted; with a subword model "
                + "(cbow train --subwords) unknown words get vectors from their character n-grams instead."},
        footer = {"", "Examples:",
            "  cbow evaluate --pairs ../shared/data/wordsim353.tsv",
            "  cbow evaluate -e vectors.txt --pairs wordsim353.tsv \\",
            "      --analogies questions-words.txt --restrict 30000",
            "  cbow evaluate --analogies questions-words.txt --format jsonl \\",
            "      | jq -c 'select(.correct == false)'"})
final class EvaluateCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The {@link EmbeddingsInput} options (added by the model transformer above), as parsed: set when called. */
    private EmbeddingsInput input;

    @Option(names = "--pairs", paramLabel = "FILE", description = "Word pairs with scores: word1 TAB word2 TAB score; '#' starts a comment line (WordSim-353's format).")
    String pairsFile;

    @Option(names = "--analogies", paramLabel = "FILE", description = "Analogy questions: ': section' lines, then 'a b c d' lines (word2vec's questions-words.txt format).")
    String analogiesFile;

    @Option(names = "--restrict", paramLabel = "N", defaultValue = "30000",
            description = "Analogies: answer among, and keep only questions within, the N most frequent words. Default: ${DEFAULT-VALUE}.")
    int restrict;

    @Option(names = "--format", paramLabel = "text|json|jsonl", defaultValue = "text",
            description = "text; json (all the figures as one JSON object, for scripts); or jsonl (one line per word pair "
                    + "with the model's cosine and the human score, or why it was skipped; one per analogy question with the "
                    + "answer given; then the figures as {\"summary\": ...}). Default: ${DEFAULT-VALUE}.")
    String format;

    @Override
    public Integer call() throws IOException {
        input = EmbeddingsInput.of(spec);
        if (pairsFile == null && analogiesFile == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --pairs FILE, --analogies FILE or both");
        }
        if (restrict < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--restrict must be at least 1, got " + restrict);
        }
        // read the test sets first: a wrong path fails before the embeddings are loaded
        WordPairs pairs = pairsFile == null ? null : readPairs();
        AnalogyQuestions analogies = analogiesFile == null ? null : readAnalogies();
        EvaluationReport report;
        try {
            report = new EvaluationReport(format, System.out);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        Embeddings embeddings = input.loadVectors();
        NearestNeighbours space = new NearestNeighbours(embeddings);
        // a subword model builds vectors for words outside the vocabulary (or beyond --restrict)
        Function<String, float[]> unseen = embeddings.ngrams() == null ? null
                : word -> embeddings.vectorOf(word.toLowerCase(Locale.ROOT));
        if (unseen != null) {
            report.buildsVectors();
        }
        if (pairs != null) {
            WordPairs.Result r;
            try {
                r = pairs.evaluate(space, unseen, report::pair);
            } catch (IllegalArgumentException e) {
                throw new CommandFailure(pairsFile + ": " + e.getMessage());
            }
            report.pairs(pairsFile, r);
            warnInvalid(pairsFile, r.invalidLines());
        }
        if (analogies != null) {
            AnalogyQuestions.Result r = analogies.evaluate(space, restrict, unseen, report::answer);
            report.analogies(analogiesFile, restrict, r);
            warnInvalid(analogiesFile, r.invalidLines());
        }
        report.finish();
        CliFiles.flushStandardOutput();
        return Main.EXIT_OK;
    }

    private void warnInvalid(String file, int lines) {
        if (lines > 0) {
            System.err.printf("%s: %s: %d line(s) not in the expected format were skipped%n", spec.qualifiedName(), file, lines);
        }
    }

    private WordPairs readPairs() {
        try (BufferedReader in = open(pairsFile)) {
            return WordPairs.read(in);
        } catch (IOException e) {
            throw new CommandFailure(pairsFile + ": cannot be read (" + CliFiles.describe(e) + ")");
        }
    }

    private AnalogyQuestions readAnalogies() {
        try (BufferedReader in = open(analogiesFile)) {
            return AnalogyQuestions.read(in);
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(analogiesFile + ": " + e.getMessage());
        } catch (IOException e) {
            throw new CommandFailure(analogiesFile + ": cannot be read (" + CliFiles.describe(e) + ")");
        }
    }

    private static BufferedReader open(String name) {
        return new BufferedReader(new InputStreamReader(CliFiles.openInput(name), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
    }
}
