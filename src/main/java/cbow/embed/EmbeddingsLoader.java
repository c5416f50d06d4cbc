package cbow.embed;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one way commands read embeddings: cbow's JSON, word2vec's text or binary format (fastText's
 * .vec and gensim's files included), GloVe's text or the Embedding Projector's pair (from a path), recognised from the first bytes unless the caller names the
 * format; and cbow's subword model ({@link SubwordModelFile}), always recognised by its magic bytes,
 * which also builds vectors for words outside the vocabulary.
 */
public final class EmbeddingsLoader {
    private static final int SNIFF_BYTES = 1 << 16;

    private EmbeddingsLoader() {
    }

    /**
     * Reads embeddings from {@code in} in {@code format}, or in the format its first bytes show when
     * {@code format} is null. A file that cannot be read as such is an {@link EmbeddingsFormatException}.
     */
    public static Embeddings load(InputStream in, EmbeddingsFormat format) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(in, SNIFF_BYTES);
        if (isSubwordModel(buffered)) {
            return SubwordModelFile.read(buffered);
        }
        EmbeddingsFormat actual = format != null ? format : detect(buffered);
        return switch (actual) {
            case JSON -> EmbeddingsJson.read(buffered);
            case WORD2VEC -> Word2VecFormat.readText(buffered);
            case WORD2VEC_BINARY -> Word2VecFormat.readBinary(buffered);
            case GLOVE -> Word2VecFormat.readHeaderless(buffered);
            case PROJECTOR -> throw new EmbeddingsFormatException("the Embedding Projector's vectors.tsv holds no words (they are in "
                    + "metadata.tsv beside it): name the file or its directory, not standard input");
        };
    }

    /**
     * Reads an embeddings file through {@code cache} (null: no cache): a current cached copy when
     * there is one, else the file itself, leaving a copy for next time. What comes from a cache
     * holds words, counts and vectors but no settings or history; pass null when those matter.
     */
    public static Embeddings load(Path file, EmbeddingsFormat format, EmbeddingsCache cache) throws IOException {
        if (Files.isDirectory(file) && !Files.exists(file.resolve(ProjectorFormat.VECTORS_FILE))
                && !Files.exists(file.resolve(ProjectorFormat.METADATA_FILE))) {
            throw new EmbeddingsFormatException("is a directory, not a file"); // nor a projector's pair
        }
        if (format == EmbeddingsFormat.PROJECTOR || Files.isDirectory(file)) {
            return ProjectorFormat.read(ProjectorFormat.vectorsFile(file)); // a pair: the cache keys on one file
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SNIFF_BYTES);
        }
        if (SubwordModelFile.recognises(head, head.length)) {
            return SubwordModelFile.read(file); // binary already, and memory-mapped: no cache needed
        }
        if (format == null && isProjectorVectors(head)) {
            return ProjectorFormat.read(file);
        }
        if (cache != null && Files.size(file) >= EmbeddingsCache.MIN_SOURCE_BYTES) {
            return cache.load(file, in -> load(in, format));
        }
        try (InputStream in = Files.newInputStream(file)) {
            return load(in, format);
        }
    }

    private static boolean isProjectorVectors(byte[] head) {
        try {
            return head.length > 0 && EmbeddingsFormat.detect(head, head.length) == EmbeddingsFormat.PROJECTOR;
        } catch (EmbeddingsFormatException e) {
            return false; // reported by the reader of the format asked for
        }
    }

    private static boolean isSubwordModel(InputStream in) throws IOException {
        in.mark(SubwordModelFile.MAGIC.length);
        byte[] head = in.readNBytes(SubwordModelFile.MAGIC.length);
        in.reset();
        return SubwordModelFile.recognises(head, head.length);
    }

    private static EmbeddingsFormat detect(BufferedInputStream in) throws IOException {
        in.mark(SNIFF_BYTES);
        byte[] head = new byte[SNIFF_BYTES];
        int length = 0;
        int n;
        while (length < head.length && (n = in.read(head, length, head.length - length)) > 0) {
            length += n;
        }
        in.reset();
        if (length == 0) {
            throw new EmbeddingsFormatException("the file is empty");
        }
        return EmbeddingsFormat.detect(head, length);
    }
}
