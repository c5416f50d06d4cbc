package cbow.train;

import cbow.data.EncodedCorpus;
import cbow.data.EpochExamples;
import cbow.data.Examples;
import cbow.data.Subsampler;
import cbow.loss.HierarchicalSoftmaxLoss;
import cbow.loss.HuffmanTree;
import cbow.loss.Loss;
import cbow.loss.NegativeSamplingLoss;
import cbow.loss.UnigramSampler;
import cbow.model.SgdNetwork;
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

    /** @param log receives one-line reports (vocabulary size, examples) for standard error */
    public TrainingJob(TrainingSettings settings, TrainingListener listener, Consumer<String> log) {
        this.settings = settings;
        this.listener = listener;
        this.log = log;
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
        EncodedCorpus encoded = EncodedCorpus.of(corpus, vocabulary);
        if (settings.loss() != LossKind.SOFTMAX) {
            return trainSgd(vocabulary, encoded);
        }
        EpochExamples epochs = EpochExamples.subsampled(encoded, settings.window(), vocabulary.counts(),
                settings.sample(), settings.seed(), !settings.fixedWindow());
        Examples examples = epochs.all();
        if (examples.size() == 0) {
            throw new UnusableCorpusException(
                    "no line holds two vocabulary words, so there is no context window to learn from");
        }
        log.accept(String.format("%,d training windows (half-window %d), %,d batches of %d per epoch%s",
                examples.size(), settings.window(),
                (examples.size() + settings.batchSize() - 1) / settings.batchSize(), settings.batchSize(),
                settings.sample() > 0 ? " before subsampling (--sample " + settings.sample() + ")" : ""));
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
        TrainingHistory history = new Trainer(settings, listener, settings.threads()).train(parameters, epochs, state, saver);
        if (checkpoints != null) {
            checkpoints.save(settings, vocabulary, examples, state, parameters);
        }
        return averagedEmbeddings(vocabulary, parameters, history);
    }

    /** Negative sampling or the hierarchical softmax, trained one example at a time on all threads. */
    private Embeddings trainSgd(Vocabulary vocabulary, EncodedCorpus encoded) {
        if (encoded.tokens() < 2) {
            throw new UnusableCorpusException("the corpus holds fewer than 2 vocabulary words: nothing to learn from");
        }
        int v = vocabulary.size();
        int n = settings.dim();
        ModelSize.requireFits(v, n, 1, 2 * settings.window());
        long[] counts = vocabulary.counts();
        Loss loss = settings.loss() == LossKind.NS
                ? new NegativeSamplingLoss(new float[v * n], n, settings.negative(), new UnigramSampler(counts))
                : new HierarchicalSoftmaxLoss(new float[(v - 1) * n], n, new HuffmanTree(counts));
        SgdNetwork network = new SgdNetwork(v, n, settings.hidden(), loss, settings.seed());
        log.accept(String.format("%,d tokens to train on per epoch, %s loss, %d thread%s",
                encoded.tokens(), settings.loss().label(), settings.threads(), settings.threads() == 1 ? "" : "s"));
        TrainingHistory history = new HogwildTrainer(settings, listener)
                .train(network, encoded, new Subsampler(counts, settings.sample()));
        // the output rows of negative sampling are word vectors, averaged in as the seed averages
        // W1^T and W2; the hierarchical softmax's rows are inner tree nodes (settings refuse to average them)
        float[] vectors = switch (settings.vectors()) {
            case INPUT -> network.input().clone();
            case OUTPUT -> loss.output().clone();
            case AVERAGE -> average(network.input(), loss.output());
        };
        return checkedEmbeddings(vocabulary, n, vectors, history);
    }

    private static float[] average(float[] a, float[] b) {
        float[] out = new float[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = (a[i] + b[i]) / 2f;
        }
        return out;
    }

    /** The embeddings the user gets: (W1^T + W2) / 2, word by word. */
    private Embeddings averagedEmbeddings(Vocabulary vocabulary, Parameters parameters, TrainingHistory history) {
        int n = parameters.dim();
        float[] vectors = new float[vocabulary.size() * n];
        for (int i = 0; i < vocabulary.size(); i++) {
            System.arraycopy(parameters.vector(i, settings.vectors()), 0, vectors, i * n, n);
        }
        return checkedEmbeddings(vocabulary, n, vectors, history);
    }

    private Embeddings checkedEmbeddings(Vocabulary vocabulary, int n, float[] vectors, TrainingHistory history) {
        for (float x : vectors) {
            if (!Float.isFinite(x)) {
                throw new TrainingDivergedException(settings.epochs(), -1, x, settings.alpha());
            }
        }
        return new Embeddings(vocabulary.words(), vocabulary.counts(), n, vectors, settings.asMap(), history);
    }
}
