package cbow.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import cbow.embed.EmbeddingsJson;
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
        return train(new TrainingSettings(16, 2, 2, 0, 32, 0.5, 2, seed));
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
            TrainingSettings s = new TrainingSettings(16, 3, 2, 0, 1, 0.05, 2, 9, loss, 5, 1e-3,
                    cbow.model.SgdNetwork.Hidden.LINEAR, 1, cbow.model.WordVectors.INPUT, Decay.NONE, cbow.optim.Optimizer.SGD, false);
            assertArrayEquals(train(s), train(s), loss.label());
        }
    }

    @Test
    void anotherSeedGivesOtherVectors() throws IOException {
        assertFalse(Arrays.equals(train(5), train(6)));
    }
}
