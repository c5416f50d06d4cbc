package cbow.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cbow.synthetic.ZipfCorpus;
import cbow.train.LossKind;
import cbow.train.TrainingJob;
import cbow.train.TrainingListener;
import cbow.train.TrainingSettings;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/**
 * The one-byte first pass of nearest-neighbour search (QuantizedRows) returns exactly what the exact
 * scan returns: the same words in the same order with the same similarities, bit for bit, on random
 * vectors, on vectors a trainer made, and on cases built to be hard (exact ties, zero rows, one large
 * component per row, a width that is not a multiple of the vector lanes), with exclusions and
 * restricted vocabularies.
 */
class QuantizedSearchTest {
    @Test
    void randomNormalVectorsGiveTheExactAnswers() {
        assertSameAnswers(gaussian(20_000, 300, 1), 150, new int[] {1, 10, 100});
    }

    @Test
    void aWidthThatIsNotAMultipleOfTheLanesGivesTheExactAnswers() {
        assertSameAnswers(gaussian(5_000, 37, 2), 150, new int[] {1, 10, 40});
    }

    @Test
    void tiesZeroRowsAndSkewedRowsGiveTheExactAnswers() {
        int words = 6_000;
        int dim = 64;
        Embeddings base = gaussian(words, dim, 3);
        float[] v = base.vectors().clone();
        SplittableRandom random = new SplittableRandom(4);
        for (int i = 0; i < words; i++) {
            int kind = i % 10;
            if (kind == 1) { // an exact copy of an earlier row: tied scores, the earlier (lower) id must win
                int from = random.nextInt(Math.max(1, i));
                System.arraycopy(v, from * dim, v, i * dim, dim);
            } else if (kind == 2) { // a zero row: no direction, cosine 0 with everything
                java.util.Arrays.fill(v, i * dim, (i + 1) * dim, 0f);
            } else if (kind == 3) { // one component dominates: a coarse scale for the rest
                v[i * dim + random.nextInt(dim)] *= 200;
            } else if (kind == 4) { // nearly a copy: scores a hair apart
                int from = random.nextInt(Math.max(1, i));
                for (int d = 0; d < dim; d++) {
                    v[i * dim + d] = v[from * dim + d] * (1 + 1e-6f * (float) random.nextGaussian());
                }
            }
        }
        assertSameAnswers(new Embeddings(base.words(), new long[words], dim, v, new LinkedHashMap<>(), null), 200,
                new int[] {1, 10, 60});
    }

    @Test
    void trainedVectorsGiveTheExactAnswers() throws IOException {
        // real training output: anisotropic, clustered by frequency, many close scores
        TrainingSettings settings = TrainingSettings.builder().loss(LossKind.NS).dim(48).window(3).minCount(1L)
                .maxVocab(0).epochs(1).seed(5L).threads(1).build();
        Embeddings trained = new TrainingJob(settings, TrainingListener.SILENT, line -> { })
                .run(ZipfCorpus.generate(4_000, 300_000, 6));
        assertTrue(trained.size() > 2_000, "a vocabulary of thousands: " + trained.size());
        assertSameAnswers(trained, 200, new int[] {1, 10, 100});
    }

    @Test
    void everyApproximateScoreIsWithinItsBoundOfTheExactOne() {
        for (int dim : new int[] {300, 37}) {
            Embeddings e = gaussian(3_000, dim, 8);
            float[] unit = UnitVectors.rows(e.vectors(), dim);
            for (int i = 0; i < 3_000; i += 10) { // some rows dominated by one component
                unit[i * dim + i % dim] = 0.999f;
            }
            QuantizedRows rows = QuantizedRows.of(unit, 3_000, dim);
            NearestNeighbours exact = new NearestNeighbours(e, false);
            SplittableRandom random = new SplittableRandom(dim);
            double worst = 0;
            for (int q = 0; q < 20; q++) {
                float[] query = exact.combine(new int[] {random.nextInt(3_000)}, new double[] {1});
                float[] approximate = rows.approximate(query, 3_000);
                for (int i = 0; i < 3_000; i++) {
                    double error = Math.abs(approximate[i] - cbow.dense.Kernels.dot(unit, i * dim, query, 0, dim));
                    double bound = rows.errorBound(query, i);
                    assertTrue(error <= bound, "row " + i + ": error " + error + " > bound " + bound);
                    worst = Math.max(worst, error / bound);
                }
            }
            // the bound is a worst case, not wildly loose: errors reach a fair part of it
            assertTrue(worst > 0.02, "largest error / bound " + worst);
        }
    }

    @Test
    void threadsRacingToMakeTheCopyAllGetTheExactAnswers() throws Exception {
        Embeddings e = gaussian(8_000, 100, 9);
        NearestNeighbours exact = new NearestNeighbours(e, false);
        NearestNeighbours quick = new NearestNeighbours(e, true); // no query yet: the threads race to make the copy
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int first = t;
                done.add(pool.submit(() -> {
                    for (int q = first; q < 400; q += 4) {
                        String word = e.word(q * 13 % e.size());
                        assertEquals(exact.nearest(word, 10), quick.nearest(word, 10), word);
                    }
                    return null;
                }));
            }
            for (java.util.concurrent.Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertTrue(quick.scansQuantizedCopy());
    }

    @Test
    void aNumberThatIsNotFiniteLeavesTheExactScan() {
        Embeddings e = gaussian(100, 16, 7);
        float[] v = e.vectors().clone();
        v[5] = Float.NaN;
        float[] unit = UnitVectors.rows(v, 16);
        assertNull(QuantizedRows.of(unit, 100, 16));
    }

    /**
     * For {@code queries} query words (and expressions of two words, and a restricted vocabulary),
     * the quantized search's answers equal the exact scan's exactly.
     */
    private static void assertSameAnswers(Embeddings e, int queries, int[] ks) {
        NearestNeighbours exact = new NearestNeighbours(e, false);
        NearestNeighbours quick = new NearestNeighbours(e, true);
        quick.nearest(e.word(0), 1); // the copy is made at the second query
        quick.nearest(e.word(1), 1);
        assertTrue(quick.scansQuantizedCopy(), "the quantized copy is in use");
        SplittableRandom random = new SplittableRandom(e.size());
        int candidates = 0;
        for (int q = 0; q < queries; q++) {
            int a = random.nextInt(e.size());
            int b = random.nextInt(e.size());
            int k = ks[q % ks.length];
            if (exact.isZero(a) || exact.isZero(b)) {
                continue;
            }
            float[] direction = q % 3 == 0 ? exact.combine(new int[] {a, b}, new double[] {1, -0.5})
                    : exact.combine(new int[] {a}, new double[] {1});
            if (NearestNeighbours.isZero(direction)) {
                continue;
            }
            int limit = q % 4 == 1 ? 1 + random.nextInt(e.size()) : Integer.MAX_VALUE;
            IntPredicate excluded = q % 5 == 2 ? id -> id % 7 == 3 || id == a : id -> id == a || id == b;
            List<NearestNeighbours.Neighbour> expected = exact.nearest(direction, k, limit, excluded);
            List<NearestNeighbours.Neighbour> got = quick.nearest(direction, k, limit, excluded);
            assertEquals(expected, got, "query " + q + " (k " + k + ", limit " + limit + ")");
            candidates += expected.size();
        }
        assertTrue(candidates > 0, "some queries were compared");
    }

    private static Embeddings gaussian(int words, int dim, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] v = new float[words * dim];
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) random.nextGaussian();
        }
        List<String> names = new ArrayList<>(words);
        for (int i = 0; i < words; i++) {
            names.add("w" + i);
        }
        return new Embeddings(names, new long[words], dim, v, new LinkedHashMap<>(), null);
    }
}
