package cbow.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cbow.data.Batch;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The forward pass and the cost against {@link DenseReference}: dense X, double, plain loops. */
class ForwardReferenceTest {
    @ParameterizedTest(name = "V={0} N={1} m={2} C={3}")
    @CsvSource({"50, 8, 16, 2", "13, 3, 1, 1", "200, 17, 33, 5"})
    void hiddenLayerProbabilitiesAndCostMatchADenseComputation(int v, int n, int m, int c) {
        SplittableRandom random = new SplittableRandom(v * 31L + n);
        int[][] contexts = new int[m][];
        int[] centers = new int[m];
        for (int j = 0; j < m; j++) {
            contexts[j] = new int[1 + random.nextInt(2 * c)]; // 1 to 2C words, repeats allowed
            for (int t = 0; t < contexts[j].length; t++) {
                contexts[j][t] = random.nextInt(v);
            }
            centers[j] = random.nextInt(v);
        }
        Parameters p = Parameters.random(v, n, 7);
        ExactNetwork network = new ExactNetwork(p, m);
        double cost = network.forward(Batch.of(contexts, centers));
        DenseReference.Forward expected = new DenseReference(p).forward(contexts, centers);

        assertEquals(expected.cost, cost, 1e-5 * expected.cost);
        for (int j = 0; j < m; j++) {
            for (int k = 0; k < n; k++) {
                assertEquals(expected.h[k][j], network.hidden(k, j), 1e-6, "H[" + k + "," + j + "]");
            }
            double sum = 0;
            for (int i = 0; i < v; i++) {
                assertEquals(expected.yhat[i][j], network.probability(i, j), 1e-6, "Yhat[" + i + "," + j + "]");
                sum += network.probability(i, j);
            }
            assertEquals(1.0, sum, 1e-5, "column " + j + " of Yhat sums to 1");
        }
    }
}
