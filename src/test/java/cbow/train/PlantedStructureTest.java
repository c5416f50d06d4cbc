package cbow.train;

import cbow.embed.Embeddings;
import cbow.model.HogwildNetwork;
import cbow.model.WordVectors;
import cbow.optim.Optimizer;
import cbow.synthetic.PlantedCorpus;
import cbow.synthetic.PlantedRecovery;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
        assertGroupsRecovered(TrainingSettings.builder().seed(11L).threads(2).build());
    }

    @Test
    void exactSoftmaxWithPlainGradientDescentRecoversTheGroups() throws IOException {
        assertGroupsRecovered(TrainingSettings.builder().dim(30).window(2).minCount(5L).maxVocab(0)
                .batchSize(64).alpha(0.5).epochs(5).seed(11L).sample(0.0).threads(1).decay(Decay.NONE)
                .optimizer(Optimizer.SGD).fixedWindow(true).build());
    }

    @ParameterizedTest(name = "--loss {0} --hidden {1}")
    @CsvSource({"NS, LINEAR", "HS, LINEAR", "NS, RELU"})
    void sgdLossesRecoverTheGroups(LossKind loss, HogwildNetwork.Hidden hidden) throws IOException {
        // one thread: deterministic; window 2 so that a slot's context is its template's words
        assertGroupsRecovered(TrainingSettings.builder().dim(30).window(2).minCount(5L).maxVocab(0).alpha(0.05)
                .epochs(10).seed(11L).loss(loss).sample(1e-3).hidden(hidden).threads(1)
                .vectors(WordVectors.INPUT).fixedWindow(false).build());
    }

    private static void assertGroupsRecovered(TrainingSettings settings) throws IOException {
        String text = String.join("\n", PlantedCorpus.generate(7, 3000)) + "\n";
        Embeddings e = new TrainingJob(settings, TrainingListener.SILENT, line -> { })
                .run(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        PlantedRecovery recovery = PlantedRecovery.of(e);
        System.out.printf("planted structure, %s: %d of %d nearest neighbours in the own group (%.1f %%)%n",
                settings.loss().label(), recovery.hits(), recovery.words(), 100 * recovery.rate());
        recovery.assertAtLeast(REQUIRED_RATE);
    }
}
