package cbow.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
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
 * A symbolic link is followed (the link stays); a device or named pipe is written directly.
 */
public final class AtomicFile {
    /** What a writer does with the stream; may throw. */
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();
    /** Guards PENDING against the shutdown hook, which runs while other threads still run. */
    private static final Object LOCK = new Object();
    private static boolean shuttingDown;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            synchronized (LOCK) {
                shuttingDown = true; // from now on no temporary file is created, so none can be missed
                for (Path p : PENDING) {
                    try {
                        Files.deleteIfExists(p);
                    } catch (IOException ignored) {
                        // nothing more can be done while the JVM exits
                    }
                }
            }
        }, "cbow-temp-cleanup"));
    }

    private AtomicFile() {
    }

    public static void write(Path target, Content content) throws IOException {
        Path absolute = followLinks(target.toAbsolutePath()); // a link stays a link: its target is replaced
        if (Files.exists(absolute)) {
            if (!Files.isRegularFile(absolute) && !Files.isDirectory(absolute)) {
                // A device or a named pipe (-o /dev/null, -o /dev/stdout, a FIFO): renaming over it
                // would replace the device node itself, so write into it as it is.
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(absolute), 1 << 16)) {
                    content.writeTo(out);
                }
                return;
            }
        }
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
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
            PENDING.remove(temp);
        }
    }

    /** The file a chain of symbolic links ends at, even if it does not exist yet. */
    private static Path followLinks(Path path) throws IOException {
        for (int hops = 0; Files.isSymbolicLink(path); hops++) {
            if (hops == 40) {
                throw new IOException(path + ": too many levels of symbolic links");
            }
            path = path.resolveSibling(Files.readSymbolicLink(path)).normalize();
        }
        return path;
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
