package cbow.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Opens the files named on the command line, turning what can go wrong into one clear line. */
final class CliFiles {
    private CliFiles() {
    }

    /** Opens a file for reading, or standard input for "-". */
    static InputStream openInput(String name) {
        if (name.equals("-")) {
            return System.in;
        }
        Path path = Path.of(name);
        if (Files.isDirectory(path)) {
            throw new CommandFailure(name + ": is a directory, not a file");
        }
        try {
            return Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw new CommandFailure(name + ": no such file");
        } catch (AccessDeniedException e) {
            throw new CommandFailure(name + ": permission denied");
        } catch (IOException e) {
            throw new CommandFailure(name + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /**
     * Flushes standard output, failing if anything written to it was lost (a closed pipe, a full
     * disk): {@link java.io.PrintStream} swallows those errors, and a script must not take a
     * truncated result for a whole one. A pipe whose reader has gone ({@code | head}) ends the
     * command quietly with {@link StandardOutputClosed}; any other lost write is an error.
     */
    static void flushStandardOutput() {
        System.out.flush();
        if (System.out.checkError()) {
            if (standardOutputIsPipe()) {
                throw new StandardOutputClosed();
            }
            throw new CommandFailure("standard output: the write failed (full disk?); the result is incomplete");
        }
    }

    /** True where the system tells that file descriptor 1 is a pipe (Linux's /proc); false elsewhere. */
    private static boolean standardOutputIsPipe() {
        try {
            return Files.readSymbolicLink(Path.of("/proc/self/fd/1")).toString().startsWith("pipe:");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory: " + e.getMessage();
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied: " + e.getMessage();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
