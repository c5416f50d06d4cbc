package cbow.api;

import cbow.embed.Embeddings;
import cbow.model.SgdNetwork;
import cbow.model.WordVectors;
import cbow.optim.Optimizer;
import cbow.train.Decay;
import cbow.train.LossKind;
import cbow.train.TrainingJob;
import cbow.train.TrainingListener;
import cbow.train.TrainingSettings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
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
    private final LossKind loss;
    private int dim = 100;
    private Integer window;
    private boolean fixedWindow;
    private long minCount = 5;
    private int maxVocab;
    private int batchSize = 128;
    private Double alpha;
    private int negative = 5;
    private Double sample;
    private String hidden;
    private String optimizer;
    private String decay;
    private String vectors;
    private Integer epochs;
    private long seed = 1;
    private int threads;
    private TrainingProgress progress = (epoch, epochs, fraction, loss, pace) -> { };
    private Cancellation cancellation = new Cancellation();

    private Training(LossKind loss) {
        this.loss = loss;
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
        this.dim = dim;
        return this;
    }

    /**
     * Sets {@code window}.
     *
     * @param window the largest half-window C ({@code --window}, default 5)
     * @return this
     */
    public Training window(int window) {
        this.window = window;
        return this;
    }

    /**
     * Sets {@code fixed}.
     *
     * @param fixed every example takes all C words on either side ({@code --fixed-window})
     * @return this
     */
    public Training fixedWindow(boolean fixed) {
        this.fixedWindow = fixed;
        return this;
    }

    /**
     * Sets {@code minCount}.
     *
     * @param minCount drop words seen fewer times ({@code --min-count}, default 5)
     * @return this
     */
    public Training minCount(long minCount) {
        this.minCount = minCount;
        return this;
    }

    /**
     * Sets {@code maxVocab}.
     *
     * @param maxVocab keep at most this many words, 0 for all ({@code --max-vocab})
     * @return this
     */
    public Training maxVocab(int maxVocab) {
        this.maxVocab = maxVocab;
        return this;
    }

    /**
     * Sets {@code batchSize}.
     *
     * @param batchSize examples per step of the softmax model ({@code --batch-size}, default 128)
     * @return this
     */
    public Training batchSize(int batchSize) {
        this.batchSize = batchSize;
        return this;
    }

    /**
     * Sets {@code alpha}.
     *
     * @param alpha the learning rate ({@code --alpha}; default 0.002 for softmax, 0.075 for ns and hs)
     * @return this
     */
    public Training alpha(double alpha) {
        this.alpha = alpha;
        return this;
    }

    /**
     * Sets {@code negative}.
     *
     * @param negative negative samples per example ({@code --negative}, default 5)
     * @return this
     */
    public Training negative(int negative) {
        this.negative = negative;
        return this;
    }

    /**
     * Sets {@code sample}.
     *
     * @param sample the subsampling threshold, 0 keeps all ({@code --sample}; default 3e-3 softmax, 1e-3 ns and hs)
     * @return this
     */
    public Training sample(double sample) {
        this.sample = sample;
        return this;
    }

    /**
     * Sets {@code hidden}.
     *
     * @param hidden "linear" or "relu", for ns and hs ({@code --hidden}, default linear)
     * @return this
     */
    public Training hidden(String hidden) {
        this.hidden = hidden;
        return this;
    }

    /**
     * Sets {@code optimizer}.
     *
     * @param optimizer "sgd", "adagrad" or "adam", for softmax ({@code --optimizer}, default adam)
     * @return this
     */
    public Training optimizer(String optimizer) {
        this.optimizer = optimizer;
        return this;
    }

    /**
     * Sets {@code decay}.
     *
     * @param decay "linear" or "none", for softmax ({@code --decay}, default linear)
     * @return this
     */
    public Training decay(String decay) {
        this.decay = decay;
        return this;
    }

    /**
     * Sets {@code vectors}.
     *
     * @param vectors "input", "output" or "average" ({@code --vectors}; default average for softmax, input for ns and hs)
     * @return this
     */
    public Training vectors(String vectors) {
        this.vectors = vectors;
        return this;
    }

    /**
     * Sets {@code epochs}.
     *
     * @param epochs passes over the corpus ({@code --epochs}; default 10 softmax, 5 ns and hs)
     * @return this
     */
    public Training epochs(int epochs) {
        this.epochs = epochs;
        return this;
    }

    /**
     * Sets {@code seed}.
     *
     * @param seed seeds the initial weights and the shuffling ({@code --seed}, default 1)
     * @return this
     */
    public Training seed(long seed) {
        this.seed = seed;
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
        this.threads = threads;
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
     * Trains on a UTF-8 text file, read twice at most and streamed (never held whole).
     *
     * @param corpus the file
     * @return the vectors, with the words' counts
     * @throws IOException when the file cannot be read or is not valid UTF-8
     * @throws IllegalArgumentException when a setting is out of range or the corpus has nothing to learn from
     * @throws TrainingCancelledException when cancelled
     */
    public WordEmbeddings train(Path corpus) throws IOException {
        try (InputStream in = new CancellableInput(Files.newInputStream(corpus), cancellation)) {
            return train(in);
        }
    }

    /**
     * Trains on lines of text, each a sentence. The stream is consumed once, on the calling thread.
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
        try (InputStream in = new LinesInput(lines, cancellation)) {
            return train(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // lines in memory: no I/O can fail
        }
    }

    private WordEmbeddings train(InputStream text) throws IOException {
        TrainingSettings settings = settings();
        cancellation.check();
        Embeddings trained;
        try {
            trained = new TrainingJob(settings, listener(settings), line -> { }).run(text);
        } catch (cbow.train.UnusableCorpusException | cbow.train.ModelTooLargeException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        } catch (cbow.text.MalformedTextException e) {
            throw new IOException(e.getMessage(), e);
        }
        return new WordEmbeddings(trained);
    }

    /** The settings {@code cbow train} would use with these options (its defaults where none is set). */
    TrainingSettings settings() {
        boolean exact = loss == LossKind.SOFTMAX;
        if (exact && hidden != null) {
            throw new IllegalArgumentException("hidden goes with negative sampling or the hierarchical softmax");
        }
        if (!exact && (decay != null || optimizer != null)) {
            throw new IllegalArgumentException("decay and optimizer go with the softmax model");
        }
        return new TrainingSettings(dim, window != null ? window : 5, minCount, maxVocab, batchSize,
                alpha != null ? alpha : exact ? 0.002 : 0.075, epochs != null ? epochs : exact ? 10 : 5, seed, loss, negative,
                sample != null ? sample : exact ? 3e-3 : 1e-3,
                hidden != null ? named(SgdNetwork.Hidden.class, hidden) : exact ? SgdNetwork.Hidden.RELU : SgdNetwork.Hidden.LINEAR,
                threads > 0 ? threads : Runtime.getRuntime().availableProcessors(),
                vectors != null ? named(WordVectors.class, vectors) : exact ? WordVectors.AVERAGE : WordVectors.INPUT,
                decay != null ? named(Decay.class, decay) : Decay.LINEAR,
                optimizer != null ? named(Optimizer.class, optimizer) : Optimizer.ADAM,
                fixedWindow);
    }

    private static <E extends Enum<E>> E named(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown value '" + name + "' for " + type.getSimpleName());
        }
    }

    /** Turns the trainer's reports into the caller's, and checks the cancellation at each. */
    private TrainingListener listener(TrainingSettings settings) {
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
        };
    }
}
