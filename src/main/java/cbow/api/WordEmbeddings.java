package cbow.api;

import cbow.embed.Analogy;
import cbow.embed.Embeddings;
import cbow.embed.EmbeddingsFormatException;
import cbow.embed.EmbeddingsLoader;
import cbow.embed.EmbeddingsWriter;
import cbow.embed.NearestNeighbours;
import cbow.embed.WordComparisons;
import cbow.embed.WordExpression;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Word vectors and the questions asked of them: nearest neighbours, analogies, similarities.
 *
 * <p>Immutable once made, so every method may be called from any number of threads at once. The
 * vectors are normalized once, when the object is made, into a matrix of unit rows; a query is then
 * one pass of dot products over it (on the JDK's Vector API where the JVM runs with
 * {@code --add-modules jdk.incubator.vector}, plain loops otherwise). From the second query on, a
 * large matrix (4 million numbers or more) is first scanned through a one-byte copy made then, and
 * only the rows its proven error bound cannot rule out are scored exactly: the answers are the exact
 * scan's, bit for bit, in a quarter of the memory traffic.
 *
 * <p>The conventions are gensim's {@code KeyedVectors} (4.x), so scores agree with it: a query of
 * several words is the mean of their unit vectors; query words are never answers; words are in
 * vocabulary order, most frequent first. A word is looked up as given, then lowercased (cbow's own
 * files hold lowercase words only). An unknown word is an {@link IllegalArgumentException} naming it.
 */
public final class WordEmbeddings {
    private final Embeddings embeddings;
    private final NearestNeighbours space;
    private final WordComparisons comparisons;

    WordEmbeddings(Embeddings embeddings) {
        this.embeddings = embeddings;
        this.space = new NearestNeighbours(embeddings);
        this.comparisons = new WordComparisons(space);
    }

    /**
     * Reads vectors from a file in any format cbow reads, recognised from its first bytes.
     *
     * @param file the file
     * @return the vectors
     * @throws IOException when the file cannot be read or is not in a format cbow reads (the
     *                     message names the line or word at fault)
     */
    public static WordEmbeddings load(Path file) throws IOException {
        return load(file, null);
    }

    /**
     * Reads vectors from a file in the given format.
     *
     * @param file   the file
     * @param format its format, or null to recognise it from its first bytes
     * @return the vectors
     * @throws IOException when the file cannot be read or is not in that format
     */
    public static WordEmbeddings load(Path file, VectorFormat format) throws IOException {
        if (Files.isDirectory(file) && !Files.isRegularFile(file.resolve("vectors.tsv"))) {
            throw new IOException(file + ": is a directory, not a file (nor one holding the Embedding Projector's vectors.tsv)");
        }
        try {
            return new WordEmbeddings(EmbeddingsLoader.load(file, format == null ? null : format.format(), null));
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        } catch (EmbeddingsFormatException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads vectors from a stream (read to its end, not closed).
     *
     * @param in     the stream
     * @param format its format, or null to recognise it from its first bytes
     * @return the vectors
     * @throws IOException when the stream cannot be read or is not in that format
     */
    public static WordEmbeddings load(InputStream in, VectorFormat format) throws IOException {
        if (format == VectorFormat.PROJECTOR) {
            throw new IllegalArgumentException("the projector format is a pair of files: load it by its directory's or vectors.tsv's path");
        }
        try {
            return new WordEmbeddings(EmbeddingsLoader.load(in, format == null ? null : format.format()));
        } catch (EmbeddingsFormatException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /**
     * Writes the vectors whole or not at all (a temporary file renamed over {@code target}).
     *
     * @param target the file; for {@link VectorFormat#PROJECTOR} a directory, made if missing
     * @param format the format
     * @throws IOException when the file cannot be written; an earlier file is then left as it was
     * @throws IllegalArgumentException when a word cannot be stored in the format (white space in word2vec's)
     */
    public void save(Path target, VectorFormat format) throws IOException {
        EmbeddingsWriter.write(embeddings, format.format(), target);
    }

    /**
     * Writes the vectors to a stream (flushed, not closed).
     *
     * @param out    the stream
     * @param format a one-file format (not {@link VectorFormat#PROJECTOR})
     * @throws IOException when the stream fails
     */
    public void save(OutputStream out, VectorFormat format) throws IOException {
        EmbeddingsWriter.write(embeddings, format.format(), out);
    }

    /**
     * @return how many words have vectors
     */
    public int size() {
        return embeddings.size();
    }

    /**
     * @return the size of every vector
     */
    public int dimension() {
        return embeddings.dim();
    }

    /**
     * @return the words, most frequent first (an unmodifiable list)
     */
    public List<String> words() {
        return embeddings.words();
    }

    /**
     * @param word a word
     * @return whether it has a vector (as given, or lowercased)
     */
    public boolean contains(String word) {
        return find(word) >= 0;
    }

    /**
     * @param word a word of the vocabulary
     * @return its count in the training corpus (0 for files that carry no counts, such as word2vec's)
     */
    public long count(String word) {
        return embeddings.count(id(word));
    }

    /**
     * @param word a word of the vocabulary
     * @return a copy of its vector, as stored (not normalized)
     */
    public float[] vector(String word) {
        return embeddings.vector(id(word));
    }

    /**
     * gensim's {@code similarity}.
     *
     * @param a a word
     * @param b another word
     * @return the cosine similarity of their vectors
     */
    public double similarity(String a, String b) {
        return comparisons.similarity(id(a), id(b));
    }

    /**
     * gensim's {@code n_similarity}: the cosine of the means of the two sets' vectors.
     *
     * @param first  one or more words
     * @param second one or more words
     * @return the cosine similarity of the two means
     */
    public double similarity(Collection<String> first, Collection<String> second) {
        return comparisons.nSimilarity(ids(first), ids(second));
    }

    /**
     * The {@code k} words nearest to a word by cosine similarity, the word itself excluded.
     *
     * @param word a word
     * @param k    how many
     * @return the neighbours, most similar first
     */
    public List<Neighbour> nearest(String word, int k) {
        return nearest(List.of(word), List.of(), k, 0);
    }

    /**
     * gensim's {@code most_similar(positive, negative, topn, restrict_vocab)}: the {@code k} words
     * nearest to the mean of the positive words' unit vectors minus the negative ones', among the
     * {@code restrict} most frequent words (0: all); query words are never answers.
     *
     * @param positive words added
     * @param negative words subtracted
     * @param k        how many answers
     * @param restrict answer among the most frequent this many words (0: all)
     * @return the neighbours, most similar first
     */
    public List<Neighbour> nearest(List<String> positive, List<String> negative, int k, int restrict) {
        requireK(k);
        if (restrict < 0) {
            throw new IllegalArgumentException("restrict must be 0 or more, got " + restrict);
        }
        if (positive.isEmpty() && negative.isEmpty()) {
            throw new IllegalArgumentException("an empty query");
        }
        int n = positive.size() + negative.size();
        int[] ids = new int[n];
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            boolean plus = i < positive.size();
            ids[i] = id(plus ? positive.get(i) : negative.get(i - positive.size()));
            weights[i] = plus ? 1 : -1;
        }
        int limit = restrict == 0 ? Integer.MAX_VALUE : restrict;
        return convert(space.nearest(space.combine(ids, weights), k, limit, id -> contains(ids, id)));
    }

    /**
     * Nearest neighbours of an expression such as {@code "king - man + woman"} (as {@code cbow similar} takes).
     *
     * @param expression words joined by + and -
     * @param k          how many answers
     * @return the neighbours, most similar first
     */
    public List<Neighbour> nearestTo(String expression, int k) {
        WordExpression parsed = WordExpression.parse(expression);
        List<String> plus = new ArrayList<>();
        List<String> minus = new ArrayList<>();
        for (int i = 0; i < parsed.words().size(); i++) {
            (parsed.signs().get(i) > 0 ? plus : minus).add(parsed.words().get(i));
        }
        return nearest(plus, minus, k, 0);
    }

    /**
     * The {@code k} words nearest to any vector by cosine similarity.
     *
     * @param vector a vector of {@link #dimension()} numbers
     * @param k      how many
     * @return the neighbours, most similar first
     */
    public List<Neighbour> nearest(float[] vector, int k) {
        requireK(k);
        if (vector.length != dimension()) {
            throw new IllegalArgumentException("the vector has " + vector.length + " numbers, not " + dimension());
        }
        return convert(space.nearest(vector, k, Set.of()));
    }

    /**
     * "a is to b as c is to ?" by 3CosAdd (gensim's {@code most_similar(positive=[b, c], negative=[a])}).
     *
     * @param a a word
     * @param b the word a relates to
     * @param c a word to relate the same way
     * @param k how many answers
     * @return the answers, best first; a, b and c are never answers
     */
    public List<Neighbour> analogy(String a, String b, String c, int k) {
        requireK(k);
        return convert(Analogy.COSADD.solve(space, id(a), id(b), id(c), k, Integer.MAX_VALUE));
    }

    /**
     * gensim's {@code doesnt_match}: the word whose unit vector fits the mean of them all least.
     *
     * @param words two or more words
     * @return the odd one out
     */
    public String doesntMatch(Collection<String> words) {
        return embeddings.word(comparisons.doesntMatch(ids(words)).get(0).id());
    }

    /**
     * gensim's {@code rank}: 1 + how many words are closer to {@code a} than {@code b} is.
     *
     * @param a a word
     * @param b another word
     * @return b's rank among a's neighbours, from 1
     */
    public int rank(String a, String b) {
        return comparisons.rank(id(a), id(b));
    }

    private int find(String word) {
        Objects.requireNonNull(word, "word");
        int id = embeddings.id(word);
        return id >= 0 ? id : embeddings.id(word.toLowerCase(Locale.ROOT));
    }

    private int id(String word) {
        int id = find(word);
        if (id < 0) {
            throw new IllegalArgumentException("'" + word + "' is not in the vocabulary (" + size() + " words)");
        }
        return id;
    }

    private int[] ids(Collection<String> words) {
        return words.stream().mapToInt(this::id).toArray();
    }

    private static void requireK(int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, got " + k);
        }
    }

    private static boolean contains(int[] ids, int id) {
        for (int i : ids) {
            if (i == id) {
                return true;
            }
        }
        return false;
    }

    private static List<Neighbour> convert(List<NearestNeighbours.Neighbour> found) {
        List<Neighbour> result = new ArrayList<>(found.size());
        for (NearestNeighbours.Neighbour n : found) {
            result.add(new Neighbour(n.word(), n.similarity()));
        }
        return List.copyOf(result);
    }
}
