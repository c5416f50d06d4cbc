package cbow.cli;

import cbow.model.WordVectors;
import cbow.train.LossKind;
import cbow.train.TrainingSettings;
import picocli.CommandLine.Option;

/**
 * The options that shape any model, whatever its loss (a picocli mixin of {@code cbow train}). An
 * option left out stays null, so that {@link TrainingSettings.Builder} can fill in the loss's
 * default, or a resumed checkpoint's setting.
 */
final class ModelOptions {
    @Option(names = "--loss", paramLabel = "softmax|ns|hs",
            description = "The output layer: the seed's exact softmax (batch gradient descent), negative sampling, or the "
                    + "hierarchical softmax (both one example at a time, lock-free on all threads). Default: softmax.")
    LossKind loss;

    @Option(names = "--dim", paramLabel = "N",
            description = "The embedding size. Default: " + TrainingSettings.DEFAULT_DIM + ".")
    Integer dim;

    @Option(names = "--window", paramLabel = "C",
            description = "The largest half-window: each example's context is the b words before and after its center,"
                    + " b drawn from 1..C anew each epoch (C with --fixed-window). Default: "
                    + TrainingSettings.DEFAULT_WINDOW + ".")
    Integer window;

    @Option(names = "--fixed-window",
            description = "Give every example all C words on either side (the course's windows), instead of drawing each "
                    + "example's half-window from 1..C anew each epoch, as word2vec does, so that nearer words count more.")
    Boolean fixedWindow;

    @Option(names = "--min-count", paramLabel = "COUNT",
            description = "Drop words seen fewer times. Default: " + TrainingSettings.DEFAULT_MIN_COUNT + ".")
    Long minCount;

    @Option(names = "--max-vocab", paramLabel = "WORDS",
            description = "Keep at most this many words, the most frequent (0: all). Default: "
                    + TrainingSettings.DEFAULT_MAX_VOCAB + ".")
    Integer maxVocab;

    @Option(names = "--alpha", paramLabel = "RATE",
            description = "The learning rate, or with --decay linear its start (ns and hs always decay). Default: "
                    + TrainingSettings.SOFTMAX_ALPHA + " with softmax (for Adam; the course ran plain gradient descent"
                    + " at 0.5), " + TrainingSettings.HOGWILD_ALPHA + " with ns and hs, and "
                    + TrainingSettings.LONG_RUN_ALPHA_EPOCHS + "/E beyond 10 epochs (the same distance in smaller steps:"
                    + " README, \"Long runs: a learning budget\").")
    Double alpha;

    @Option(names = "--epochs", paramLabel = "E",
            description = "Passes over the corpus. Default: " + TrainingSettings.SOFTMAX_EPOCHS + " with softmax (README,"
                    + " \"Why these defaults\"), " + TrainingSettings.HOGWILD_EPOCHS + " with ns and hs.")
    Integer epochs;

    @Option(names = "--sample", paramLabel = "T",
            description = "Subsample words more frequent than T (word2vec's formula), drawn anew each epoch; 0 keeps all."
                    + " Default: " + TrainingSettings.SOFTMAX_SAMPLE + " with softmax (more of the frequent words kept"
                    + " than word2vec's: better analogies; README, \"Why these defaults\"), "
                    + TrainingSettings.HOGWILD_SAMPLE + " with ns and hs.")
    Double sample;

    @Option(names = "--seed", paramLabel = "SEED",
            description = "Seeds the initial weights and the shuffling. Default: " + TrainingSettings.DEFAULT_SEED + ".")
    Long seed;

    @Option(names = "--vectors", paramLabel = "input|output|average",
            description = "Which vectors to write: the input vectors (W1^T), the output vectors (W2), or their average."
                    + " Default: average with softmax; with ns input, or average once --alpha x --epochs reaches "
                    + TrainingSettings.LONG_RUN_ALPHA_EPOCHS + " (10 epochs at the default rate) without --subwords;"
                    + " input with hs (the hierarchical softmax's output rows belong to tree nodes, not words).")
    WordVectors vectors;

    @Option(names = "--threads", paramLabel = "T",
            description = "Threads for training (0: all available processors). With --loss softmax the result is the same,"
                    + " bit for bit, for any T; ns and hs train lock-free, reproducibly only with --threads 1."
                    + " Default: 0.")
    Integer threads;

    void applyTo(TrainingSettings.Builder settings) {
        settings.loss(loss).dim(dim).window(window).fixedWindow(fixedWindow).minCount(minCount).maxVocab(maxVocab)
                .alpha(alpha).epochs(epochs).sample(sample).seed(seed).vectors(vectors).threads(threads);
    }
}
