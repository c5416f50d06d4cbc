package cbow.cli;

import cbow.embed.Embeddings;
import cbow.embed.EmbeddingsCache;
import cbow.embed.EmbeddingsLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.FutureTask;

/**
 * Reads a query's embeddings on a second thread while the first builds the command line: in a short
 * query both take tens of milliseconds (mostly loading classes), and a query is judged by its whole
 * process time.
 *
 * <p>The file is guessed from the arguments before picocli parses them; the parse decides. A guess
 * that differs from the parsed path, or names other options ({@code --input-format}), or fails to
 * read, is dropped and the command reads its file as it would without this class, reporting what
 * went wrong in its own words. So a wrong guess costs a wasted read, never a wrong answer.
 */
final class EmbeddingsPrefetch {
    /** The commands that read their vectors through {@link EmbeddingsInput#loadVectors()} and exit soon after. */
    static final Set<String> QUERY_COMMANDS = Set.of("similar", "analogy", "similarity", "n-similarity",
            "doesnt-match", "rank", "closer-than");

    private static volatile EmbeddingsPrefetch current;

    private final String file;
    private final FutureTask<Embeddings> read;

    private EmbeddingsPrefetch(String file) {
        this.file = file;
        this.read = new FutureTask<>(() -> EmbeddingsLoader.load(Path.of(file), null, EmbeddingsCache.fromEnvironment()));
    }

    /** Starts reading the file that {@code args} (a whole cbow command line) name, if it is a query's and a regular file. */
    static void start(String[] args) {
        if (args.length < 2 || !QUERY_COMMANDS.contains(args[0])) {
            return;
        }
        String file = guessFile(args);
        if (file == null || !Files.isRegularFile(Path.of(file))) {
            return;
        }
        EmbeddingsPrefetch prefetch = new EmbeddingsPrefetch(file);
        Thread thread = new Thread(prefetch.read, "cbow-prefetch");
        thread.setDaemon(true); // never holds the process open
        current = prefetch;
        thread.start();
    }

    /**
     * The embeddings file that a query's arguments name ({@code -e F}, {@code -eF}, {@code --embeddings F},
     * {@code --embeddings=F}; the last wins, as in the parse; the default otherwise), or null when the
     * guess would be unsafe: standard input, or a format named.
     */
    static String guessFile(String[] args) {
        String file = "embeddings.json";
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--")) {
                break; // the rest are queries
            } else if (arg.equals("-e") || arg.equals("--embeddings")) {
                if (i + 1 >= args.length) {
                    return null;
                }
                file = args[++i];
            } else if (arg.startsWith("--embeddings=")) {
                file = arg.substring("--embeddings=".length());
            } else if (arg.startsWith("-e") && arg.length() > 2) {
                file = arg.substring(2);
            } else if (arg.startsWith("--input-format")) {
                return null;
            }
        }
        return file.equals("-") ? null : file;
    }

    /**
     * The embeddings read ahead for {@code file}, waiting for the read to finish; null when none were
     * started for that path, or the read failed (the caller then reads it again and reports why).
     * Each read is handed out once.
     */
    static Embeddings take(String file) {
        EmbeddingsPrefetch prefetch = current;
        if (prefetch == null || !prefetch.file.equals(file)) {
            return null;
        }
        current = null;
        try {
            return prefetch.read.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (Exception | OutOfMemoryError e) {
            return null;
        }
    }
}
