package cbow.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Progress as plain lines (for logs and pipes): one per epoch, and one every 10 s within an epoch,
 * each with the learning rate and, as fastText's, the time left. Once closed (also from the
 * interrupt notice's thread) it prints nothing more, so no progress line follows the notice.
 */
final class ProgressLines implements ProgressDisplay {
    private static final long EVERY_NANOS = 10_000_000_000L;

    private final PrintStream err;
    private final Rate rate;
    private final long clock;
    private final TimeLeft timeLeft = new TimeLeft();
    private long lastPrint;
    private boolean closed;

    ProgressLines(PrintStream err, Rate rate) {
        this(err, rate, EVERY_NANOS);
    }

    /** @param every nanoseconds between lines within an epoch */
    ProgressLines(PrintStream err, Rate rate, long every) {
        this.err = err;
        this.rate = rate;
        this.clock = every;
        this.lastPrint = System.nanoTime();
    }

    @Override
    public synchronized void progress(int epoch, int epochs, int batch, int batches, double recentLoss, double wordsPerSecond) {
        if (closed) {
            return;
        }
        long now = System.nanoTime();
        double done = (epoch - 1 + (double) batch / batches) / epochs;
        timeLeft.observe(done, now);
        if (now - lastPrint > clock && batch < batches) {
            lastPrint = now;
            err.printf(Locale.ROOT, "epoch %d/%d  %5.1f%%  loss %.4f  lr %.6f  %,.0f words/s  ETA %s%n",
                    epoch, epochs, 100.0 * batch / batches, recentLoss, rate.at(done),
                    wordsPerSecond, TimeLeft.format(timeLeft.seconds(done, now)));
        }
    }

    @Override
    public synchronized void epochFinished(int epoch, int epochs, double meanLoss, double wordsPerSecond, double seconds) {
        if (closed) {
            return;
        }
        long now = System.nanoTime();
        lastPrint = now;
        double done = (double) epoch / epochs;
        timeLeft.observe(done, now);
        err.printf(Locale.ROOT, "epoch %d/%d  %s  lr %.6f  %,.0f words/s  %.1f s%s%n", epoch, epochs, ProgressDisplay.cost(meanLoss),
                rate.at(done), wordsPerSecond, seconds,
                epoch < epochs ? "  ETA " + TimeLeft.format(timeLeft.seconds(done, now)) : "");
    }

    @Override
    public synchronized void close() {
        closed = true;
        err.flush();
    }

    /**
     * The time left, from the pace since the first report (a resumed run starts part way, so the
     * work before it does not count).
     */
    static final class TimeLeft {
        private double startDone = -1;
        private long startNanos;

        void observe(double done, long now) {
            if (startDone < 0) {
                startDone = done;
                startNanos = now;
            }
        }

        /** Seconds left, or NaN before there is a pace to go by. */
        double seconds(double done, long now) {
            double progress = done - startDone;
            if (startDone < 0 || progress <= 0 || now <= startNanos) {
                return Double.NaN;
            }
            return (now - startNanos) / 1e9 * (1 - done) / progress;
        }

        /** 45s, 3m07s, 2h05m; "?" when not known. */
        static String format(double seconds) {
            if (!Double.isFinite(seconds)) {
                return "?";
            }
            long s = Math.round(seconds);
            if (s < 60) {
                return s + "s";
            }
            if (s < 3600) {
                return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
            }
            return String.format(Locale.ROOT, "%dh%02dm", s / 3600, (s % 3600) / 60);
        }
    }
}
