package cbow.cli;

import cbow.embed.Embeddings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "print-vectors",
        modelTransformer = EmbeddingsInput.Declaration.class,
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {
            "Print the vector of each word: the word, then its numbers, separated by spaces (fastText's print-word-vectors).",
            "Words come from the arguments, or else from standard input (separated by white space, "
                + "answered as they arrive). With a subword model (cbow train --subwords) a word outside the "
                + "vocabulary gets the mean of its character n-grams' vectors; a word with no vector at all is "
                + "reported on standard error and the others go on (exit 1 at the end)."},
        footer = {"", "Examples:",
            "  echo 'king kingly' | cbow print-vectors -e embeddings.model",
            "  cbow print-vectors -e embeddings.model colour color"})
final class PrintVectorsCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** The {@link EmbeddingsInput} options (added by the model transformer above), as parsed: set when called. */
    private EmbeddingsInput input;

    @Parameters(arity = "0..*", paramLabel = "WORD", description = "Words to print; none: read them from standard input.")
    List<String> words;

    @Override
    public Integer call() throws IOException {
        input = EmbeddingsInput.of(spec);
        boolean fromStdin = words == null || words.isEmpty();
        if (fromStdin && input.file.equals("-")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "words and embeddings cannot both come from standard input");
        }
        Embeddings embeddings = input.loadVectors();
        int failures = 0;
        if (!fromStdin) {
            for (String word : words) {
                failures += print(embeddings, word);
            }
        } else {
            BufferedReader lines = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
            String line;
            try {
                while ((line = lines.readLine()) != null) {
                    for (String word : line.strip().split("\\s+")) {
                        if (!word.isEmpty()) {
                            failures += print(embeddings, word);
                        }
                    }
                    if (!lines.ready()) {
                        CliFiles.flushStandardOutput(); // answer what has come before waiting for more
                    }
                }
            } catch (java.nio.charset.CharacterCodingException e) {
                throw new CommandFailure("standard input: invalid UTF-8");
            }
        }
        CliFiles.flushStandardOutput();
        return failures == 0 ? Main.EXIT_OK : Main.EXIT_FAILURE;
    }

    /** Prints one word's vector; returns 1 when it has none (reported on standard error), else 0. */
    private int print(Embeddings embeddings, String word) {
        float[] v;
        try {
            EmbeddingsInput.QueryWord found = input.resolve(embeddings, word, false);
            v = found.isBuilt() ? found.built() : embeddings.vector(found.id());
        } catch (CommandFailure e) {
            System.err.println(spec.qualifiedName() + ": " + e.getMessage());
            return 1;
        }
        StringBuilder out = new StringBuilder(word.length() + v.length * 12);
        out.append(word);
        for (float x : v) {
            out.append(' ').append(x); // Float.toString: reads back exactly
        }
        PrintStream stdout = System.out;
        stdout.println(out);
        return 0;
    }
}
