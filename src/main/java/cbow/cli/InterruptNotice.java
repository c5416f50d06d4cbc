package cbow.cli;

import cbow.io.AtomicFile;
import cbow.io.OutputTarget;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * The last line of a training run stopped by SIGINT or SIGTERM, from a shutdown hook that stays
 * until the result is written: stopped while training, or while the result is being written, it
 * says that the output was not written (and how to resume); stopped after the rename, that it was;
 * stopped while writing into a pipe or standard output, that what went out is incomplete. Once it
 * has spoken no other line follows (see {@link #interrupted()}).
 */
final class InterruptNotice implements AutoCloseable {
    private final PrintStream err;
    private final String output;
    private final Path checkpoint;
    private final ProgressDisplay progress;
    private final Thread hook = new Thread(this::speak, "cbow-interrupt-notice");
    private volatile boolean interrupted;
    private volatile boolean writing;
    private volatile boolean written;

    /** @param checkpoint where the run saves checkpoints, or null */
    InterruptNotice(PrintStream err, ProgressDisplay progress, String output, Path checkpoint) {
        this.err = err;
        this.progress = progress;
        this.output = output;
        this.checkpoint = checkpoint;
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Whether the process is stopping on a signal (log lines then stay quiet). */
    boolean interrupted() {
        return interrupted;
    }

    /** The final write begins. */
    void writing() {
        writing = true;
    }

    /** The result is in place (AtomicFile calls this before any shutdown hook can stop its rename). */
    void written() {
        written = true;
    }

    private void speak() {
        AtomicFile.stopWrites(); // after this the output is written, or will never be
        synchronized (err) { // the notice is the last line: no log line after it
            interrupted = true;
            progress.close(); // ends a bar's line, and prints no more progress
            err.println("cbow train: " + message());
            err.flush();
        }
    }

    private String message() {
        if (written) {
            return "interrupted after " + output + " was written";
        }
        if (writing && writtenThrough()) {
            return "interrupted while writing " + (output.equals("-") ? "standard output" : output)
                    + "; what it received is incomplete";
        }
        return "interrupted; " + output + " was not written"
                + (checkpoint == null ? "" : " (continue with --resume " + checkpoint + ")");
    }

    /** Standard output, a pipe or a device: written into as it goes, so a part may have gone out. */
    private boolean writtenThrough() {
        if (output.equals("-")) {
            return true;
        }
        try {
            return OutputTarget.of(Path.of(output)).kind() != OutputTarget.Kind.FILE;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Training and writing are over: a signal from now on is nobody's business here. */
    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the notice is running: let it say so
        }
    }
}
