package cbow.train;

import cbow.data.IdFile;
import cbow.embed.Embeddings;
import cbow.embed.NgramVectors;
import cbow.embed.TrainingHistory;
import cbow.io.AtomicFile;
import cbow.text.Corpus;
import cbow.text.Tokenizer;
import cbow.vocab.Vocabulary;
import cbow.vocab.VocabularyFile;
import cbow.vocab.WordCounter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The whole of {@code cbow train} short of the command line: corpus text to embeddings. It holds
 * what both trainers share: reading the corpus (two streaming passes: counting the words, then
 * encoding the text as vocabulary ids into a file on disk), choosing the vocabulary, and the vectors
 * written. The training itself is the exact model's ({@link ExactTrainer}) or the lock-free losses'
 * ({@link HogwildTrainer}), which reads the encoded corpus from disk again each epoch.
 */
public final class TrainingJob {
    /** A corpus this large gets a line before each pass over it, which may take minutes. */
    private static final long ANNOUNCED_BYTES = 64L << 20;

    private final TrainingSettings settings;
    private final CorpusPlan plan;
    private final TrainingListener listener;
    private final Consumer<String> log;
    private final SubwordSettings subwords; // null: none

    /** @param log receives one-line reports (vocabulary size, examples) for standard error */
    public TrainingJob(TrainingSettings settings, TrainingListener listener, Consumer<String> log) {
        this(settings, CorpusPlan.defaults(), listener, log);
    }

    public TrainingJob(TrainingSettings settings, CorpusPlan plan, TrainingListener listener, Consumer<String> log) {
        this(settings, plan, listener, log, null);
    }

    private TrainingJob(TrainingSettings settings, CorpusPlan plan, TrainingListener listener, Consumer<String> log,
                        SubwordSettings subwords) {
        this.settings = settings;
        this.plan = plan;
        this.listener = listener;
        this.log = log;
        this.subwords = subwords;
    }

    /** This job with the ns or hs words also their character n-grams ({@code subwords}; null: none). */
    public TrainingJob withSubwords(SubwordSettings subwords) {
        if (subwords != null && settings.loss() == LossKind.SOFTMAX) {
            throw new IllegalArgumentException("--subwords goes with --loss ns or hs");
        }
        return new TrainingJob(settings, plan, listener, log, subwords);
    }

    /** Trains on one stream of text (copied to a temporary file first). */
    public Embeddings run(InputStream corpusText) throws IOException {
        return run(corpusText, null, null);
    }

    public Embeddings run(InputStream corpusText, Checkpoint resume, CheckpointPlan checkpoints) throws IOException {
        try (Corpus corpus = Corpus.open(List.of("-"), corpusText, plan.tempDir())) {
            return run(corpus, resume, checkpoints);
        }
    }

    /**
     * @param resume      a checkpoint of this run to continue from (its corpus must be this one), or null
     * @param checkpoints where and how often to save checkpoints, or null for none (checkpoints hold
     *                    the exact model only)
     */
    public Embeddings run(Corpus corpus, Checkpoint resume, CheckpointPlan checkpoints) throws IOException {
        Vocabulary vocabulary = vocabulary(corpus);
        // The word counter is garbage now, but the serial collector (the launcher's) would leave it in
        // the old generation beside the model allocated next, and grow the heap to hold both: collect
        // it first, so that the peak is the larger of counting and training, not their sum.
        System.gc();
        if (plan.saveVocab() != null) {
            AtomicFile.write(plan.saveVocab(), out -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                VocabularyFile.write(vocabulary, w);
                w.flush();
            });
            log.accept("saved the vocabulary to " + plan.saveVocab());
        }
        try (IdFile ids = encode(corpus, vocabulary)) {
            if (settings.loss() == LossKind.SOFTMAX && ids.entries() > IdFile.MAX_LOADED_ENTRIES) {
                throw new UnusableCorpusException(String.format(Locale.ROOT, "the exact model holds the corpus in"
                        + " memory, at most %,d words and line ends; this one has %,d (--loss ns or hs streams it)",
                        IdFile.MAX_LOADED_ENTRIES, ids.entries()));
            }
            TrainedModel trained = settings.loss() == LossKind.SOFTMAX
                    ? new ExactTrainer(settings, listener, log).train(ids.load(), vocabulary, resume, checkpoints)
                    : new HogwildTrainer(settings, listener, log, subwords).train(ids, vocabulary);
            return embeddings(vocabulary, trained);
        }
    }

    /** Counts the corpus's words (or reads a vocabulary file) and keeps the vocabulary's. */
    private Vocabulary vocabulary(Corpus corpus) throws IOException {
        List<String> candidates;
        long[] counts;
        long distinct;
        String source;
        if (plan.readVocab() != null) {
            VocabularyFile.Counts read;
            try {
                read = VocabularyFile.read(plan.readVocab());
            } catch (IllegalArgumentException e) {
                throw new UnusableCorpusException(plan.readVocab() + ": " + e.getMessage() + " (a --read-vocab file)");
            }
            candidates = read.words();
            counts = read.counts();
            distinct = candidates.size();
            long tokens = 0;
            for (long c : counts) {
                tokens += c;
            }
            source = String.format("read %,d words (%,d tokens) from %s", candidates.size(), tokens, plan.readVocab());
        } else {
            announce(corpus, "counting the words of");
            int limit = plan.countLimit(settings.maxVocab());
            WordCounter counter = new WordCounter(limit);
            long skipped = corpus.tokenize(new Tokenizer.Sink() {
                @Override
                public void token(String word) {
                    counter.add(word);
                }

                @Override
                public void endOfLine() { // only after a line with a word: counted as often as encode() writes it
                    if (settings.lineEndToken()) {
                        counter.add(TrainingSettings.LINE_END_TOKEN);
                    }
                }
            });
            if (counter.tokens() == 0) {
                throw new UnusableCorpusException("the corpus holds no words");
            }
            if (skipped > 0) {
                log.accept(String.format("skipped %,d tokens longer than %d characters", skipped, Tokenizer.MAX_TOKEN_CHARS));
            }
            if (counter.pruneThreshold() > 0) {
                log.accept(String.format(Locale.ROOT, "more than --count-limit=%,d distinct words: words seen at most"
                        + " %d times were pruned while counting (their counts may be low)", limit,
                        counter.pruneThreshold()));
            }
            VocabularyFile.Counts frequent = counter.candidates(settings.minCount(), settings.maxVocab());
            candidates = frequent.words();
            counts = frequent.counts();
            distinct = counter.size();
            // after pruning, the words held are not all the distinct words seen
            source = String.format("read %,d tokens, %s%,d distinct", counter.tokens(),
                    counter.pruneThreshold() > 0 ? "more than " : "", counter.pruneThreshold() > 0 ? limit : distinct);
        }
        Vocabulary vocabulary = Vocabulary.select(candidates, counts, settings.minCount(), settings.maxVocab());
        if (vocabulary.size() < 2 && distinct < 2) {
            throw new UnusableCorpusException("the corpus holds a single distinct word; training needs 2");
        }
        if (vocabulary.size() < 2) {
            throw new UnusableCorpusException(String.format(
                    "%s of the %,d distinct words occur%s at least --min-count=%d times; training needs 2 (lower --min-count)",
                    vocabulary.size() == 0 ? "none" : "only one", distinct,
                    vocabulary.size() == 0 ? "" : "s", settings.minCount()));
        }
        log.accept(String.format("%s; vocabulary %,d words (min-count %d%s)", source, vocabulary.size(),
                settings.minCount(), settings.maxVocab() > 0 ? ", max-vocab " + settings.maxVocab() : ""));
        return vocabulary;
    }

    /**
     * The corpus as vocabulary ids on disk, words outside the vocabulary removed first (as word2vec
     * does: the words on either side of a dropped word become neighbours), lines left empty gone.
     * With the line-end token, every line that held a word ends with it (fastText's {@code </s>}),
     * so that a line's last words see it in their window and it learns a vector like any word.
     */
    private IdFile encode(Corpus corpus, Vocabulary vocabulary) throws IOException {
        requireTempSpace(corpus, vocabulary);
        announce(corpus, "encoding");
        int lineEnd = settings.lineEndToken() ? vocabulary.id(TrainingSettings.LINE_END_TOKEN) : -1;
        try (IdFile.Writer ids = IdFile.create(plan.tempDir())) {
            boolean[] lineOpen = {false}; // a vocabulary id written
            corpus.tokenize(new Tokenizer.Sink() {
                @Override
                public void token(String word) {
                    int id = vocabulary.id(word);
                    if (id >= 0) {
                        write(() -> ids.word(id));
                        lineOpen[0] = true;
                    }
                }

                @Override
                public void endOfLine() { // the tokenizer ends only lines that held a word
                    if (lineEnd >= 0) {
                        write(() -> ids.word(lineEnd));
                        lineOpen[0] = true;
                    }
                    if (lineOpen[0]) {
                        write(ids::lineEnd);
                        lineOpen[0] = false;
                    }
                }
            });
            return ids.finish();
        }
    }

    private interface Write {
        void run() throws IOException;
    }

    private void write(Write w) {
        try {
            w.run();
        } catch (IOException e) {
            throw new UncheckedIOException(plan.tempDir() + ": cannot write the encoded corpus ("
                    + e.getMessage() + "; choose another place with --temp-dir)", e);
        }
    }

    /** Fails before writing when the encoded corpus (4 bytes a word and a line end) cannot fit. */
    private void requireTempSpace(Corpus corpus, Vocabulary vocabulary) throws IOException {
        long words = vocabulary.totalCount();
        long needed = 4 * (words + words / 4); // lines of fewer than 4 words are rare in real text
        long usable = Files.getFileStore(plan.tempDir()).getUsableSpace();
        if (needed > usable) {
            throw new UnusableCorpusException(String.format(Locale.ROOT, "the encoded corpus needs about %s in %s,"
                    + " which has %s free; choose another place with --temp-dir", ModelSize.human(needed),
                    plan.tempDir(), ModelSize.human(usable)));
        }
    }

    private void announce(Corpus corpus, String what) {
        long bytes = corpus.bytes();
        if (bytes >= ANNOUNCED_BYTES) {
            log.accept(String.format(Locale.ROOT, "%s %d file%s (%s)...", what, corpus.files().size(),
                    corpus.files().size() == 1 ? "" : "s", ModelSize.human(bytes)));
        }
    }

    /**
     * The vectors the user gets: by default the seed's (W1^T + W2) / 2 for the exact model, the
     * input vectors for ns and hs (--vectors chooses). The output rows of negative sampling are word
     * vectors as W2's are; the hierarchical softmax's are tree nodes (the settings refuse them).
     */
    private Embeddings embeddings(Vocabulary vocabulary, TrainedModel trained) {
        if (trained.ngramRows() == null) {
            return embeddings(settings, vocabulary, trained.inputRows(), trained.outputRows(), trained.history());
        }
        Map<String, Object> described = settings.asMap();
        subwords.addTo(described);
        return new Embeddings(vocabulary.words(), vocabulary.counts(), settings.dim(),
                finiteVectors(settings, trained.inputRows(), trained.outputRows()), described, trained.history())
                .withNgrams(NgramVectors.of(subwords.ngrams(), subwords.buckets(), settings.dim(), trained.ngramRows(),
                        vocabulary.size() * settings.dim()));
    }

    /**
     * The embeddings of a network trained with {@code settings} without subwords, from its input and
     * output rows (V x N, row i word i's), by either engine: this machine's trainers or the Spark ones.
     */
    public static Embeddings embeddings(TrainingSettings settings, Vocabulary vocabulary, float[] inputRows,
                                        float[] outputRows, TrainingHistory history) {
        return new Embeddings(vocabulary.words(), vocabulary.counts(), settings.dim(),
                finiteVectors(settings, inputRows, outputRows), settings.asMap(), history);
    }

    /** The vectors --vectors chooses; non-finite ones are a {@link TrainingDivergedException}, never a file. */
    private static float[] finiteVectors(TrainingSettings settings, float[] inputRows, float[] outputRows) {
        float[] vectors = settings.vectors().from(inputRows, outputRows);
        for (float x : vectors) {
            if (!Float.isFinite(x)) {
                throw new TrainingDivergedException(settings.epochs(), -1, x, settings.alpha());
            }
        }
        return vectors;
    }
}
