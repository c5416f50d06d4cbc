/**
 * cbow as a Java library: the stable API. Everything a program needs is in this package; the other
 * packages are the implementation and may change between versions.
 *
 * <ul>
 * <li>{@link cbow.api.WordEmbeddings}: load vectors in any format cbow reads (its JSON, word2vec text or
 *     binary, fastText's .vec, GloVe text) and query them: nearest neighbours, analogies,
 *     similarities, vectors. Immutable and safe to query from any number of threads at once.</li>
 * <li>{@link cbow.api.Training}: train vectors from a {@link java.nio.file.Path}, a
 *     {@link java.util.stream.Stream} or an {@link java.lang.Iterable} of lines, with the settings
 *     and defaults of {@code cbow train}, a {@link cbow.api.TrainingProgress} callback and a
 *     {@link cbow.api.Cancellation}.</li>
 * <li>{@link cbow.api.VectorFormat}: the file formats, for {@code load} and {@code save}.</li>
 * </ul>
 *
 * <pre>{@code
 * WordEmbeddings vectors = Training.negativeSampling().epochs(5).train(Path.of("corpus.txt"));
 * for (Neighbour n : vectors.nearest("king", 5)) {
 *     System.out.println(n.word() + " " + n.similarity());
 * }
 * vectors.save(Path.of("vectors.bin"), VectorFormat.WORD2VEC_BINARY);
 * }</pre>
 */
package cbow.api;
