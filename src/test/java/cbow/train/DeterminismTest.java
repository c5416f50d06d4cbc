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
        byte[] text = (String.join("\n", PlantedCorpus.generate(3, 800)) + "\n").getBytes(StandardCharsets.UTF_8);
        TrainingSettings s = new TrainingSettings(16, 2, 2, 0, 32, 0.5, 2, seed);
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
    void anotherSeedGivesOtherVectors() throws IOException {
        assertFalse(Arrays.equals(train(5), train(6)));
    }
}
