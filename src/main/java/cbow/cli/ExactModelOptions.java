package cbow.cli;

import cbow.optim.Optimizer;
import cbow.train.Decay;
import cbow.train.TrainingSettings;
import picocli.CommandLine.Option;

/** The options of the exact model alone, {@code --loss softmax} (a picocli mixin of {@code cbow train}). */
final class ExactModelOptions {
    @Option(names = "--batch-size", paramLabel = "M",
            description = "Softmax only: examples per gradient step. Default: " + TrainingSettings.DEFAULT_BATCH_SIZE + ".")
    Integer batchSize;

    @Option(names = "--optimizer", paramLabel = "sgd|adagrad|adam",
            description = "Softmax only: plain gradient descent (the course's), Adagrad or Adam; --alpha is its learning rate. Default: "
                    + "adam (plain gradient descent learns too little in a few epochs: README, \"Why these defaults\").")
    Optimizer optimizer;

    @Option(names = "--decay", paramLabel = "none|linear",
            description = "Softmax only: the learning-rate schedule, a fixed alpha or linear from alpha to alpha/10^4 over the run"
                    + " (ns and hs always decay linearly). Default: linear.")
    Decay decay;

    void applyTo(TrainingSettings.Builder settings) {
        settings.batchSize(batchSize).optimizer(optimizer).decay(decay);
    }
}
