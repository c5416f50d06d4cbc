package cbow.train;

import cbow.data.Examples;
import cbow.model.ExactNetwork;
import cbow.vocab.Vocabulary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where to save checkpoints and how often: every {@code everyBatches} gradient steps, or every
 * {@code everyNanos} of wall time (one of the two is 0), and once more when training ends.
 */
public record CheckpointPlan(Path file, long everyBatches, long everyNanos) {

    public CheckpointPlan {
        if ((everyBatches > 0) == (everyNanos > 0)) {
            throw new IllegalArgumentException("a checkpoint interval is a number of batches or a time, not both");
        }
    }

    /**
     * Parses an interval as written after {@code --checkpoint-every}: a whole number of batches
     * ({@code 500}) or a time with a unit ({@code 30s}, {@code 10m}, {@code 2h}).
     */
    public static CheckpointPlan of(Path file, String every) {
        String text = every.trim().toLowerCase(Locale.ROOT);
        long unitNanos = switch (text.isEmpty() ? ' ' : text.charAt(text.length() - 1)) {
            case 's' -> 1_000_000_000L;
            case 'm' -> 60_000_000_000L;
            case 'h' -> 3_600_000_000_000L;
            default -> 0;
        };
        String number = unitNanos == 0 ? text : text.substring(0, text.length() - 1);
        long n;
        try {
            n = Long.parseLong(number);
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 1 || (unitNanos > 0 && n > Long.MAX_VALUE / unitNanos)) {
            throw new IllegalArgumentException("--checkpoint-every must be a number of batches (500) or a time"
                    + " (30s, 10m, 2h) of at least 1, got '" + every + "'");
        }
        return unitNanos == 0 ? new CheckpointPlan(file, n, 0) : new CheckpointPlan(file, 0, n * unitNanos);
    }

    /** The trainer's hook that saves when the interval has passed; a failed save stops training. */
    ExactTrainer.AfterBatch saver(TrainingSettings settings, Vocabulary vocabulary, Examples examples) {
        return new ExactTrainer.AfterBatch() {
            private long batches;
            private long last = System.nanoTime();

            @Override
            public void afterBatch(TrainingState state, ExactNetwork network) {
                batches++;
                boolean due = everyBatches > 0 ? batches >= everyBatches : System.nanoTime() - last >= everyNanos;
                if (due) {
                    save(settings, vocabulary, examples, state, network);
                    batches = 0;
                    last = System.nanoTime();
                }
            }
        };
    }

    void save(TrainingSettings settings, Vocabulary vocabulary, Examples examples, TrainingState state,
              ExactNetwork network) {
        try {
            Checkpoint.write(file, settings, vocabulary, examples, state, network.parameters(), network.moments());
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": the checkpoint cannot be written (" + e.getMessage() + ")", e);
        }
    }
}
