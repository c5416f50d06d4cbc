package cbow.cli;

import cbow.io.AtomicFile;
import cbow.text.MalformedTextException;
import cbow.text.Phrases;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "phrases",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = {
            "Join frequent word pairs into single tokens (new york -> new_york), as word2vec's word2phrase and gensim's Phrases do, and write the text again.",
            "A pair a b is joined when (count(ab) - min_count) / count(a) / count(b) * total > threshold "
                + "(total: the tokens of the corpus). Each pass reads the text twice (counts, then rewriting); "
                + "a second pass joins phrases into longer ones (new_york city -> new_york_city). The text "
                + "written is cbow's tokens (lowercase, punctuation dropped), one line per input line with words, "
                + "so it can go straight to cbow train."},
        footer = {"", "Examples:",
            "  cbow phrases corpus.txt | cbow train - -o vectors.json --loss ns",
            "  cbow phrases --passes 2 --threshold 50 corpus.txt -o corpus.phrases.txt",
            "  zcat corpus.txt.gz | cbow phrases - > corpus.phrases.txt"})
final class PhrasesCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CORPUS", description = "UTF-8 text; '-' reads standard input (kept in a temporary file: it is read more than once).")
    String corpus;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "-",
            description = "Where to write the text ('-': standard output). Default: ${DEFAULT-VALUE}.")
    String output;

    @Option(names = "--min-count", paramLabel = "COUNT", defaultValue = "5", description = "Words and pairs seen fewer times are never joined; also subtracted from the pair's count. Default: ${DEFAULT-VALUE}.")
    long minCount;

    @Option(names = "--threshold", paramLabel = "SCORE", defaultValue = "100", description = "Join pairs scoring above this (higher: fewer phrases). Default: ${DEFAULT-VALUE} (word2phrase's).")
    double threshold;

    @Option(names = "--passes", paramLabel = "N", defaultValue = "1", description = "Passes over the text; each can join a phrase to a neighbouring word or phrase. Default: ${DEFAULT-VALUE}.")
    int passes;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing on standard error but errors.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        if (minCount < 1 || passes < 1 || !Double.isFinite(threshold)) {
            throw new CommandLine.ParameterException(spec.commandLine(), minCount < 1 ? "--min-count must be at least 1, got " + minCount
                    : passes < 1 ? "--passes must be at least 1, got " + passes : "--threshold must be a number, got " + threshold);
        }
        OutputPaths.of(spec.commandLine()).output("-o", output).check();
        List<Path> temporary = new ArrayList<>();
        try {
            Path source;
            if (corpus.equals("-")) {
                source = Files.createTempFile("cbow-phrases-", ".txt");
                temporary.add(source);
                Files.copy(System.in, source, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } else {
                CliFiles.openInput(corpus).close(); // one clear line for a missing or unreadable file
                source = Path.of(corpus);
            }
            for (int pass = 1; pass <= passes; pass++) {
                Phrases phrases;
                try (InputStream in = Files.newInputStream(source)) {
                    phrases = Phrases.count(in, minCount, threshold);
                }
                boolean last = pass == passes;
                Path next = null;
                long[] joined = {0};
                Path from = source;
                AtomicFile.Content rewrite = out -> {
                    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
                    try (InputStream in = Files.newInputStream(from)) {
                        joined[0] = phrases.rewrite(in, writer);
                    }
                    writer.flush();
                };
                if (!last) {
                    next = Files.createTempFile("cbow-phrases-", ".txt");
                    temporary.add(next);
                    try (OutputStream out = Files.newOutputStream(next)) {
                        rewrite.writeTo(out);
                    }
                } else if (output.equals("-")) {
                    rewrite.writeTo(System.out);
                    CliFiles.flushStandardOutput();
                } else {
                    AtomicFile.write(Path.of(output), rewrite);
                }
                if (!quiet) {
                    System.err.printf(Locale.ROOT, "pass %d: %,d tokens, %,d phrases joined (threshold %s, min-count %d)%n",
                            pass, phrases.total(), joined[0], threshold, minCount);
                }
                source = next;
            }
        } catch (MalformedTextException e) {
            throw new CommandFailure(corpusName() + ": " + e.getMessage()
                    + " (convert it to UTF-8, or drop bad bytes with: iconv -c -f UTF-8 -t UTF-8); nothing was written");
        } catch (IOException e) {
            throw new CommandFailure(corpusName() + ": " + CliFiles.describe(e) + "; nothing was written");
        } finally {
            for (Path p : temporary) {
                Files.deleteIfExists(p);
            }
        }
        return Main.EXIT_OK;
    }

    private String corpusName() {
        return corpus.equals("-") ? "standard input" : corpus;
    }
}
