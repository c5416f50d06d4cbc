package cbow.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cbow.embed.EmbeddingsJson;
import cbow.model.HogwildNetwork;
import cbow.model.WordVectors;
import cbow.optim.Optimizer;
import cbow.synthetic.PlantedCorpus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Same corpus, settings and seed: the same bytes. Another seed: other bytes. */
class DeterminismTest {
    private static byte[] train(long seed) throws IOException {
        return train(TrainingSettings.builder().dim(16).window(2).minCount(2L).maxVocab(0).batchSize(32)
                .alpha(0.5).epochs(2).seed(seed).sample(0.0).threads(1).decay(Decay.NONE)
                .optimizer(Optimizer.SGD).fixedWindow(true).build());
    }

    private static byte[] train(TrainingSettings s) throws IOException {
        byte[] text = (String.join("\n", PlantedCorpus.generate(3, 800)) + "\n").getBytes(StandardCharsets.UTF_8);
        var embeddings = new TrainingJob(s, TrainingListener.SILENT, line -> { }).run(new ByteArrayInputStream(text));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EmbeddingsJson.write(embeddings, out);
        return out.toByteArray();
    }

    @Test
    void sameSeedGivesByteIdenticalJson() throws IOException {
        assertArrayEquals(train(5), train(5));
    }

    @Test
    void lockFreeLossesAreReproducibleOnOneThread() throws IOException {
        for (LossKind loss : new LossKind[] {LossKind.NS, LossKind.HS}) {
            TrainingSettings s = TrainingSettings.builder().dim(16).window(3).minCount(2L).maxVocab(0)
                    .alpha(0.05).epochs(2).seed(9L).loss(loss).sample(1e-3).hidden(HogwildNetwork.Hidden.LINEAR)
                    .threads(1).vectors(WordVectors.INPUT).fixedWindow(false).build();
            assertArrayEquals(train(s), train(s), loss.label());
        }
    }

    @Test
    void anotherSeedGivesOtherVectors() throws IOException {
        assertFalse(Arrays.equals(train(5), train(6)));
    }
}
