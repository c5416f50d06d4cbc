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
    private ProgressBar bar;
    private int epochs;
    private double wordsPerSecond;
    private double loss = Double.NaN;

    ProgressBarDisplay(PrintStream err) {
        this.err = err;
    }

    @Override
    public void progress(int epoch, int epochs, int batch, int batches, double recentLoss, double wordsPerSecond) {
        long done = (long) (epoch - 1) * batches + batch;
        if (bar == null) {
            this.epochs = epochs;
            bar = new ProgressBarBuilder()
                    .setTaskName("training")
                    .setInitialMax((long) epochs * batches)
                    .setStyle(ProgressBarStyle.ASCII) // box-drawing glyphs misalign in some fonts
                    .setConsumer(new ConsoleProgressBarConsumer(err))
                    .setUpdateIntervalMillis(500)
                    .startsFrom(done, Duration.ZERO) // a resumed run's rate counts only new work
                    .build();
        }
        this.wordsPerSecond = wordsPerSecond;
        this.loss = recentLoss;
        bar.stepTo(done);
        bar.setExtraMessage(message(epoch));
    }

    @Override
    public void epochFinished(int epoch, int epochs, double meanLoss, double wordsPerSecond, double seconds) {
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
    public void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
        err.flush();
    }
}
