package cbow.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cbow.synthetic.PlantedCorpus;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** hs's tree rebuilt by meaning inside a run: a listener can stop it. */
class TreeRebuildTest {
    private static final byte[] TEXT = (String.join("\n", PlantedCorpus.generate(5, 6000)) + "\n")
            .getBytes(StandardCharsets.UTF_8);

    private static TrainingSettings hs(int epochs) {
        return TrainingSettings.builder().loss(LossKind.HS).dim(16).epochs(epochs).threads(1).sample(0.0).build();
    }

    /** A listener may stop the run while the tree is rebuilt: no epoch after the rebuild begins. */
    @Test
    void aListenerStopsTheRunDuringARebuild() {
        class Stop extends RuntimeException {
        }
        List<Integer> finished = new ArrayList<>();
        TrainingListener stopping = new TrainingListener() {
            @Override
            public void epochFinished(int epoch, int epochs, double meanLoss, double wordsPerSecond, double seconds) {
                finished.add(epoch);
            }

            @Override
            public void busy() {
                throw new Stop();
            }
        };
        assertThrows(Stop.class, () -> new TrainingJob(hs(5), stopping, line -> { }).run(new ByteArrayInputStream(TEXT)));
        assertEquals(List.of(1), finished, "the rebuild comes after epoch 1 of 5, and epoch 2 never starts");
    }
}
