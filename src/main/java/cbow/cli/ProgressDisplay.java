package cbow.cli;

import cbow.train.TrainingListener;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

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

    /**
     * "loss 1.2345", or "no example" for an epoch whose every example subsampling dropped (a corpus of a
     * few lines), whose mean cost is NaN.
     */
    static String cost(double meanLoss) {
        return Double.isNaN(meanLoss) ? "no example" : String.format(Locale.ROOT, "loss %.4f", meanLoss);
    }

    /** The learning rate once the share {@code done} (0 to 1) of the run is done (the trainers' schedule). */
    interface Rate {
        double at(double done);
    }

    static ProgressDisplay choose(boolean quiet, PrintStream err, Rate rate) {
        if (quiet) {
            return NONE;
        }
        // The launcher filters standard error through a pipe, so it asks before and passes the answer
        String told = System.getProperty("cbow.stderrTerminal");
        boolean terminal = told != null ? Boolean.parseBoolean(told) && !"dumb".equals(System.getenv("TERM")) : isTerminal(2);
        if (!terminal) {
            return new ProgressLines(err, rate);
        }
        Integer columns = Integer.getInteger("cbow.terminalColumns");
        return new ProgressBarDisplay(err, told != null && columns != null && columns > 0 ? columns : terminalWidth(2), rate);
    }

    /** The width of the terminal on file descriptor {@code fd}, or 80 when it cannot be learnt. */
    static int terminalWidth(int fd) {
        String size = shell("stty size <&" + fd + " 2>/dev/null");
        try {
            return Integer.parseInt(size.trim().split("\\s+")[1]);
        } catch (RuntimeException e) {
            return 80;
        }
    }

    /**
     * Whether file descriptor {@code fd} of this process is a terminal. Java 17 cannot ask (its
     * {@code System.console()} looks at standard input and output, not error), so {@code test -t}
     * asks with the descriptor inherited. {@code TERM=dumb} counts as no terminal.
     * (Not jline, which progressbar would otherwise use: jline's terminal resets SIGINT to the
     * native default, so Ctrl-C would kill the JVM without running the shutdown hooks that delete
     * temporary files.)
     */
    static boolean isTerminal(int fd) {
        if ("dumb".equals(System.getenv("TERM"))) {
            return false;
        }
        return shell("test -t " + fd + " && echo yes").startsWith("yes");
    }

    /** Runs a shell command that inherits this process's standard error; returns its output, or "". */
    private static String shell(String command) {
        try {
            Process p = new ProcessBuilder("sh", "-c", command)
                    .redirectInput(ProcessBuilder.Redirect.INHERIT)
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return p.waitFor() == 0 ? out : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
