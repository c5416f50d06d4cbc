package cbow.api;

/**
 * Asks a training run to stop. Cooperative: the run checks it while it reads a Stream or Iterable
 * (every line) and at every progress report (about 50 times an epoch; with negative sampling and the
 * hierarchical softmax the other threads stop within 10,000 words), and while the hierarchical
 * softmax's tree is rebuilt by meaning (it stops within seconds), then throws
 * {@link TrainingCancelledException}. Safe to call from any thread; one token may cancel
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
