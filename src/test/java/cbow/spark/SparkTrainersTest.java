package cbow.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cbow.embed.Embeddings;
import cbow.synthetic.PlantedRecovery;
import cbow.train.LossKind;
import cbow.train.TrainingJob;
import cbow.train.TrainingListener;
import cbow.train.TrainingSettings;
import cbow.train.TreeKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Spark trainers in Spark's local mode (each task on its own copy of the model, as on a
 * cluster): the hierarchical softmax on 2 partitions and negative sampling on 8 recover the planted
 * groups (8 partitions combining their first epoch 4 times as often), and the exact model reaches
 * the loss of the same training on one machine at the same number of epochs (within 2 %). The
 * softmax's first design, model averaging, failed the latter by 44 %.
 */
class SparkTrainersTest {
    private static final Path PLANTED = Path.of(System.getProperty("cbow.projectDir", "."), "data", "planted.txt");

    /** The Spark trainer keeps its first tree: a tree by meaning is refused, never ignored. */
    @Test
    void aTreeByMeaningIsRefused() {
        TrainingSettings settings = TrainingSettings.builder().loss(LossKind.HS).tree(TreeKind.MEANING).build();
        assertThrows(IllegalArgumentException.class, () -> new SparkTrainingJob(settings, "local[2]", 2, 3, line -> { }));
    }

    @Test
    void hierarchicalSoftmaxRecoversThePlantedGroups() {
        TrainingSettings settings = TrainingSettings.builder().loss(LossKind.HS).dim(30).window(2).alpha(0.05)
                .epochs(6).seed(11L).threads(2).tree(TreeKind.HUFFMAN).build();
        Embeddings e = new SparkTrainingJob(settings, "local[2]", 2, 3, line -> { }).run(List.of(PLANTED.toString()));
        PlantedRecovery.of(e).assertAtLeast(0.9);
    }

    @Test
    void negativeSamplingOnEightPartitionsRecoversThePlantedGroups() {
        // 8 copies trained from the same model each round: the plain sum of their changes diverged on
        // Brown; block momentum must neither diverge (the trainer would throw) nor learn too little
        TrainingSettings settings = TrainingSettings.builder().loss(LossKind.NS).dim(30).window(2).alpha(0.05)
                .epochs(6).seed(11L).threads(2).build();
        Embeddings e = new SparkTrainingJob(settings, "local[2]", 8, 3, line -> { }).run(List.of(PLANTED.toString()));
        PlantedRecovery.of(e).assertAtLeast(0.9);
        // a point a round: the first epoch in 3 x ceil(8 / 2) rounds, the other five in 3
        assertEquals(12 + 5 * 3, e.history().steps().size());
    }

    @Test
    void exactModelReachesTheSingleMachineLossAtEqualEpochs() throws IOException {
        TrainingSettings settings = TrainingSettings.builder().dim(30).epochs(5).seed(3L).threads(2).build();
        double machine;
        try (InputStream in = Files.newInputStream(PLANTED)) {
            machine = new TrainingJob(settings, TrainingListener.SILENT, line -> { }).run(in).history().finalLoss();
        }
        double spark = new SparkTrainingJob(settings, "local[2]", 2, 4, line -> { }).run(List.of(PLANTED.toString()))
                .history().finalLoss();
        System.out.printf("exact model, 5 epochs on planted.txt: one machine %.4f, Spark (2 partitions, 4 rounds) %.4f%n",
                machine, spark);
        assertTrue(spark <= 1.02 * machine, "Spark's loss " + spark + " against one machine's " + machine);
    }
}
