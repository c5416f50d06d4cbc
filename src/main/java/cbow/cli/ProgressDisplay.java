package cbow.cli;

import cbow.train.TrainingListener;
import java.io.PrintStream;

/**
 * How training progress reaches standard error: a live bar when standard error is a terminal, plain
 * periodic lines when it is a file or a pipe, nothing with {@code --quiet}. Standard output is never
 * touched, so it carries only results.
 */
interface ProgressDisplay extends TrainingListener, AutoCloseable {
    /** Ends the display (a bar's line is finished, so that what follows starts on a line of its own). */
    @Override
    void close();

    ProgressDisplay NONE = () -> { };

    static ProgressDisplay choose(boolean quiet, PrintStream err) {
        if (quiet) {
            return NONE;
        }
        return isTerminal(2) ? new ProgressBarDisplay(err) : new ProgressLines(err);
    }

    /**
     * Whether file descriptor {@code fd} of this process is a terminal. Java 17 cannot ask (its
     * {@code System.console()} looks at standard input and output, not error), so {@code test -t}
     * asks with the descriptor inherited. {@code TERM=dumb} counts as no terminal.
     */
    static boolean isTerminal(int fd) {
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        try {
            Process test = new ProcessBuilder("sh", "-c", "test -t " + fd)
                    .redirectInput(ProcessBuilder.Redirect.INHERIT)
                    .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            return test.waitFor() == 0;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
