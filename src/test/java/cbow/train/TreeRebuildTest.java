package cbow.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cbow.embed.Embeddings;
import cbow.embed.NearestNeighbours;
import cbow.synthetic.PlantedCorpus;
import cbow.vocab.CharacterNgrams;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** hs's tree rebuilt by meaning inside a run: with subwords, and stopped by a listener. */
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

    /**
     * With subwords the input holds the n-grams' rows after the words': the rebuilt tree's start is
     * gathered for the words alone, and the planted groups still come out (a run once failed here).
     */
    @Test
    void aRunWithSubwordsRebuildsItsTreeAndLearnsTheGroups() throws Exception {
        TrainingSettings settings = TrainingSettings.builder().loss(LossKind.HS).dim(16).epochs(5).threads(1)
                .sample(0.0).subwords(true).build();
        Embeddings e = new TrainingJob(settings, TrainingListener.SILENT, line -> { })
                .withSubwords(new SubwordSettings(new CharacterNgrams(3, 6), 20_000))
                .run(new ByteArrayInputStream(TEXT));
        NearestNeighbours space = new NearestNeighbours(e);
        int own = 0;
        int asked = 0;
        for (String word : e.words()) {
            String group = PlantedCorpus.groupOf(word);
            if (group == null) {
                continue;
            }
            asked++;
            String nearest = space.nearest(e.vectorOf(word), 1, java.util.Set.of(word)).get(0).word();
            own += group.equals(PlantedCorpus.groupOf(nearest)) ? 1 : 0;
        }
        assertTrue(asked > 0 && own >= 0.8 * asked, own + " of " + asked + " nearest in their own group");
    }
}
