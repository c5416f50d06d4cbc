package cbow.cli;

import cbow.model.HogwildNetwork;
import cbow.train.TrainingSettings;
import picocli.CommandLine.Option;

/** The options of the lock-free losses alone, {@code --loss ns} and {@code hs} (a picocli mixin of {@code cbow train}). */
final class HogwildModelOptions {
    @Option(names = "--negative", paramLabel = "K",
            description = "ns only: negative samples per example. Default: " + TrainingSettings.DEFAULT_NEGATIVE + ".")
    Integer negative;

    @Option(names = "--hidden", paramLabel = "linear|relu",
            description = "ns and hs only: the hidden layer, the plain mean of the context vectors (word2vec), or the seed's ReLU with b1."
                    + " Default: linear.")
    HogwildNetwork.Hidden hidden;

    void applyTo(TrainingSettings.Builder settings) {
        settings.negative(negative).hidden(hidden);
    }
}
