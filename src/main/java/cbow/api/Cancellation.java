package cbow.api;

/**
 * Asks a training run to stop. Cooperative: the run checks it while it reads the corpus (every line
 * of a Stream or Iterable, every 64 KB of a file) and between steps (about 50 times an epoch), then
 * throws {@link TrainingCancelledException}. Safe to call from any thread; one token may cancel
 * several runs.
 */
public final class Cancellation {
    /** A token not yet cancelled. */
    public Cancellation() {
    }

    private volatile boolean cancelled;

    /** Asks every run holding this token to stop; it cannot be undone. */
    public void cancel() {
        cancelled = true;
    }

    /**
     * Whether {@link #cancel()} was called.
     *
     * @return true once cancelled
     */
    public boolean isCancelled() {
        return cancelled;
    }

    /** Throws {@link TrainingCancelledException} once cancelled. */
    void check() {
        if (cancelled) {
            throw new TrainingCancelledException();
        }
    }
}
