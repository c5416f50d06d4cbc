package cbow.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a file named for output really goes, worked out once so that the name is checked before
 * any work by the same rules that later write it ({@link AtomicFile}):
 * <ul>
 * <li>{@link Kind#FILE}: a regular file, new or existing, reached through any chain of symbolic
 *     links (a link stays a link; the file it ends at is replaced whole, by a rename);</li>
 * <li>{@link Kind#DESCRIPTOR}: one of this process's open descriptors ({@code /dev/stdout},
 *     {@code /dev/stderr}, {@code /dev/fd/N}, {@code /proc/self/fd/N}, a shell's {@code >(...)}),
 *     written through as it is: renaming over {@code /proc/self/fd/1} would replace the file behind
 *     a {@code >> log} instead of appending to it, and fails outright for a pipe;</li>
 * <li>{@link Kind#SPECIAL}: a device or named pipe ({@code /dev/null}, a FIFO), written into.</li>
 * </ul>
 */
public final class OutputTarget {
    /** How a target is written. */
    public enum Kind { FILE, DESCRIPTOR, SPECIAL }

    private static final Pattern DESCRIPTOR_PATH = Pattern.compile("/(?:dev/fd|proc/self/fd|proc/thread-self/fd|proc/(\\d+)/fd)/(\\d+)");

    private final Path named;
    private final Path resolved;
    private final Kind kind;
    private final int descriptor;

    private OutputTarget(Path named, Path resolved, Kind kind, int descriptor) {
        this.named = named;
        this.resolved = resolved;
        this.kind = kind;
        this.descriptor = descriptor;
    }

    /** Standard output, as "-" names it on cbow's command lines. */
    public static OutputTarget standardOutput() {
        return new OutputTarget(Path.of("-"), Path.of("/dev/stdout"), Kind.DESCRIPTOR, 1);
    }

    /** Follows {@code named}'s symbolic links (the last one may dangle) and says what it ends at. */
    public static OutputTarget of(Path named) throws IOException {
        Path path = named.toAbsolutePath().normalize();
        for (int hops = 0; ; hops++) {
            int fd = descriptorNumber(path);
            if (fd >= 0) {
                return new OutputTarget(named, path, Kind.DESCRIPTOR, fd);
            }
            if (!Files.isSymbolicLink(path)) {
                break;
            }
            if (hops == 40) {
                throw new IOException(named + ": too many levels of symbolic links");
            }
            Path dir = path.getParent();
            Path realDir = Files.isDirectory(dir) ? dir.toRealPath() : dir;
            path = realDir.resolve(Files.readSymbolicLink(path)).normalize();
        }
        boolean special = Files.exists(path) && !Files.isRegularFile(path) && !Files.isDirectory(path);
        return new OutputTarget(named, path, special ? Kind.SPECIAL : Kind.FILE, -1);
    }

    /** The descriptor a path names (/dev/stdout: 1), or -1 when it names none of this process's. */
    private static int descriptorNumber(Path path) {
        String text = path.toString();
        if (text.equals("/dev/stdout")) {
            return 1;
        }
        if (text.equals("/dev/stderr")) {
            return 2;
        }
        Matcher m = DESCRIPTOR_PATH.matcher(text);
        if (!m.matches() || (m.group(1) != null && Long.parseLong(m.group(1)) != ProcessHandle.current().pid())) {
            return -1;
        }
        try {
            return Integer.parseInt(m.group(2));
        } catch (NumberFormatException tooLarge) {
            return -1;
        }
    }

    public Kind kind() {
        return kind;
    }

    /** The file, device or descriptor path that is written (after symbolic links). */
    public Path resolved() {
        return resolved;
    }

    /** The descriptor number of a {@link Kind#DESCRIPTOR} target, else -1. */
    public int descriptor() {
        return descriptor;
    }

    /**
     * Fails with a message (the name is the caller's to add) unless this target can be written now:
     * a file needs an existing, writable directory (tried by creating a file there: root passes
     * every permission check, not a read-only mount) and must not be a directory; a device or
     * pipe must be writable; a descriptor must be open.
     */
    public void requireWritable() throws IOException {
        switch (kind) {
            case DESCRIPTOR -> {
                if (descriptor > 2 && !Files.exists(Path.of("/proc/self/fd/" + descriptor))) {
                    throw new IOException("descriptor " + descriptor + " is not open");
                }
            }
            case SPECIAL -> {
                if (!Files.isWritable(resolved)) {
                    throw new IOException("not writable (permission denied)");
                }
            }
            case FILE -> {
                if (Files.isDirectory(resolved)) {
                    throw new IOException("is a directory; name a file to write");
                }
                Path dir = resolved.getParent();
                String via = resolved.equals(named.toAbsolutePath().normalize()) ? "" : "a symbolic link to " + resolved + ", but ";
                if (dir == null || !Files.isDirectory(dir)) {
                    throw new IOException(via + "the directory " + dir + " does not exist");
                }
                try {
                    Files.delete(Files.createTempFile(dir, ".cbow-probe.", ".tmp"));
                } catch (IOException e) {
                    throw new IOException(via + "cannot create a file in the directory " + dir
                            + (e instanceof AccessDeniedException ? " (permission denied)" : ""));
                }
            }
        }
    }

    /**
     * Whether writing this target would change {@code file} (an existing file, or another target's
     * resolved path): the same inode, or for a file not yet there, the same place.
     */
    public boolean overwrites(Path file) {
        Path other = file.toAbsolutePath().normalize();
        try {
            if (Files.exists(resolved) && Files.exists(other)) {
                return Files.isSameFile(resolved, other);
            }
            return !Files.exists(resolved) && !Files.exists(other) && place(resolved).equals(place(other));
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether this target and {@code other} are one file or descriptor. */
    public boolean sameAs(OutputTarget other) {
        if (kind == Kind.DESCRIPTOR && other.kind == Kind.DESCRIPTOR && descriptor == other.descriptor) {
            return true;
        }
        return overwrites(other.resolved);
    }

    /** A path not yet created, by its directory's real path: two spellings of one place compare equal. */
    private static Path place(Path path) throws IOException {
        Path dir = path.getParent();
        return dir != null && Files.isDirectory(dir) ? dir.toRealPath().resolve(path.getFileName()) : path;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OutputTarget t && t.kind == kind && t.resolved.equals(resolved) && t.descriptor == descriptor;
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, resolved, descriptor);
    }

    @Override
    public String toString() {
        return named + " -> " + kind + " " + (kind == Kind.DESCRIPTOR ? "fd " + descriptor : resolved);
    }
}
