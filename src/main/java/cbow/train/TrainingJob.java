package cbow.train;

import cbow.data.EncodedCorpus;
import cbow.embed.Embeddings;
import cbow.embed.NgramVectors;
import cbow.text.TokenizedCorpus;
import cbow.text.Tokenizer;
import cbow.vocab.Vocabulary;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * The whole of {@code cbow train} short of the command line: corpus text to embeddings. It holds
 * what both trainers share: reading the corpus, choosing the vocabulary, and the vectors written.
 * The training itself is the exact model's ({@link ExactTrainer}) or the lock-free losses'
 * ({@link HogwildTrainer}).
 */
public final class TrainingJob {
    private final TrainingSettings settings;
    private final TrainingListener listener;
    private final Consumer<String> log;
    private final SubwordSettings subwords; // null: none

    /** @param log receives one-line reports (vocabulary size, examples) for standard error */
    public TrainingJob(TrainingSettings settings, TrainingListener listener, Consumer<String> log) {
        this(settings, listener, log, null);
    }

    /** A job whose ns or hs words are also their character n-grams ({@code subwords}; null: none). */
    public TrainingJob(TrainingSettings settings, TrainingListener listener, Consumer<String> log,
                       SubwordSettings subwords) {
        if (subwords != null && settings.loss() == LossKind.SOFTMAX) {
            throw new IllegalArgumentException("--subwords goes with --loss ns or hs");
        }
        this.settings = settings;
        this.listener = listener;
        this.log = log;
        this.subwords = subwords;
    }

    public Embeddings run(InputStream corpusText) throws IOException {
        return run(corpusText, null, null);
    }

    /**
     * @param resume      a checkpoint of this run to continue from (its corpus must be this one), or null
     * @param checkpoints where and how often to save checkpoints, or null for none (checkpoints hold
     *                    the exact model only)
     */
    public Embeddings run(InputStream corpusText, Checkpoint resume, CheckpointPlan checkpoints) throws IOException {
        TokenizedCorpus corpus = TokenizedCorpus.read(corpusText);
        long tokens = corpus.tokenCount();
        if (tokens == 0) {
            throw new UnusableCorpusException("the corpus holds no words");
        }
        if (corpus.skippedLongTokens() > 0) {
            log.accept(String.format("skipped %,d tokens longer than %d characters",
                    corpus.skippedLongTokens(), Tokenizer.MAX_TOKEN_CHARS));
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
        EncodedCorpus encoded = EncodedCorpus.of(corpus, vocabulary);
        TrainedModel trained = settings.loss() == LossKind.SOFTMAX
                ? new ExactTrainer(settings, listener, log).train(encoded, vocabulary, resume, checkpoints)
                : new HogwildTrainer(settings, listener, log, subwords).train(encoded, vocabulary);
        return embeddings(vocabulary, trained);
    }

    /**
     * The vectors the user gets: by default the seed's (W1^T + W2) / 2 for the exact model, the
     * input vectors for ns and hs (--vectors chooses). The output rows of negative sampling are word
     * vectors as W2's are; the hierarchical softmax's are tree nodes (the settings refuse them).
     */
    private Embeddings embeddings(Vocabulary vocabulary, TrainedModel trained) {
        float[] vectors = settings.vectors().from(trained.inputRows(), trained.outputRows());
        for (float x : vectors) {
            if (!Float.isFinite(x)) {
                throw new TrainingDivergedException(settings.epochs(), -1, x, settings.alpha());
            }
        }
        if (trained.ngramRows() == null) {
            return new Embeddings(vocabulary.words(), vocabulary.counts(), settings.dim(), vectors, settings.asMap(),
                    trained.history());
        }
        java.util.Map<String, Object> described = settings.asMap();
        subwords.addTo(described);
        return new Embeddings(vocabulary.words(), vocabulary.counts(), settings.dim(), vectors, described, trained.history())
                .withNgrams(NgramVectors.of(subwords.ngrams(), subwords.buckets(), settings.dim(), trained.ngramRows(),
                        vocabulary.size() * settings.dim()));
    }
}
