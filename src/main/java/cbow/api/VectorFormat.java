package cbow.api;

import cbow.embed.EmbeddingsFormat;

/** The file formats vectors are read from and written in: the same list as the command line's {@code --format}. */
public enum VectorFormat {
    /** cbow's own JSON: words, counts, vectors and how they were trained. */
    JSON(EmbeddingsFormat.JSON),
    /** word2vec's text format: a "count dim" line, then "word v1 ... vN" lines (also fastText's .vec, gensim's text). */
    WORD2VEC(EmbeddingsFormat.WORD2VEC),
    /** word2vec's binary format: a "count dim" line, then per word "word ", N little-endian float32 and a newline. */
    WORD2VEC_BINARY(EmbeddingsFormat.WORD2VEC_BINARY),
    /** GloVe's text format: word2vec's text lines without the "count dim" line. */
    GLOVE(EmbeddingsFormat.GLOVE),
    /**
     * The TensorFlow Embedding Projector's vectors.tsv and metadata.tsv (word and count), written into
     * a directory; {@link WordEmbeddings#load(java.nio.file.Path)} reads it from that directory or from
     * its vectors.tsv (metadata.tsv beside it), not from a stream.
     */
    PROJECTOR(EmbeddingsFormat.PROJECTOR);

    private final EmbeddingsFormat format;

    VectorFormat(EmbeddingsFormat format) {
        this.format = format;
    }

    EmbeddingsFormat format() {
        return format;
    }
}
