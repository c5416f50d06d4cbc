package cbow.cli;

/**
 * A failure the user can act on: its message is printed as the one line of the error, and the
 * process exits with {@link Main#EXIT_FAILURE}.
 */
public final class CommandFailure extends RuntimeException {
    public CommandFailure(String message) {
        super(message);
    }

    public CommandFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
