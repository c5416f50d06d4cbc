package cbow.train;

import cbow.loss.UnigramSampler;
import cbow.model.HogwildNetwork;
import cbow.model.WordVectors;
import cbow.optim.Optimizer;
import java.io.DataInput;
import java.io.DataOutput;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Everything that determines a training run's result, and every rule about it: the defaults of each
 * loss (constants that the command line's help quotes), validation, the merging of a resumed run's
 * options with its checkpoint's settings, and the settings' part of the checkpoint format. Written
 * into the embeddings file, so a file says how it was made. Build one by name with {@link #builder}.
 *
 * @param dim        N, the embedding size
 * @param window     C, the half-window: C words before and C after the center
 * @param minCount   words seen fewer times are dropped from the vocabulary
 * @param maxVocab   keep at most this many words, the most frequent (0: no limit)
 * @param batchSize  m, examples per gradient step (the exact model only)
 * @param alpha      the learning rate
 * @param epochs     passes over the examples
 * @param seed       seeds the initial parameters and the shuffling
 * @param loss       the output layer: the exact softmax, negative sampling or the hierarchical softmax
 * @param negative   negative samples per example (negative sampling only)
 * @param sample     the subsampling threshold t for frequent words (0: keep all), drawn anew each epoch
 * @param hidden     the hidden layer of the ns and hs networks: linear (word2vec) or ReLU with b1
 * @param threads    training threads
 * @param vectors    which vectors are written: input, output or their average
 * @param decay      the exact model's learning-rate schedule: fixed, or linear to alpha * 10^-4
 * @param optimizer  the exact model's optimizer: plain gradient descent, Adagrad or Adam
 * @param fixedWindow every example's half-window is C (the course's windows), instead of drawn
 *                   from 1..C anew each epoch (word2vec's shrunk windows)
 * @param negPower   negatives are drawn from the counts to this power (negative sampling only)
 * @param lineEndToken a token {@value #LINE_END_TOKEN} ends every line of the corpus and is trained as a word
 *                   (fastText's); ns and hs only
 * @param tree       the hierarchical softmax's tree: Huffman throughout, or rebuilt by meaning (hs only)
 */
public record TrainingSettings(int dim, int window, long minCount, int maxVocab, int batchSize,
                               double alpha, int epochs, long seed, LossKind loss, int negative,
                               double sample, HogwildNetwork.Hidden hidden, int threads,
                               WordVectors vectors, Decay decay, Optimizer optimizer, boolean fixedWindow,
                               double negPower, boolean lineEndToken, TreeKind tree) {

    // Defaults shared by every loss.
    public static final int DEFAULT_DIM = 100;
    public static final int DEFAULT_WINDOW = 5;
    public static final long DEFAULT_MIN_COUNT = 5;
    public static final int DEFAULT_MAX_VOCAB = 0;
    public static final long DEFAULT_SEED = 1;
    // The exact model's (README, "Why these defaults").
    public static final int DEFAULT_BATCH_SIZE = 128;
    public static final double SOFTMAX_ALPHA = 0.002;
    public static final int SOFTMAX_EPOCHS = 10;
    public static final double SOFTMAX_SAMPLE = 3e-3;
    public static final Optimizer SOFTMAX_OPTIMIZER = Optimizer.ADAM;
    public static final Decay SOFTMAX_DECAY = Decay.LINEAR;
    // The lock-free losses' (word2vec's, but alpha: README).
    public static final double HOGWILD_ALPHA = 0.075;
    public static final int HOGWILD_EPOCHS = 5;
    /**
     * alpha x epochs of a long ns or hs run: 10 epochs at {@link #HOGWILD_ALPHA}. The default rate
     * never goes further: a longer run gets alpha = this / epochs, more passes over the same distance,
     * which refine the vectors (better analogies) where a larger distance overshoots them. And once a
     * run has come this far, ns writes the average of its input and output vectors by default: the
     * output vectors start at zero and need the distance to catch up. From here on the average won
     * both scores in every run measured; before, it was mixed or worse (README, "Long runs: a
     * learning budget").
     */
    public static final double LONG_RUN_ALPHA_EPOCHS = 0.75;
    public static final double HOGWILD_SAMPLE = 1e-3;
    public static final int DEFAULT_NEGATIVE = 5;
    /** word2vec's 0.75 (README, "Against fastText"). */
    public static final double DEFAULT_NEG_POWER = 0.5;
    /** ns: on, hs: off, as measured (README, "Choosing ns's defaults against both peers"). */
    public static final boolean NS_LINE_END_TOKEN = true;
    public static final boolean HS_LINE_END_TOKEN = false;
    /** hs: rebuilt by meaning, as measured (README, "A tree by meaning"). */
    public static final TreeKind HS_TREE = TreeKind.MEANING;
    /** The word that ends every line with {@code lineEndToken}: the tokenizer never makes it from text. */
    public static final String LINE_END_TOKEN = "</s>";

    /** The most training threads: more than any machine this runs on has cores, and a typo's guard. */
    public static final int MAX_THREADS = 1024;

    public TrainingSettings {
        require(dim >= 1, "--dim must be at least 1, got " + dim);
        require(window >= 1, "--window must be at least 1, got " + window);
        require(minCount >= 1, "--min-count must be at least 1, got " + minCount);
        require(maxVocab == 0 || maxVocab >= 2, "--max-vocab must be 0 (no limit) or at least 2 (training needs two words), got " + maxVocab);
        require(batchSize >= 1, "--batch-size must be at least 1, got " + batchSize);
        require(Double.isFinite(alpha) && alpha > 0, "--alpha must be a positive number, got " + alpha);
        require(epochs >= 1, "--epochs must be at least 1, got " + epochs);
        require(loss != null && hidden != null && vectors != null && decay != null && optimizer != null && tree != null,
                "--loss, --hidden, --vectors, --decay, --optimizer and --tree must be given");
        require(loss != LossKind.NS || negative >= 1, "--negative must be at least 1 with --loss ns, got " + negative);
        require(negPower >= 0 && negPower <= 1, "--neg-power must be 0 to 1, got " + negPower);
        require(Double.isFinite(sample) && sample >= 0, "--sample must be 0 or a positive number, got " + sample);
        require(threads >= 1 && threads <= MAX_THREADS,
                "--threads must be 0 (all processors) to " + MAX_THREADS + ", got " + threads);
        require(loss != LossKind.SOFTMAX || !lineEndToken, "--line-end-token goes with --loss ns or hs");
        require(loss != LossKind.HS || vectors == WordVectors.INPUT,
                "--loss hs has no output word vectors (its output rows are tree nodes): use --vectors input");
    }

    private static void require(boolean ok, String message) {
        if (!ok) {
            throw new IllegalArgumentException(message);
        }
    }

    /** ns and hs's default rate for a run of {@code epochs}: {@link #HOGWILD_ALPHA}, less beyond a long run. */
    private static double hogwildAlpha(int epochs) {
        return epochs < 1 ? HOGWILD_ALPHA : Math.min(HOGWILD_ALPHA, LONG_RUN_ALPHA_EPOCHS / epochs);
    }

    /**
     * ns and hs's default vectors: the average for an ns run that has gone a long run's distance
     * (without subwords, whose unseen words get input-side vectors), else the input vectors.
     */
    private static WordVectors hogwildVectors(LossKind loss, double alpha, int epochs, boolean subwords) {
        boolean longRun = alpha * epochs >= LONG_RUN_ALPHA_EPOCHS * (1 - 1e-9); // 10 x 0.075 counts as 0.75, rounding or not
        return loss == LossKind.NS && !subwords && longRun ? WordVectors.AVERAGE : WordVectors.INPUT;
    }

    /** Settings by name; what is not set takes the default of the loss. */
    public static Builder builder() {
        return new Builder();
    }

    /** These settings with one epoch count changed (a resumed run may raise it). */
    public TrainingSettings withEpochs(int newEpochs) {
        return new TrainingSettings(dim, window, minCount, maxVocab, batchSize, alpha, newEpochs, seed, loss, negative,
                sample, hidden, threads, vectors, decay, optimizer, fixedWindow, negPower, lineEndToken, tree);
    }

    /** The settings as name/value pairs, in a fixed order, for the embeddings file. */
    public Map<String, Object> asMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("model", loss == LossKind.SOFTMAX ? "cbow-softmax-relu" : "cbow-" + loss.label() + "-" + hidden.label());
        map.put("loss", loss.label());
        map.put("dim", dim);
        map.put("window", window);
        map.put("fixed_window", fixedWindow);
        map.put("min_count", minCount);
        map.put("max_vocab", maxVocab);
        map.put("batch_size", batchSize);
        map.put("alpha", alpha);
        map.put("epochs", epochs);
        map.put("seed", seed);
        map.put("sample", sample);
        if (loss == LossKind.SOFTMAX) {
            map.put("decay", decay.label());
            map.put("optimizer", optimizer.label());
        } else {
            map.put("negative", negative);
            if (loss == LossKind.NS && negPower != UnigramSampler.WORD2VEC_POWER) { // as lineEndToken below
                map.put("neg_power", negPower);
            }
            map.put("hidden", hidden.label());
            map.put("threads", threads); // lock-free training: the result depends on it
            if (lineEndToken) { // files written before the token existed had none, and no key
                map.put("line_end_token", LINE_END_TOKEN);
            }
            if (tree == TreeKind.MEANING) { // likewise: hs files made before it had Huffman trees
                map.put("tree", tree.label());
            }
        }
        map.put("vectors_from", vectors.label());
        return map;
    }

    /**
     * Fails unless {@code requested} continues the run these settings (a checkpoint's) began: every
     * setting equal, except that more epochs may be asked for (the batch order of an epoch does not
     * depend on the total; a decaying learning rate follows the new total from there on) and any
     * thread count (the exact model's result does not depend on it).
     */
    void requireContinuedBy(TrainingSettings requested) {
        List<String> conflicts = new ArrayList<>();
        differs(conflicts, "--dim", requested.dim, dim);
        differs(conflicts, "--window", requested.window, window);
        differs(conflicts, "--min-count", requested.minCount, minCount);
        differs(conflicts, "--max-vocab", requested.maxVocab, maxVocab);
        differs(conflicts, "--batch-size", requested.batchSize, batchSize);
        differs(conflicts, "--alpha", requested.alpha, alpha);
        differs(conflicts, "--seed", requested.seed, seed);
        differs(conflicts, "--vectors", requested.vectors.label(), vectors.label());
        differs(conflicts, "--sample", requested.sample, sample);
        differs(conflicts, "--decay", requested.decay.label(), decay.label());
        differs(conflicts, "--optimizer", requested.optimizer.label(), optimizer.label());
        differs(conflicts, "--fixed-window", requested.fixedWindow, fixedWindow);
        if (!conflicts.isEmpty()) {
            throw new CheckpointMismatchException(String.join(", ", conflicts)
                    + "; a resumed run keeps the checkpoint's settings (leave these options out)");
        }
    }

    private static void differs(List<String> conflicts, String option, Object requested, Object saved) {
        if (!requested.equals(saved)) {
            conflicts.add(option + " " + requested + " differs from the checkpoint's " + saved);
        }
    }

    /**
     * The settings' part of a checkpoint (see {@link Checkpoint}): dim int, window int, min_count
     * long, max_vocab int, batch_size int, alpha double, epochs int, seed long, loss, negative int,
     * sample double, hidden, threads int, vectors, decay, optimizer (names as modified UTF-8), and
     * since version 3 fixed_window boolean.
     */
    void write(DataOutput out) throws IOException {
        out.writeInt(dim);
        out.writeInt(window);
        out.writeLong(minCount);
        out.writeInt(maxVocab);
        out.writeInt(batchSize);
        out.writeDouble(alpha);
        out.writeInt(epochs);
        out.writeLong(seed);
        out.writeUTF(loss.label());
        out.writeInt(negative);
        out.writeDouble(sample);
        out.writeUTF(hidden.name());
        out.writeInt(threads);
        out.writeUTF(vectors.name());
        out.writeUTF(decay.name());
        out.writeUTF(optimizer.name());
        out.writeBoolean(fixedWindow);
    }

    /**
     * Reads what {@link #write} wrote, in checkpoint format {@code version}: version 2 had no
     * fixed_window, and all its runs used whole windows. Settings out of range, or names this
     * version does not know, are an {@link IllegalArgumentException}.
     */
    static TrainingSettings read(DataInput in, int version) throws IOException {
        return new TrainingSettings(in.readInt(), in.readInt(), in.readLong(), in.readInt(), in.readInt(),
                in.readDouble(), in.readInt(), in.readLong(), LossKind.valueOf(in.readUTF().toUpperCase(Locale.ROOT)),
                in.readInt(), in.readDouble(), HogwildNetwork.Hidden.valueOf(in.readUTF()), in.readInt(),
                WordVectors.valueOf(in.readUTF()), Decay.valueOf(in.readUTF()), Optimizer.valueOf(in.readUTF()),
                version < 3 || in.readBoolean(), // checkpoints hold the exact model: no negatives, no line-end token
                DEFAULT_NEG_POWER, false, TreeKind.HUFFMAN);
    }

    /**
     * Settings by name. Every field is optional: {@link #build} fills what is unset with the
     * defaults of the loss, {@link #continuing} with a checkpoint's settings. Options that the chosen
     * loss would ignore are refused, so that no option is accepted and silently dropped.
     */
    public static final class Builder {
        private Integer dim;
        private Integer window;
        private Long minCount;
        private Integer maxVocab;
        private Integer batchSize;
        private Double alpha;
        private Integer epochs;
        private Long seed;
        private LossKind loss;
        private Integer negative;
        private Double sample;
        private HogwildNetwork.Hidden hidden;
        private Integer threads;
        private WordVectors vectors;
        private Decay decay;
        private Optimizer optimizer;
        private Boolean fixedWindow;
        private Boolean lineEndToken;
        private Double negPower;
        private TreeKind tree;
        private String treeByMeaningRefusal; // non-null: a trainer that keeps hs's first tree
        private boolean subwords;

        private Builder() {
        }

        public Builder dim(Integer v) { dim = v; return this; }
        public Builder window(Integer v) { window = v; return this; }
        public Builder minCount(Long v) { minCount = v; return this; }
        public Builder maxVocab(Integer v) { maxVocab = v; return this; }
        public Builder batchSize(Integer v) { batchSize = v; return this; }
        public Builder alpha(Double v) { alpha = v; return this; }
        public Builder epochs(Integer v) { epochs = v; return this; }
        public Builder seed(Long v) { seed = v; return this; }
        public Builder loss(LossKind v) { loss = v; return this; }
        public Builder negative(Integer v) { negative = v; return this; }
        public Builder sample(Double v) { sample = v; return this; }
        public Builder hidden(HogwildNetwork.Hidden v) { hidden = v; return this; }
        /** Training threads; unset or 0: all available processors. */
        public Builder threads(Integer v) { threads = v; return this; }
        public Builder vectors(WordVectors v) { vectors = v; return this; }
        public Builder decay(Decay v) { decay = v; return this; }
        public Builder optimizer(Optimizer v) { optimizer = v; return this; }
        public Builder fixedWindow(Boolean v) { fixedWindow = v; return this; }
        public Builder lineEndToken(Boolean v) { lineEndToken = v; return this; }
        public Builder negPower(Double v) { negPower = v; return this; }
        public Builder tree(TreeKind v) { tree = v; return this; }
        /**
         * For a trainer that keeps hs's first tree (Spark's): hs defaults to Huffman, and
         * {@code --tree meaning} is refused with {@code message}.
         */
        public Builder huffmanTreeOnly(String message) { treeByMeaningRefusal = message; return this; }
        /** Whether the run trains subwords: not a setting itself, it keeps ns's default vectors the input. */
        public Builder subwords(boolean v) { subwords = v; return this; }

        /** The settings of a new run: what was set, and the loss's defaults for the rest. */
        public TrainingSettings build() {
            LossKind l = loss != null ? loss : LossKind.SOFTMAX;
            refuseOptionsIgnoredBy(l);
            boolean exact = l == LossKind.SOFTMAX;
            int e = or(epochs, exact ? SOFTMAX_EPOCHS : HOGWILD_EPOCHS);
            double a = or(alpha, exact ? SOFTMAX_ALPHA : hogwildAlpha(e));
            return new TrainingSettings(
                    or(dim, DEFAULT_DIM), or(window, DEFAULT_WINDOW), or(minCount, DEFAULT_MIN_COUNT),
                    or(maxVocab, DEFAULT_MAX_VOCAB), or(batchSize, DEFAULT_BATCH_SIZE), a, e,
                    or(seed, DEFAULT_SEED), l, or(negative, DEFAULT_NEGATIVE),
                    or(sample, exact ? SOFTMAX_SAMPLE : HOGWILD_SAMPLE),
                    or(hidden, exact ? HogwildNetwork.Hidden.RELU : HogwildNetwork.Hidden.LINEAR), threadCount(),
                    or(vectors, exact ? WordVectors.AVERAGE : hogwildVectors(l, a, e, subwords)),
                    or(decay, SOFTMAX_DECAY), or(optimizer, SOFTMAX_OPTIMIZER), or(fixedWindow, false),
                    or(negPower, DEFAULT_NEG_POWER), or(lineEndToken, l == LossKind.NS ? NS_LINE_END_TOKEN : l == LossKind.HS && HS_LINE_END_TOKEN),
                    or(tree, l == LossKind.HS && treeByMeaningRefusal == null ? HS_TREE : TreeKind.HUFFMAN));
        }

        /**
         * The settings of a run resumed from {@code checkpoint}: what was set must repeat its settings
         * (only --epochs may be raised, to no fewer than it has done, and the threads may change, which
         * does not change the exact model's result); the rest is taken from them.
         */
        public TrainingSettings continuing(Checkpoint checkpoint) {
            TrainingSettings saved = checkpoint.settings();
            refuse(loss != null && loss != saved.loss() || saved.loss() != LossKind.SOFTMAX,
                    "checkpoints hold the exact model only: --resume goes with --loss softmax");
            refuseOptionsIgnoredBy(saved.loss());
            TrainingSettings requested = new TrainingSettings(
                    or(dim, saved.dim()), or(window, saved.window()), or(minCount, saved.minCount()),
                    or(maxVocab, saved.maxVocab()), or(batchSize, saved.batchSize()), or(alpha, saved.alpha()),
                    or(epochs, saved.epochs()), or(seed, saved.seed()), saved.loss(), saved.negative(),
                    or(sample, saved.sample()), saved.hidden(), threadCount(), or(vectors, saved.vectors()),
                    or(decay, saved.decay()), or(optimizer, saved.optimizer()), or(fixedWindow, saved.fixedWindow()),
                    saved.negPower(), saved.lineEndToken(), saved.tree());
            checkpoint.requireCompatible(requested);
            return requested;
        }

        /** Refuses what {@code l} would ignore: no option is accepted and silently dropped. */
        private void refuseOptionsIgnoredBy(LossKind l) {
            if (l == LossKind.SOFTMAX) {
                refuse(hidden != null, "--hidden goes with --loss ns or hs");
                refuse(negative != null, "--negative goes with --loss ns");
                refuse(negPower != null, "--neg-power goes with --loss ns");
                refuse(lineEndToken != null, "--line-end-token goes with --loss ns or hs");
            } else {
                refuse(decay != null || optimizer != null,
                        "--decay and --optimizer go with --loss softmax (ns and hs step by plain SGD, decaying linearly)");
                refuse(batchSize != null, "--batch-size goes with --loss softmax (ns and hs step one example at a time)");
                refuse(l == LossKind.HS && negative != null, "--negative goes with --loss ns");
                refuse(l == LossKind.HS && negPower != null, "--neg-power goes with --loss ns");
            }
            refuse(l != LossKind.HS && tree != null, "--tree goes with --loss hs");
            refuse(treeByMeaningRefusal != null && tree == TreeKind.MEANING, treeByMeaningRefusal);
        }

        private int threadCount() {
            return threads == null || threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
        }

        private static <T> T or(T given, T otherwise) {
            return given != null ? given : otherwise;
        }

        private static void refuse(boolean wrong, String message) {
            if (wrong) {
                throw new IllegalArgumentException(message);
            }
        }
    }
}
