package cbow.cli;

import cbow.train.CheckpointPlan;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Saving and resuming a run of the exact model (a picocli mixin of {@code cbow train}). */
final class CheckpointOptions {
    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--checkpoint", paramLabel = "FILE",
            description = "Save the whole training state to FILE every --checkpoint-every, and when training ends.")
    Path checkpoint;

    @Option(names = "--checkpoint-every", paramLabel = "INTERVAL", defaultValue = "10m",
            description = "Batches (500) or time (30s, 10m, 2h) between checkpoints. Default: ${DEFAULT-VALUE}.")
    String every;

    @Option(names = "--resume", paramLabel = "FILE",
            description = "Continue the run saved in checkpoint FILE, on the same CORPUS; the result is the one an"
                    + " uninterrupted run gives. Settings come from the checkpoint (only --epochs may be raised);"
                    + " checkpoints keep going to FILE unless --checkpoint names another.")
    Path resume;

    /** Where and how often to save, or null when no checkpoint is asked for. */
    CheckpointPlan plan() {
        Path file = checkpoint != null ? checkpoint : resume;
        if (file == null) {
            return null;
        }
        try {
            return CheckpointPlan.of(file, every);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
