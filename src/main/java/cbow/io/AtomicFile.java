package cbow.io;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes a file whole or not at all: the content goes to a temporary file beside the target, which
 * is renamed over the target only once it is complete and flushed to disk. A failure, or the process
 * being interrupted (SIGINT, SIGTERM), leaves the target as it was and no temporary file behind.
 * A symbolic link is followed (the link stays, the file it ends at is replaced); one of the process's
 * descriptors ({@code /dev/stdout}), a device or a named pipe is written through, never renamed over
 * (see {@link OutputTarget}).
 */
public final class AtomicFile {
    /** What a writer does with the stream; may throw. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();
    /** Guards PENDING and the renames against the shutdown hook, which runs while other threads still run. */
    private static final Object LOCK = new Object();
    private static boolean shuttingDown;

    static {
        Thread cleanup = new Thread(() -> {
            synchronized (LOCK) {
                shuttingDown = true; // from now on no temporary file is created or renamed, so none can be missed
                for (Path p : PENDING) {
                    try {
                        Files.deleteIfExists(p);
                    } catch (IOException ignored) {
                        // nothing more can be done while the JVM exits
                    }
                }
            }
        }, "cbow-temp-cleanup");
        try {
            Runtime.getRuntime().addShutdownHook(cleanup);
        } catch (IllegalStateException exiting) {
            shuttingDown = true; // first used by another shutdown hook (stopWrites): nothing is written from now on
        }
    }

    private AtomicFile() {
    }

    public static void write(Path target, Content content) throws IOException {
        write(target, content, () -> { });
    }

    /**
     * Writes {@code target} as {@link #write(Path, Content)} does, and runs {@code done} as soon as
     * the content is in place: for a file, right after the rename and before a shutdown hook can
     * run {@link #stopWrites}, so that an interrupt notice can tell truthfully whether it was written.
     */
    public static void write(Path target, Content content, Runnable done) throws IOException {
        OutputTarget where = OutputTarget.of(target);
        switch (where.kind()) {
            case DESCRIPTOR -> {
                writeThrough(where.descriptor(), content);
                done.run();
            }
            case SPECIAL -> {
                // -o /dev/null, a FIFO: renaming over it would replace the node itself
                try (OutputStream out = new BufferedOutputStream(
                        Files.newOutputStream(where.resolved(), StandardOpenOption.WRITE), 1 << 16)) {
                    content.writeTo(out);
                }
                done.run();
            }
            case FILE -> replace(target, where.resolved(), content, done);
        }
    }

    /**
     * From now on no write of this process completes its rename: a write under way leaves its
     * target as it was. Returns once a rename in progress has finished (with its {@code done}).
     */
    public static void stopWrites() {
        synchronized (LOCK) {
            shuttingDown = true;
        }
    }

    private static void replace(Path target, Path absolute, Content content, Runnable done) throws IOException {
        Path dir = absolute.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException("the directory " + dir + " does not exist");
        }
        if (Files.isDirectory(absolute)) {
            throw new IOException(target + " is a directory");
        }
        Path temp = createRegisteredTemp(dir, absolute.getFileName().toString());
        try {
            matchPermissions(temp, absolute);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE);
                 OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16)) {
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            synchronized (LOCK) { // a shutdown hook sees the rename done, or prevents it
                if (shuttingDown) {
                    throw new IOException("the process is shutting down");
                }
                try {
                    Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
                }
                done.run();
            }
        } finally {
            Files.deleteIfExists(temp);
            PENDING.remove(temp);
        }
    }

    /**
     * Writes into one of this process's descriptors as it stands, so that a shell's {@code >>} keeps
     * appending and a pipe gets the bytes. Standard output and error are written through the very
     * descriptions the shell opened (offset and append mode included); another descriptor is opened
     * again through /proc for appending, never truncated.
     */
    private static void writeThrough(int fd, Content content) throws IOException {
        if (fd == 1 || fd == 2) {
            PrintStream stream = fd == 1 ? System.out : System.err;
            stream.flush();
            OutputStream out = new BufferedOutputStream(
                    new FileOutputStream(fd == 1 ? FileDescriptor.out : FileDescriptor.err), 1 << 16);
            content.writeTo(out);
            out.flush(); // not closed: the descriptor serves the rest of the process
            return;
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(Path.of("/proc/self/fd/" + fd),
                StandardOpenOption.WRITE, StandardOpenOption.APPEND), 1 << 16)) {
            content.writeTo(out);
        }
    }

    /** Creates the temporary file and registers it for cleanup as one step, unless the JVM is exiting. */
    private static Path createRegisteredTemp(Path dir, String name) throws IOException {
        synchronized (LOCK) {
            if (shuttingDown) {
                throw new IOException("the process is shutting down");
            }
            Path temp = Files.createTempFile(dir, "." + name + ".", ".tmp");
            PENDING.add(temp);
            return temp;
        }
    }

    /** A temporary file is private (0600); the result should look like any file the user writes. */
    private static void matchPermissions(Path temp, Path target) throws IOException {
        try {
            Set<PosixFilePermission> permissions = Files.exists(target)
                    ? Files.getPosixFilePermissions(target)
                    : PosixFilePermissions.fromString("rw-r--r--");
            Files.setPosixFilePermissions(temp, permissions);
        } catch (UnsupportedOperationException notPosix) {
            // not a POSIX file system: keep the defaults
        }
    }
}
