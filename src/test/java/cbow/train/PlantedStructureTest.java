package cbow.train;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cbow.embed.Embeddings;
import cbow.embed.NearestNeighbours;
import cbow.synthetic.PlantedCorpus;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import cbow.model.SgdNetwork;
import cbow.model.WordVectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Planted structure is recovered: on generated text whose words come in groups of interchangeable
 * words, after training with the default model, the nearest neighbour of at least 90 % of the
 * planted words is a member of the word's own group (chance: 5 of 107 other words, under 5 %).
 */
class PlantedStructureTest {
    static final double REQUIRED_RATE = 0.90;

    @Test
    void exactSoftmaxWithTheDefaultsRecoversTheGroups() throws IOException {
        // exactly cbow train's defaults: N 100, window 5 shrunk per example, subsampling 3e-3, Adam at
        // 0.002 decaying linearly, 10 epochs
        assertGroupsRecovered(new TrainingSettings(100, 5, 5, 0, 128, 0.002, 10, 11, LossKind.SOFTMAX, 0, 3e-3,
                SgdNetwork.Hidden.RELU, 2, WordVectors.AVERAGE, Decay.LINEAR, cbow.optim.Optimizer.ADAM, false));
    }

    @Test
    void exactSoftmaxWithPlainGradientDescentRecoversTheGroups() throws IOException {
        assertGroupsRecovered(new TrainingSettings(30, 2, 5, 0, 64, 0.5, 5, 11));
    }

    @ParameterizedTest(name = "--loss {0} --hidden {1}")
    @CsvSource({"NS, LINEAR", "HS, LINEAR", "NS, RELU"})
    void sgdLossesRecoverTheGroups(LossKind loss, SgdNetwork.Hidden hidden) throws IOException {
        // one thread: deterministic; window 2 so that a slot's context is its template's words
        assertGroupsRecovered(new TrainingSettings(30, 2, 5, 0, 1, 0.05, 10, 11, loss, 5, 1e-3, hidden, 1,
                WordVectors.INPUT, Decay.NONE, cbow.optim.Optimizer.SGD, false));
    }

    private static void assertGroupsRecovered(TrainingSettings settings) throws IOException {
        String text = String.join("\n", PlantedCorpus.generate(7, 3000)) + "\n";
        Embeddings e = new TrainingJob(settings, TrainingListener.SILENT, line -> { })
                .run(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        NearestNeighbours nn = new NearestNeighbours(e);
        int words = 0;
        int hits = 0;
        StringBuilder misses = new StringBuilder();
        for (Map.Entry<String, List<String>> group : PlantedCorpus.GROUPS.entrySet()) {
            for (String w : group.getValue()) {
                words++;
                String nearest = nn.nearest(w, 1).get(0).word();
                if (group.getKey().equals(PlantedCorpus.groupOf(nearest))) {
                    hits++;
                } else {
                    misses.append(' ').append(w).append("->").append(nearest);
                }
            }
        }
        double rate = (double) hits / words;
        System.out.printf("planted structure, " + settings.loss().label() + ": %d of %d nearest neighbours in the own group (%.1f %%)%n", hits, words, 100 * rate);
        assertTrue(rate >= REQUIRED_RATE, String.format("only %d of %d (%.0f %%) nearest neighbours in the own group;%s",
                hits, words, 100 * rate, misses));
    }
}
