package cbow.api;

import cbow.embed.Embeddings;
import cbow.model.HogwildNetwork;
import cbow.model.WordVectors;
import cbow.optim.Optimizer;
import cbow.train.Decay;
import cbow.train.LossKind;
import cbow.train.TrainingJob;
import cbow.train.TrainingListener;
import cbow.train.ModelTooLargeException;
import cbow.train.TrainingSettings;
import cbow.train.UnusableCorpusException;
import cbow.text.Corpus;
import cbow.text.MalformedTextException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Trains word vectors with the settings of {@code cbow train}: the same options, the same defaults,
 * the same result for the same corpus, settings and seed (bit for bit for the exact softmax model on
 * any thread count, and for negative sampling and the hierarchical softmax with {@code threads(1)}).
 *
 * <p>Start from one of the three models, change what you need, then call a {@code train} method:
 * <pre>{@code
 * WordEmbeddings vectors = Training.negativeSampling().dim(100).epochs(5).seed(7)
 *         .progress((epoch, epochs, done, loss, pace) -> System.err.printf("%.0f%%%n", 100 * done))
 *         .train(Path.of("corpus.txt"));
 * }</pre>
 * A corpus is UTF-8 text; each line is a sentence (windows never cross lines); it is tokenized and
 * lowercased as {@code cbow train} does (README: "How text becomes training examples"). A builder
 * is not thread-safe; each {@code train} call runs on the calling thread (plus {@code threads}
 * training threads) and may be made again with other settings.
 */
public final class Training {
    // what the caller set (null: cbow train's default for the loss, from TrainingSettings)
    private final TrainingSettings.Builder settings;
    private TrainingProgress progress = (epoch, epochs, fraction, loss, pace) -> { };
    private Cancellation cancellation = new Cancellation();

    private Training(LossKind loss) {
        this.settings = TrainingSettings.builder().loss(loss);
    }

    /**
     * @return settings for the exact network (ReLU hidden layer, full softmax; {@code --loss softmax})
     */
    public static Training softmax() {
        return new Training(LossKind.SOFTMAX);
    }

    /**
     * @return settings for word2vec's negative sampling ({@code --loss ns})
     */
    public static Training negativeSampling() {
        return new Training(LossKind.NS);
    }

    /**
     * @return settings for word2vec's hierarchical softmax ({@code --loss hs})
     */
    public static Training hierarchicalSoftmax() {
        return new Training(LossKind.HS);
    }

    /**
     * Sets {@code dim}.
     *
     * @param dim the vector size ({@code --dim}, default 100)
     * @return this
     */
    public Training dim(int dim) {
        settings.dim(dim);
        return this;
    }

    /**
     * Sets {@code window}.
     *
     * @param window the largest half-window C ({@code --window}, default 5)
     * @return this
     */
    public Training window(int window) {
        settings.window(window);
        return this;
    }

    /**
     * Sets {@code fixed}.
     *
     * @param fixed every example takes all C words on either side ({@code --fixed-window})
     * @return this
     */
    public Training fixedWindow(boolean fixed) {
        settings.fixedWindow(fixed);
        return this;
    }

    /**
     * Sets {@code minCount}.
     *
     * @param minCount drop words seen fewer times ({@code --min-count}, default 5)
     * @return this
     */
    public Training minCount(long minCount) {
        settings.minCount(minCount);
        return this;
    }

    /**
     * Sets {@code maxVocab}.
     *
     * @param maxVocab keep at most this many words, 0 for all ({@code --max-vocab})
     * @return this
     */
    public Training maxVocab(int maxVocab) {
        settings.maxVocab(maxVocab);
        return this;
    }

    /**
     * Sets {@code batchSize}.
     *
     * @param batchSize examples per step of the softmax model ({@code --batch-size}, default 128)
     * @return this
     */
    public Training batchSize(int batchSize) {
        settings.batchSize(batchSize);
        return this;
    }

    /**
     * Sets {@code alpha}.
     *
     * @param alpha the learning rate ({@code --alpha}; default 0.002 for softmax, 0.075 for ns and hs,
     *              0.75/epochs beyond 10 epochs)
     * @return this
     */
    public Training alpha(double alpha) {
        settings.alpha(alpha);
        return this;
    }

    /**
     * Sets {@code negative}.
     *
     * @param negative negative samples per example ({@code --negative}, default 5)
     * @return this
     */
    public Training negative(int negative) {
        settings.negative(negative);
        return this;
    }

    /**
     * Sets {@code sample}.
     *
     * @param sample the subsampling threshold, 0 keeps all ({@code --sample}; default 3e-3 softmax, 1e-3 ns and hs)
     * @return this
     */
    public Training sample(double sample) {
        settings.sample(sample);
        return this;
    }

    /**
     * Sets {@code hidden}.
     *
     * @param hidden "linear" or "relu", for ns and hs ({@code --hidden}, default linear)
     * @return this
     */
    public Training hidden(String hidden) {
        settings.hidden(named(HogwildNetwork.Hidden.class, hidden));
        return this;
    }

    /**
     * Sets {@code optimizer}.
     *
     * @param optimizer "sgd", "adagrad" or "adam", for softmax ({@code --optimizer}, default adam)
     * @return this
     */
    public Training optimizer(String optimizer) {
        settings.optimizer(named(Optimizer.class, optimizer));
        return this;
    }

    /**
     * Sets {@code decay}.
     *
     * @param decay "linear" or "none", for softmax ({@code --decay}, default linear)
     * @return this
     */
    public Training decay(String decay) {
        settings.decay(named(Decay.class, decay));
        return this;
    }

    /**
     * Sets the exponent of the counts that negatives are drawn by (ns only).
     *
     * @param power 0 to 1 ({@code --neg-power}; word2vec's 0.75, fastText's 0.5)
     * @return this
     */
    public Training negPower(double power) {
        settings.negPower(power);
        return this;
    }

    /**
     * Sets whether a token {@code </s>} ends every line (ns and hs only).
     *
     * @param on true: the token ends every line, is trained as a word and written with the vectors
     *           ({@code --line-end-token}, the default for ns and hs); false: none ({@code --no-line-end-token})
     * @return this
     */
    public Training lineEndToken(boolean on) {
        settings.lineEndToken(on);
        return this;
    }

    /**
     * Sets {@code vectors}.
     *
     * @param vectors "input", "output" or "average" ({@code --vectors}; default average for softmax,
     *                input for hs, and for ns input, or average once alpha x epochs reaches 0.75)
     * @return this
     */
    public Training vectors(String vectors) {
        settings.vectors(named(WordVectors.class, vectors));
        return this;
    }

    /**
     * Sets {@code epochs}.
     *
     * @param epochs passes over the corpus ({@code --epochs}; default 10 softmax, 5 ns and hs)
     * @return this
     */
    public Training epochs(int epochs) {
        settings.epochs(epochs);
        return this;
    }

    /**
     * Sets {@code seed}.
     *
     * @param seed seeds the initial weights and the shuffling ({@code --seed}, default 1)
     * @return this
     */
    public Training seed(long seed) {
        settings.seed(seed);
        return this;
    }

    /**
     * Sets {@code threads}.
     *
     * @param threads training threads, 0 for all processors ({@code --threads}, default 0)
     * @return this
     */
    public Training threads(int threads) {
        if (threads < 0) {
            throw new IllegalArgumentException("threads must be 0 (all processors) or more, got " + threads);
        }
        settings.threads(threads);
        return this;
    }

    /**
     * Sets {@code progress}.
     *
     * @param progress hears about 50 reports an epoch
     * @return this
     */
    public Training progress(TrainingProgress progress) {
        this.progress = Objects.requireNonNull(progress, "progress");
        return this;
    }

    /**
     * Sets {@code cancellation}.
     *
     * @param cancellation a token whose {@link Cancellation#cancel()} stops the run
     * @return this
     */
    public Training cancellation(Cancellation cancellation) {
        this.cancellation = Objects.requireNonNull(cancellation, "cancellation");
        return this;
    }

    /**
     * Trains on UTF-8 text, streamed from disk (never held whole), as {@code cbow train FILE} reads it.
     *
     * @param corpus a file (gzip-compressed or not) or a directory (its files in name order)
     * @return the vectors, with the words' counts
     * @throws IOException when the file cannot be read or is not valid UTF-8
     * @throws IllegalArgumentException when a setting is out of range or the corpus has nothing to learn from
     * @throws TrainingCancelledException when cancelled
     */
    public WordEmbeddings train(Path corpus) throws IOException {
        try (Corpus text = Corpus.open(List.of(corpus.toString()), InputStream.nullInputStream(),
                Path.of(System.getProperty("java.io.tmpdir")))) {
            return train(text);
        }
    }

    /**
     * Trains on lines of text, each a sentence. The stream is consumed once, on the calling thread,
     * into a temporary file that training then streams.
     *
     * @param lines the corpus
     * @return the vectors, with the words' counts
     * @throws IllegalArgumentException when a setting is out of range or the corpus has nothing to learn from
     * @throws TrainingCancelledException when cancelled
     */
    public WordEmbeddings train(Stream<String> lines) {
        return train(lines.iterator());
    }

    /**
     * Trains on sentences, each a line of text, iterated once.
     *
     * @param sentences the corpus
     * @return the vectors, with the words' counts
     * @throws IllegalArgumentException when a setting is out of range or the corpus has nothing to learn from
     * @throws TrainingCancelledException when cancelled
     */
    public WordEmbeddings train(Iterable<String> sentences) {
        return train(sentences.iterator());
    }

    private WordEmbeddings train(Iterator<String> lines) {
        try (InputStream in = new LinesInput(lines, cancellation); Corpus text = Corpus.of(in)) {
            return train(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the text is in memory; only the temporary copy can fail
        }
    }

    private WordEmbeddings train(Corpus corpus) throws IOException {
        TrainingSettings chosen = settings();
        cancellation.check();
        Embeddings trained;
        try {
            trained = new TrainingJob(chosen, listener(), line -> { }).run(corpus, null, null);
        } catch (UnusableCorpusException | ModelTooLargeException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        } catch (MalformedTextException e) {
            throw new IOException(e.getMessage(), e);
        }
        return new WordEmbeddings(trained);
    }

    /** The settings {@code cbow train} takes for the same options: its defaults where none is set. */
    TrainingSettings settings() {
        return settings.build();
    }

    private static <E extends Enum<E>> E named(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown value '" + name + "' for " + type.getSimpleName());
        }
    }

    /** Turns the trainer's reports into the caller's, and checks the cancellation at each. */
    private TrainingListener listener() {
        return new TrainingListener() {
            @Override
            public void progress(int epoch, int epochs, int batch, int batches, double recentLoss, double wordsPerSecond) {
                cancellation.check();
                double fraction = (epoch - 1 + (double) batch / Math.max(1, batches)) / epochs;
                progress.report(epoch, epochs, Math.min(1, fraction), recentLoss, wordsPerSecond);
                cancellation.check();
            }

            @Override
            public void epochFinished(int epoch, int epochs, double meanLoss, double wordsPerSecond, double seconds) {
                progress.report(epoch, epochs, (double) epoch / epochs, meanLoss, wordsPerSecond);
                cancellation.check();
            }

            @Override
            public void busy() {
                cancellation.check();
            }
        };
    }
}
