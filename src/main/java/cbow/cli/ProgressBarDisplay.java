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
 * the learning rate, the recent loss and words per second. The bar counts batches (for ns and hs,
 * the first thread's tokens); it appears with the first report, and each finished epoch fills its
 * share, so a finished run shows 100 % even where the last report came before the epoch's end.
 */
final class ProgressBarDisplay implements ProgressDisplay {
    private final PrintStream err;
    private final int width;
    private final Rate rate;
    private ProgressBar bar;
    private int batches;
    private double learningRate = Double.NaN;
    private boolean closed;
    private int epochs;
    private double wordsPerSecond;
    private double loss = Double.NaN;

    /** @param width the terminal's width: given, so that progressbar never opens a jline terminal */
    ProgressBarDisplay(PrintStream err, int width, Rate rate) {
        this.err = err;
        this.width = width;
        this.rate = rate;
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
        this.batches = batches;
        this.wordsPerSecond = wordsPerSecond;
        this.loss = recentLoss;
        this.learningRate = rate.at((epoch - 1 + (double) batch / batches) / epochs);
        bar.stepTo(done);
        bar.setExtraMessage(message(epoch));
    }

    @Override
    public synchronized void epochFinished(int epoch, int epochs, double meanLoss, double wordsPerSecond, double seconds) {
        this.wordsPerSecond = wordsPerSecond;
        this.loss = meanLoss;
        if (bar != null) {
            bar.stepTo((long) epoch * batches); // the last report may fall short of the epoch's end
            bar.setExtraMessage(message(epoch));
        }
    }

    private String message(int epoch) {
        return String.format(Locale.ROOT, "epoch %d/%d  lr %.6f  %s  %,.0f words/s", epoch, epochs, learningRate, ProgressDisplay.cost(loss),
                wordsPerSecond);
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
