package cbow.bench;

import cbow.embed.Embeddings;
import cbow.embed.EmbeddingsLoader;
import cbow.embed.NearestNeighbours;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One nearest-neighbour query (the 10 words most similar to a word, itself excluded) over a whole
 * vocabulary, on one thread: {@link NearestNeighbours}, a matrix of unit rows scanned with the
 * vector kernels of {@code cbow.dense}, first through its one-byte copy (the default for a matrix of
 * this size) or all in floats. The vectors come from {@code -Dcbow.bench.vectors=FILE} (any
 * format; bench/query-bench.sh gives the same word2vec binary file to gensim in the same run), or
 * are 100,000 x 300 seeded normal numbers. Run by bench/query-bench.sh; not a test.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-modules", "jdk.incubator.vector", "-Xmx2g"})
@Threads(1)
public class NearestNeighboursBenchmark {
    @Param({"100000"})
    int words;

    @Param({"300"})
    int dim;

    /** quantized: the one-byte first pass, then exact scores of the rows it cannot rule out; exact: every row in floats. */
    @Param({"quantized", "exact"})
    String scan;

    private NearestNeighbours space;
    private int[] queries;
    private int next;

    @Setup(Level.Trial)
    public void load() throws IOException {
        String file = System.getProperty("cbow.bench.vectors");
        Embeddings embeddings;
        if (file != null) {
            try (InputStream in = Files.newInputStream(Path.of(file))) {
                embeddings = EmbeddingsLoader.load(in, null);
            }
        } else {
            embeddings = random(words, dim);
        }
        space = new NearestNeighbours(embeddings, scan.equals("quantized"));
        // the same 200 query words as bench/gensim-most-similar.py: ids 0, 97, 194, ... modulo the size
        queries = new int[200];
        for (int i = 0; i < queries.length; i++) {
            queries[i] = (int) ((long) i * 97 % embeddings.size());
        }
    }

    static Embeddings random(int words, int dim) {
        SplittableRandom random = new SplittableRandom(1);
        float[] v = new float[words * dim];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) (random.nextDouble() * 2 - 1);
        }
        List<String> names = new ArrayList<>(words);
        for (int i = 0; i < words; i++) {
            names.add("w" + i);
        }
        return new Embeddings(names, new long[words], dim, v, new LinkedHashMap<>(), null);
    }

    @Benchmark
    public Object nearestTen() {
        int id = queries[next++ % queries.length];
        return space.nearest(space.embeddings().word(id), 10);
    }
}
