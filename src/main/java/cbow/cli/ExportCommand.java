package cbow.cli;

import cbow.embed.Embeddings;
import cbow.embed.EmbeddingsFormat;
import cbow.embed.EmbeddingsJson;
import cbow.embed.Word2VecFormat;
import cbow.io.AtomicFile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {
            "Write embeddings in another format: word2vec text or binary, or cbow's JSON.",
            "word2vec text is read by gensim, the word2vec tools and anything that reads fastText's "
                + ".vec files. Words keep their order (most frequent first); word2vec's formats carry no counts "
                + "or settings."},
        footer = {"", "Examples:",
            "  cbow export --format word2vec -o vectors.txt",
            "  cbow export -e embeddings.json --format word2vec-binary -o vectors.bin",
            "  cbow export -e wiki.en.vec --format json -o wiki.json"})
final class ExportCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    EmbeddingsInput input;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "word2vec, word2vec-binary or json.")
    String format;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE", description = "Where to write ('-': standard output).")
    String output;

    @Option(names = "--add-words", paramLabel = "FILE",
            description = "Also write vectors for the words of FILE (separated by white space) that the vocabulary lacks, built from their character n-grams (needs a subword model, cbow train --subwords); they follow the vocabulary with count 0.")
    String addWords;

    @Override
    public Integer call() {
        EmbeddingsFormat target;
        try {
            target = EmbeddingsFormat.named(format.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--format: " + e.getMessage());
        }
        CliFiles.checkWritable(output);
        Embeddings embeddings = addWords == null ? input.load() : withAddedWords(input.load());
        AtomicFile.Content content = out -> write(embeddings, target, out);
        try {
            if (output.equals("-")) {
                content.writeTo(System.out);
                CliFiles.flushStandardOutput();
            } else {
                AtomicFile.write(Path.of(output), content);
            }
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(input.name() + ": " + e.getMessage() + "; nothing was written");
        } catch (IOException e) {
            throw new CommandFailure(output + ": cannot be written (" + CliFiles.describe(e) + "); nothing was written");
        }
        return Main.EXIT_OK;
    }

    /** The embeddings followed by the vectors built for the words of --add-words that they lack. */
    private Embeddings withAddedWords(Embeddings embeddings) {
        if (embeddings.ngrams() == null) {
            throw new CommandFailure(input.name() + ": has no character n-grams to build vectors from (--add-words needs a model of cbow train --subwords)");
        }
        java.util.Set<String> wanted = new java.util.LinkedHashSet<>();
        try (java.io.BufferedReader lines = new java.io.BufferedReader(new java.io.InputStreamReader(CliFiles.openInput(addWords),
                java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)))) {
            for (String line; (line = lines.readLine()) != null; ) {
                for (String word : line.strip().split("\\s+")) {
                    String lower = word.toLowerCase(Locale.ROOT);
                    if (!word.isEmpty() && embeddings.id(word) < 0 && embeddings.id(lower) < 0) {
                        wanted.add(lower);
                    }
                }
            }
        } catch (IOException e) {
            throw new CommandFailure(addWords + ": cannot be read (" + CliFiles.describe(e) + ")");
        }
        java.util.List<String> added = new java.util.ArrayList<>();
        float[] vectors = new float[wanted.size() * embeddings.dim()];
        int without = 0;
        for (String word : wanted) {
            float[] v = embeddings.ngrams().vectorOf(word);
            if (v == null) {
                without++;
                continue;
            }
            System.arraycopy(v, 0, vectors, added.size() * embeddings.dim(), v.length);
            added.add(word);
        }
        System.err.printf("%s: added %,d words outside the vocabulary, their vectors built from character n-grams%s%n",
                spec.qualifiedName(), added.size(), without == 0 ? ""
                        : String.format("; %,d words have no n-grams of %s characters and were left out", without, embeddings.ngrams().ngrams()));
        return embeddings.withExtraWords(added, java.util.Arrays.copyOf(vectors, added.size() * embeddings.dim()));
    }

    private static void write(Embeddings embeddings, EmbeddingsFormat format, OutputStream out) throws IOException {
        switch (format) {
            case JSON -> EmbeddingsJson.write(embeddings, out);
            case WORD2VEC -> Word2VecFormat.writeText(embeddings, out);
            case WORD2VEC_BINARY -> Word2VecFormat.writeBinary(embeddings, out);
        }
    }
}
