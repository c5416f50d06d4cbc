package cbow.cli;

import cbow.embed.Embeddings;
import cbow.embed.EmbeddingsCache;
import cbow.embed.EmbeddingsFormat;
import cbow.embed.EmbeddingsFormatException;
import cbow.embed.EmbeddingsLoader;
import cbow.embed.NearestNeighbours;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The options that name an embeddings file to read, shared by every command that reads one. Declared
 * in code (see {@link CommandSpecs}): {@link #declareOn} adds them to a command, {@link #of} reads them
 * after the parse; an annotated command gets them with
 * {@code @Command(modelTransformer = EmbeddingsInput.Declaration.class)}.
 */
final class EmbeddingsInput {
    /** The command these options belong to: its name starts messages, its usage errors are reported against it. */
    private final CommandSpec spec;
    final String file;
    final String format;

    private EmbeddingsInput(CommandSpec spec) {
        this.spec = spec;
        this.file = CommandSpecs.option(spec, "--embeddings");
        this.format = CommandSpecs.option(spec, "--input-format");
    }

    /** The options as parsed for the command {@code spec}, which {@link #declareOn} gave them. */
    static EmbeddingsInput of(CommandSpec spec) {
        return new EmbeddingsInput(spec);
    }

    /** Adds {@code -e/--embeddings} and {@code --input-format} to the command {@code spec}. */
    static void declareOn(CommandSpec spec) {
        spec.addOption(OptionSpec.builder("-e", "--embeddings").paramLabel("FILE").type(String.class)
                .defaultValue("embeddings.json")
                .description("The embeddings: cbow JSON, word2vec text (also fastText .vec) or binary, GloVe text, the Embedding Projector's pair (its directory, or its vectors.tsv with metadata.tsv beside it), or a subword model (cbow train --subwords), which also builds vectors for unseen words; '-' reads standard input. Default: ${DEFAULT-VALUE}.")
                .build());
        // FORMAT, not the list of names as other options show their choices: the list no longer fits the
        // synopsis's 80 columns; completion offers the names all the same
        spec.addOption(OptionSpec.builder("--input-format").paramLabel("FORMAT").type(String.class)
                .completionCandidates(new Formats())
                .description("The format of the embeddings: " + EmbeddingsFormat.NAMES + ". Default: recognised from the file's first bytes.")
                .build());
    }

    /** Gives an annotated command these options (picocli applies it once the annotations are read). */
    static final class Declaration implements CommandLine.IModelTransformer {
        @Override
        public CommandSpec transform(CommandSpec spec) {
            declareOn(spec);
            return spec;
        }
    }

    /** The formats' names, for completion. */
    static final class Formats implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(EmbeddingsFormat.values()).map(EmbeddingsFormat::userName).iterator();
        }
    }

    /** Reads the whole file (settings and history too); what can go wrong becomes one line naming the file. */
    Embeddings load() {
        return load(false);
    }

    /**
     * Reads the words, counts and vectors, through the cache of parsed files (see EmbeddingsCache):
     * what the query commands need, fast.
     */
    Embeddings loadVectors() {
        return load(true);
    }

    private Embeddings load(boolean cached) {
        if (cached && format == null) {
            Embeddings readAhead = EmbeddingsPrefetch.take(file);
            if (readAhead != null) {
                return readAhead;
            }
        }
        EmbeddingsFormat named = null;
        if (format != null) {
            try {
                named = EmbeddingsFormat.named(format.toLowerCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--input-format: " + e.getMessage());
            }
        }
        EmbeddingsCache cache;
        try {
            cache = cached && !file.equals("-") ? EmbeddingsCache.fromEnvironment() : null;
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(e.getMessage());
        }
        // a directory is the Embedding Projector's pair (the loader says so if it is not)
        boolean directory = !file.equals("-") && Files.isDirectory(Path.of(file));
        try (InputStream in = directory ? InputStream.nullInputStream() : CliFiles.openInput(file)) {
            // a named file goes by its path: a subword model is then memory-mapped, not read whole
            return file.equals("-") ? EmbeddingsLoader.load(in, named) : EmbeddingsLoader.load(Path.of(file), named, cache);
        } catch (EmbeddingsFormatException e) {
            throw new CommandFailure(name() + ": " + e.getMessage());
        } catch (IOException e) {
            throw new CommandFailure(name() + ": cannot be read (" + CliFiles.describe(e) + ")");
        }
    }

    /** The id of {@code word} as given if the file holds it, else of its lowercase form, else -1. */
    static int find(Embeddings embeddings, String word) {
        int id = embeddings.id(word);
        return id >= 0 ? id : embeddings.id(word.toLowerCase(Locale.ROOT));
    }

    String name() {
        return file.equals("-") ? "standard input" : file;
    }

    /** A query word as found: its id in the file, or (id -1) a vector built from its character n-grams. */
    record QueryWord(String word, int id, float[] built) {
        boolean isBuilt() {
            return id < 0;
        }
    }

    /**
     * A query word: found in the file as given or lowercased (as {@link #idOf}), else, when the file
     * is a subword model, its vector built from its n-grams (said so on standard error). A word with
     * neither fails with one line.
     */
    QueryWord resolve(Embeddings embeddings, String word) {
        return resolve(embeddings, word, true);
    }

    /** {@link #resolve(Embeddings, String)}, saying on standard error that a vector was built only if {@code note}. */
    QueryWord resolve(Embeddings embeddings, String word, boolean note) {
        int id = embeddings.id(word);
        if (id < 0) {
            id = embeddings.id(word.toLowerCase(Locale.ROOT));
        }
        if (id >= 0) {
            requireDirection(embeddings.vector(id), embeddings.word(id));
            return new QueryWord(word, id, null);
        }
        float[] built = embeddings.ngrams() == null ? null : embeddings.ngrams().vectorOf(word.toLowerCase(Locale.ROOT));
        if (built == null) {
            throw new CommandFailure(unknown(embeddings, word));
        }
        requireDirection(built, word);
        if (note) {
            System.err.println(spec.qualifiedName() + ": '" + word + "' is not in the vocabulary: its vector is built from its character n-grams");
        }
        return new QueryWord(word, -1, built);
    }

    /** A zero vector has a cosine of 0 with everything, which would list arbitrary words as its neighbours. */
    private void requireDirection(float[] vector, String word) {
        for (float x : vector) {
            if (x != 0f) {
                return;
            }
        }
        throw new CommandFailure("the vector of '" + word + "' in " + name() + " is all zeros: it has no direction to compare with");
    }

    private String unknown(Embeddings embeddings, String word) {
        String message = "'" + word + "' is not in the vocabulary of " + name() + " (" + embeddings.size() + " words)";
        if (embeddings.ngrams() != null) {
            return message + " and has no character n-grams of " + embeddings.ngrams().ngrams() + " characters";
        }
        return message;
    }

    /**
     * The id of a query word, as {@link #idOf}, whose vector has a direction: a zero vector has a
     * cosine of 0 with everything, which would list arbitrary words as its neighbours.
     */
    int idWithDirection(NearestNeighbours space, String word) {
        int id = idOf(space.embeddings(), word);
        if (space.isZero(id)) {
            throw new CommandFailure("the vector of '" + space.embeddings().word(id) + "' in " + name()
                    + " is all zeros: it has no direction to compare with");
        }
        return id;
    }

    /**
     * The id of a query word: the word as given if the file holds it, else its lowercase form (cbow's
     * own files hold lowercase words only; files from other tools may keep case).
     */
    int idOf(Embeddings embeddings, String word) {
        int id = find(embeddings, word);
        if (id < 0) {
            throw new CommandFailure(unknown(embeddings, word));
        }
        return id;
    }

    /** The ids of the words in {@code text}, separated by white space; an unknown word fails as in {@link #idOf}. */
    int[] idsOf(Embeddings embeddings, String text) {
        String[] words = text.strip().split("\\s+");
        if (words.length == 1 && words[0].isEmpty()) {
            throw new CommandFailure("an empty set of words");
        }
        int[] ids = new int[words.length];
        for (int i = 0; i < words.length; i++) {
            ids[i] = idOf(embeddings, words[i]);
        }
        return ids;
    }
}
