package cbow.cli;

/**
 * Standard output is a pipe whose reader has gone, as in {@code cbow similar king | head -3}: the
 * reader asked for no more, so nothing is printed, and the process exits with
 * {@link Main#EXIT_PIPE_CLOSED} (128 + SIGPIPE, what a shell reports for {@code yes | head}), so that a
 * script running with {@code set -o pipefail} still learns that the output was cut.
 */
final class StandardOutputClosed extends RuntimeException {
    StandardOutputClosed() {
        super("standard output: the reading end of the pipe was closed", null, false, false);
    }
}
