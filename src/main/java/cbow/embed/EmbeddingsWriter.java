package cbow.embed;

import cbow.io.AtomicFile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one way embeddings are written, in any {@link EmbeddingsFormat}: by {@code cbow train},
 * {@code cbow export} and the library. Files are written whole or not at all ({@link AtomicFile}).
 */
public final class EmbeddingsWriter {
    private EmbeddingsWriter() {
    }

    /**
     * Writes a one-file format to a stream. A word the format cannot hold (white space in word2vec's
     * formats) is an IllegalArgumentException, raised before anything is written.
     */
    public static void write(Embeddings e, EmbeddingsFormat format, OutputStream out) throws IOException {
        switch (format) {
            case JSON -> EmbeddingsJson.write(e, out);
            case WORD2VEC -> Word2VecFormat.writeText(e, out);
            case WORD2VEC_BINARY -> Word2VecFormat.writeBinary(e, out);
            case GLOVE -> Word2VecFormat.writeHeaderless(e, out);
            case PROJECTOR -> throw new IllegalArgumentException("the projector format is a pair of files: name a directory");
        }
    }

    /**
     * Writes {@code target} whole or not at all. For {@link EmbeddingsFormat#PROJECTOR} the target is
     * a directory (made if missing) that receives vectors.tsv and metadata.tsv, each whole; the words
     * are checked before either is written.
     */
    public static void write(Embeddings e, EmbeddingsFormat format, Path target) throws IOException {
        write(e, format, target, () -> { });
    }

    /** As {@link #write(Embeddings, EmbeddingsFormat, Path)}, running {@code done} once all is in place. */
    public static void write(Embeddings e, EmbeddingsFormat format, Path target, Runnable done) throws IOException {
        if (format.singleFile()) {
            AtomicFile.write(target, out -> write(e, format, out), done);
            return;
        }
        ProjectorFormat.writeMetadata(e, OutputStream.nullOutputStream()); // fails on a word it cannot hold
        Files.createDirectories(target);
        AtomicFile.write(target.resolve(ProjectorFormat.VECTORS_FILE), out -> ProjectorFormat.writeVectors(e, out));
        AtomicFile.write(target.resolve(ProjectorFormat.METADATA_FILE), out -> ProjectorFormat.writeMetadata(e, out), done);
    }
}
