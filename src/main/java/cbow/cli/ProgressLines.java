package cbow.cli;

import java.io.PrintStream;

/**
 * Progress as plain lines (for logs and pipes): one per epoch, and one every 10 s within an epoch.
 * Once closed (also from the interrupt notice's thread) it prints nothing more, so no progress line
 * follows the notice.
 */
final class ProgressLines implements ProgressDisplay {
    private static final long EVERY_NANOS = 10_000_000_000L;

    private final PrintStream err;
    private long lastPrint = System.nanoTime();
    private boolean closed;

    ProgressLines(PrintStream err) {
        this.err = err;
    }

    @Override
    public synchronized void progress(int epoch, int epochs, int batch, int batches, double recentLoss, double wordsPerSecond) {
        if (closed) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastPrint > EVERY_NANOS && batch < batches) {
            lastPrint = now;
            err.printf("epoch %d/%d  %5.1f%%  loss %.4f  %,.0f words/s%n",
                    epoch, epochs, 100.0 * batch / batches, recentLoss, wordsPerSecond);
        }
    }

    @Override
    public synchronized void epochFinished(int epoch, int epochs, double meanLoss, double wordsPerSecond, double seconds) {
        if (closed) {
            return;
        }
        lastPrint = System.nanoTime();
        err.printf("epoch %d/%d  loss %.4f  %,.0f words/s  %.1f s%n", epoch, epochs, meanLoss, wordsPerSecond, seconds);
    }

    @Override
    public synchronized void close() {
        closed = true;
        err.flush();
    }
}
