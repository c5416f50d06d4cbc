package cbow.embed;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The TensorFlow Embedding Projector's pair of files (projector.tensorflow.org, "Load"): vectors.tsv
 * holds one vector a line, its numbers separated by tabs, and metadata.tsv the words in the same
 * order, after a header line, with their corpus counts as a second column (the projector colours and
 * filters points by such columns).
 */
public final class ProjectorFormat {
    /** The file names the projector's own exports use. */
    public static final String VECTORS_FILE = "vectors.tsv";
    public static final String METADATA_FILE = "metadata.tsv";

    private ProjectorFormat() {
    }

    /** vectors.tsv: no header, one row a word, numbers as {@link Float#toString} writes them (exact). */
    public static void writeVectors(Embeddings e, OutputStream out) throws IOException {
        float[] v = e.vectors();
        StringBuilder line = new StringBuilder(e.dim() * 12);
        for (int i = 0; i < e.size(); i++) {
            line.setLength(0);
            for (int k = i * e.dim(); k < (i + 1) * e.dim(); k++) {
                if (k > i * e.dim()) {
                    line.append('\t');
                }
                line.append(v[k]);
            }
            line.append('\n');
            out.write(line.toString().getBytes(StandardCharsets.US_ASCII));
        }
        out.flush();
    }

    /** metadata.tsv: the header "word TAB count", then one row a word (with more than one column the projector wants a header). */
    public static void writeMetadata(Embeddings e, OutputStream out) throws IOException {
        checkWords(e);
        StringBuilder text = new StringBuilder("word\tcount\n");
        for (int i = 0; i < e.size(); i++) {
            text.append(e.word(i)).append('\t').append(e.count(i)).append('\n');
            if (text.length() > 1 << 16) {
                out.write(text.toString().getBytes(StandardCharsets.UTF_8));
                text.setLength(0);
            }
        }
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void checkWords(Embeddings e) {
        for (String word : e.words()) {
            if (word.indexOf('\t') >= 0 || word.indexOf('\n') >= 0 || word.indexOf('\r') >= 0) {
                throw new IllegalArgumentException("the word '" + word.strip() + "' holds a tab or line break, which metadata.tsv cannot store");
            }
        }
    }
}
