package cbow.cli;

import cbow.train.CorpusPlan;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** How {@code cbow train} reads its corpus: temporary files, the word count's bound, vocabulary files (a mixin). */
final class CorpusOptions {
    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--temp-dir", paramLabel = "DIR",
            description = "Where temporary files go: the corpus encoded as word ids (4 bytes a word, read again each"
                    + " epoch) and standard input's copy; all are removed at the end. Default: $TMPDIR, else /tmp.")
    Path tempDir;

    @Option(names = "--count-limit", paramLabel = "WORDS",
            description = "The most distinct words held while counting; past it the rarest are pruned, as word2vec"
                    + " does (README, \"Corpora larger than memory\"). Default: 10 x --max-vocab (at least 262,144),"
                    + " else " + CorpusPlan.DEFAULT_COUNT_LIMIT + ".")
    Integer countLimit;

    @Option(names = "--save-vocab", paramLabel = "FILE",
            description = "Save the vocabulary ('word count' lines, word2vec's format) to reuse with --read-vocab.")
    Path saveVocab;

    @Option(names = "--read-vocab", paramLabel = "FILE",
            description = "Take the words and counts from FILE ('word count' lines) instead of counting the corpus.")
    Path readVocab;

    Path tempDir() {
        Path dir = tempDir;
        if (dir == null) {
            String env = System.getenv("TMPDIR");
            dir = Path.of(env != null && !env.isBlank() ? env : System.getProperty("java.io.tmpdir"));
        }
        if (!Files.isDirectory(dir) || !Files.isWritable(dir)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    (tempDir != null ? "--temp-dir " : "the temporary directory ") + dir + " is not a writable directory");
        }
        return dir;
    }

    CorpusPlan plan() {
        int limit = countLimit != null ? countLimit : 0; // 0: chosen from --max-vocab
        if (countLimit != null && limit < 2) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--count-limit must be at least 2, got " + limit);
        }
        if (readVocab != null && !Files.isReadable(readVocab)) {
            throw new CommandFailure(readVocab + ": " + (Files.exists(readVocab) ? "permission denied" : "no such file"));
        }
        return new CorpusPlan(tempDir(), limit, readVocab, saveVocab);
    }
}
