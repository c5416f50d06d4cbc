package cbow.text;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * The text of a corpus as real corpora come: any number of files, directories (their files in name
 * order, not descending into subdirectories), and standard input ({@code -}), each plain UTF-8 or
 * gzip-compressed (known by its first bytes, not its name). Every file is tokenized on its own, so a
 * line never runs from one file into the next. Standard input is spooled to a temporary file, so that
 * it can be read more than once; {@link #close} removes it, and so does the JVM's exit on a signal.
 */
public final class Corpus implements AutoCloseable {
    /** The two bytes a gzip member starts with. */
    private static final int GZIP_MAGIC_1 = 0x1f;
    private static final int GZIP_MAGIC_2 = 0x8b;

    private final List<Path> files;
    private final List<String> names; // as the user named them, for messages
    private final Path spool;          // standard input's copy, or null

    private Corpus(List<Path> files, List<String> names, Path spool) {
        this.files = files;
        this.names = names;
        this.spool = spool;
    }

    /**
     * The corpus named by {@code inputs} (files, directories, {@code -} for {@code stdin}), checked
     * now: a missing or unreadable file fails before any work.
     *
     * @param tempDir where standard input is spooled
     */
    public static Corpus open(List<String> inputs, InputStream stdin, Path tempDir) throws IOException {
        List<Path> files = new ArrayList<>();
        List<String> names = new ArrayList<>();
        Path spool = null;
        try {
            for (String input : inputs) {
                if (input.equals("-")) {
                    if (spool != null) {
                        throw new CorpusFileException("-", "standard input can be named only once", null);
                    }
                    spool = spool(stdin, tempDir);
                    files.add(spool);
                    names.add("standard input");
                } else {
                    addFiles(Path.of(input), input, files, names);
                }
            }
        } catch (IOException | RuntimeException e) {
            delete(spool);
            throw e;
        }
        return new Corpus(files, names, spool);
    }

    /** A corpus of one stream (for tests and the library): spooled to a temporary file. */
    public static Corpus of(InputStream text) throws IOException {
        return open(List.of("-"), text, Path.of(System.getProperty("java.io.tmpdir")));
    }

    private static void addFiles(Path path, String name, List<Path> files, List<String> names) throws IOException {
        if (Files.isDirectory(path)) {
            List<Path> inside = new ArrayList<>();
            try (DirectoryStream<Path> entries = Files.newDirectoryStream(path)) {
                for (Path p : entries) {
                    if (Files.isRegularFile(p) && !p.getFileName().toString().startsWith(".")) {
                        inside.add(p);
                    }
                }
            } catch (AccessDeniedException e) {
                throw new CorpusFileException(name, "permission denied", e);
            }
            if (inside.isEmpty()) {
                throw new CorpusFileException(name, "the directory holds no files", null);
            }
            inside.sort(null); // name order, so that a run is repeatable
            for (Path p : inside) {
                files.add(p);
                names.add(p.toString());
            }
            return;
        }
        if (!Files.exists(path)) {
            throw new CorpusFileException(name, "no such file", null);
        }
        if (!Files.isReadable(path)) {
            throw new CorpusFileException(name, "permission denied", null);
        }
        files.add(path);
        names.add(name);
    }

    private static Path spool(InputStream stdin, Path tempDir) throws IOException {
        Path file;
        try {
            file = Files.createTempFile(tempDir, "cbow-stdin-", ".txt");
        } catch (IOException e) {
            throw new CorpusFileException(tempDir.toString(), "cannot hold standard input's copy ("
                    + e.getMessage() + "; choose another place with --temp-dir)", e);
        }
        file.toFile().deleteOnExit(); // also on SIGINT and SIGTERM, which run the JVM's shutdown
        try {
            Files.copy(stdin, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            delete(file);
            throw new CorpusFileException("standard input", "cannot be copied to " + file + " (" + e.getMessage()
                    + "; choose another place with --temp-dir)", e);
        }
        return file;
    }

    /** The files in the order they are read. */
    public List<Path> files() {
        return files;
    }

    /** The total size of the files in bytes (compressed size for gzip files). */
    public long bytes() {
        long total = 0;
        for (Path f : files) {
            try {
                total += Files.size(f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return total;
    }

    /**
     * Tokenizes every file in order into {@code sink} (each file's last line ended), and returns the
     * tokens skipped for being too long. Invalid UTF-8 is a {@link MalformedTextException} naming the
     * file; a file that cannot be read or decompressed, a {@link CorpusFileException}.
     */
    public long tokenize(Tokenizer.Sink sink) throws IOException {
        long skipped = 0;
        for (int i = 0; i < files.size(); i++) {
            Tokenizer tokenizer = new Tokenizer();
            try (InputStream in = open(files.get(i), names.get(i))) {
                tokenizer.tokenize(in, sink);
            } catch (MalformedTextException e) {
                throw e.in(names.get(i));
            } catch (ZipException | java.io.EOFException e) {
                throw new CorpusFileException(names.get(i), "is not intact gzip data (" + e.getMessage() + ")", e);
            } catch (CorpusFileException e) {
                throw e;
            } catch (IOException e) {
                throw new CorpusFileException(names.get(i), "cannot be read (" + e.getMessage() + ")", e);
            }
            skipped += tokenizer.skippedLongTokens();
        }
        return skipped;
    }

    /** Opens one file, decompressing it if it starts as gzip does. */
    private static InputStream open(Path file, String name) throws IOException {
        InputStream raw;
        try {
            raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        } catch (NoSuchFileException e) {
            throw new CorpusFileException(name, "no such file", e);
        } catch (AccessDeniedException e) {
            throw new CorpusFileException(name, "permission denied", e);
        }
        raw.mark(2);
        int b1 = raw.read();
        int b2 = raw.read();
        raw.reset();
        if (b1 == GZIP_MAGIC_1 && b2 == GZIP_MAGIC_2) {
            return new GZIPInputStream(raw, 1 << 16); // reads concatenated members too, as gzip -d does
        }
        return raw;
    }

    /** Removes standard input's copy, if there is one. */
    @Override
    public void close() {
        delete(spool);
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // deleteOnExit tries again
            }
        }
    }
}
