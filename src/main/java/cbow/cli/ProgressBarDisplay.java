package cbow.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A live progress bar on a terminal: percent done over all epochs, time elapsed and left, the epoch,
 * the recent loss and words per second. The bar counts batches; it appears with the first report.
 */
final class ProgressBarDisplay implements ProgressDisplay {
    private final PrintStream err;
    private final int width;
    private ProgressBar bar;
    private boolean closed;
    private int epochs;
    private double wordsPerSecond;
    private double loss = Double.NaN;

    /** @param width the terminal's width: given, so that progressbar never opens a jline terminal */
    ProgressBarDisplay(PrintStream err, int width) {
        this.err = err;
        this.width = width;
    }

    @Override
    public synchronized void progress(int epoch, int epochs, int batch, int batches, double recentLoss, double wordsPerSecond) {
        if (closed) {
            return;
        }
        long done = (long) (epoch - 1) * batches + batch;
        if (bar == null) {
            this.epochs = epochs;
            bar = new ProgressBarBuilder()
                    .setTaskName("training")
                    .setInitialMax((long) epochs * batches)
                    .setStyle(ProgressBarStyle.ASCII) // box-drawing glyphs misalign in some fonts
                    .setConsumer(new ConsoleProgressBarConsumer(err, width - 1))
                    .setUpdateIntervalMillis(500)
                    .continuousUpdate() // the clocks tick between reports
                    .startsFrom(done, Duration.ZERO) // a resumed run's rate counts only new work
                    .build();
        }
        this.wordsPerSecond = wordsPerSecond;
        this.loss = recentLoss;
        bar.stepTo(done);
        bar.setExtraMessage(message(epoch));
    }

    @Override
    public synchronized void epochFinished(int epoch, int epochs, double meanLoss, double wordsPerSecond, double seconds) {
        this.wordsPerSecond = wordsPerSecond;
        this.loss = meanLoss;
        if (bar != null) {
            bar.setExtraMessage(message(epoch));
        }
    }

    private String message(int epoch) {
        return String.format(Locale.ROOT, "epoch %d/%d  loss %.4f  %,.0f words/s", epoch, epochs, loss, wordsPerSecond);
    }

    @Override
    public synchronized void close() { // also from the interrupt notice's thread
        closed = true;
        if (bar != null) {
            bar.close();
            bar = null;
        }
        err.flush();
    }
}
