package cbow.train;

import cbow.data.Examples;
import cbow.embed.Embeddings;
import cbow.model.Parameters;
import cbow.text.TokenizedCorpus;
import cbow.vocab.Vocabulary;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * The whole of {@code cbow train} short of the command line: corpus text to embeddings.
 * Reads the corpus, chooses the vocabulary, finds the windows, trains, and averages the vectors.
 */
public final class TrainingJob {
    private final TrainingSettings settings;
    private final TrainingListener listener;
    private final Consumer<String> log;
    private final int threads;

    /** @param log receives one-line reports (vocabulary size, examples) for standard error */
    public TrainingJob(TrainingSettings settings, TrainingListener listener, Consumer<String> log) {
        this(settings, listener, log, Runtime.getRuntime().availableProcessors());
    }

    /** @param threads threads for the training steps; the result does not depend on it */
    public TrainingJob(TrainingSettings settings, TrainingListener listener, Consumer<String> log, int threads) {
        this.settings = settings;
        this.listener = listener;
        this.log = log;
        this.threads = threads;
    }

    public Embeddings run(InputStream corpusText) throws IOException {
        return run(corpusText, null, null);
    }

    /**
     * @param resume      a checkpoint of this run to continue from (its corpus must be this one), or null
     * @param checkpoints where and how often to save checkpoints, or null for none
     */
    public Embeddings run(InputStream corpusText, Checkpoint resume, CheckpointPlan checkpoints) throws IOException {
        TokenizedCorpus corpus = TokenizedCorpus.read(corpusText);
        long tokens = corpus.tokenCount();
        if (tokens == 0) {
            throw new UnusableCorpusException("the corpus holds no words");
        }
        if (corpus.skippedLongTokens() > 0) {
            log.accept(String.format("skipped %,d tokens longer than %d characters",
                    corpus.skippedLongTokens(), cbow.text.Tokenizer.MAX_TOKEN_CHARS));
        }
        Vocabulary vocabulary = Vocabulary.select(corpus.words(), corpus.counts(),
                settings.minCount(), settings.maxVocab());
        if (vocabulary.size() < 2 && corpus.words().size() < 2) {
            throw new UnusableCorpusException("the corpus holds a single distinct word; training needs 2");
        }
        if (vocabulary.size() < 2) {
            throw new UnusableCorpusException(String.format(
                    "%s of the %,d distinct words occur%s at least --min-count=%d times; training needs 2 (lower --min-count)",
                    vocabulary.size() == 0 ? "none" : "only one", corpus.words().size(),
                    vocabulary.size() == 0 ? "" : "s", settings.minCount()));
        }
        log.accept(String.format("read %,d tokens, %,d distinct; vocabulary %,d words (min-count %d%s)",
                tokens, corpus.words().size(), vocabulary.size(), settings.minCount(),
                settings.maxVocab() > 0 ? ", max-vocab " + settings.maxVocab() : ""));
        Examples examples = Examples.of(corpus, vocabulary, settings.window());
        if (examples.size() == 0) {
            throw new UnusableCorpusException(
                    "no line holds two vocabulary words, so there is no context window to learn from");
        }
        log.accept(String.format("%,d training windows (half-window %d), %,d batches of %d per epoch",
                examples.size(), settings.window(),
                (examples.size() + settings.batchSize() - 1) / settings.batchSize(), settings.batchSize()));
        ModelSize.requireFits(vocabulary.size(), settings.dim(),
                Math.min(settings.batchSize(), examples.size()), examples.maxContext());
        if (!cbow.dense.Kernels.vectorized()) {
            log.accept("note: " + cbow.dense.Kernels.description() + ", several times slower");
        }
        Parameters parameters;
        TrainingState state;
        if (resume != null) {
            resume.requireSameCorpus(vocabulary, examples);
            parameters = resume.parameters();
            state = resume.state();
            log.accept(String.format("resuming at epoch %d, batch %,d (step %,d)",
                    state.epoch(), state.batch(), state.step()));
        } else {
            parameters = Parameters.random(vocabulary.size(), settings.dim(), settings.seed());
            state = new TrainingState();
        }
        Trainer.AfterBatch saver = checkpoints == null ? Trainer.AfterBatch.NOTHING
                : checkpoints.saver(settings, vocabulary, examples);
        TrainingHistory history = new Trainer(settings, listener, threads).train(parameters, examples, state, saver);
        if (checkpoints != null) {
            checkpoints.save(settings, vocabulary, examples, state, parameters);
        }
        return averagedEmbeddings(vocabulary, parameters, history);
    }

    /** The embeddings the user gets: (W1^T + W2) / 2, word by word, checked finite. */
    private Embeddings averagedEmbeddings(Vocabulary vocabulary, Parameters parameters, TrainingHistory history) {
        int n = parameters.dim();
        float[] vectors = new float[vocabulary.size() * n];
        for (int i = 0; i < vocabulary.size(); i++) {
            float[] v = parameters.averagedVector(i);
            for (float x : v) {
                if (!Float.isFinite(x)) {
                    throw new TrainingDivergedException(settings.epochs(), -1, x, settings.alpha());
                }
            }
            System.arraycopy(v, 0, vectors, i * n, n);
        }
        return new Embeddings(vocabulary.words(), vocabulary.counts(), n, vectors, settings.asMap(), history);
    }
}
