package cbow.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cbow.data.Examples;
import cbow.embed.Embeddings;
import cbow.embed.EmbeddingsJson;
import cbow.model.WordVectors;
import cbow.optim.Optimizer;
import cbow.text.TokenizedCorpus;
import cbow.vocab.Vocabulary;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run stopped and resumed from its checkpoint ends with exactly the bytes of an uninterrupted run. */
class CheckpointTest {
    private static final Path PLANTED = Path.of(System.getProperty("cbow.projectDir", "."), "data", "planted.txt");
    private static final TrainingSettings SETTINGS = TrainingSettings.builder().dim(10).window(2).minCount(5L)
            .maxVocab(0).batchSize(128).alpha(0.5).epochs(3).seed(7L).sample(0.0).threads(1).decay(Decay.NONE)
            .optimizer(Optimizer.SGD).fixedWindow(true).build();
    private static byte[] corpus;
    private static byte[] uninterrupted;

    @TempDir
    Path dir;

    /** Stands for a crash: thrown from the listener once training reaches a point. */
    private static final class Stop extends RuntimeException {
    }

    @BeforeAll
    static void trainWithoutStopping() throws IOException {
        corpus = Files.readAllBytes(PLANTED);
        uninterrupted = json(new TrainingJob(SETTINGS, TrainingListener.SILENT, line -> { }).run(in()));
    }

    private static ByteArrayInputStream in() {
        return new ByteArrayInputStream(corpus);
    }

    private static byte[] json(Embeddings e) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EmbeddingsJson.write(e, out);
        return out.toByteArray();
    }

    /** Trains with checkpoints every {@code every} batches, stopping at (epoch, batch); returns the checkpoint. */
    private Path trainAndStop(String every, int stopEpoch, int stopBatch) {
        return trainAndStop(SETTINGS, every, stopEpoch, stopBatch);
    }

    private Path trainAndStop(TrainingSettings settings, String every, int stopEpoch, int stopBatch) {
        Path file = dir.resolve("run.ckpt");
        TrainingListener stopper = new TrainingListener() {
            @Override
            public void progress(int epoch, int epochs, int batch, int batches, double loss, double wps) {
                if (epoch == stopEpoch && batch >= stopBatch) {
                    throw new Stop();
                }
            }
        };
        assertThrows(Stop.class, () -> new TrainingJob(settings, stopper, line -> { })
                .run(in(), null, CheckpointPlan.of(file, every)));
        return file;
    }

    private byte[] resume(Path file, TrainingSettings settings) throws IOException {
        Checkpoint checkpoint = Checkpoint.read(file);
        checkpoint.requireCompatible(settings);
        return json(new TrainingJob(settings, TrainingListener.SILENT, line -> { })
                .run(in(), checkpoint, CheckpointPlan.of(file, "1000")));
    }

    @Test
    void resumingMidEpochGivesTheUninterruptedBytes() throws IOException {
        Path file = trainAndStop("7", 2, 100); // saved at step 322 (epoch 2, batch 95), mid-stretch
        TrainingState saved = Checkpoint.read(file).state();
        assertEquals(2, saved.epoch());
        assertTrue(saved.batch() > 0 && saved.batch() < 227, "a mid-epoch position, got " + saved.batch());
        assertTrue(saved.stretchExamples() > 0, "saved inside a logged stretch");
        assertArrayEquals(uninterrupted, resume(file, SETTINGS));
    }

    @Test
    void resumingASubsampledDecayingAdamRunMidEpochGivesTheUninterruptedBytes() throws IOException {
        // each epoch's subsample and every step's rate are rebuilt from (seed, epoch, batch) alone;
        // Adam's moments are saved with the parameters
        TrainingSettings sampled = TrainingSettings.builder().dim(10).window(3).minCount(5L).maxVocab(0)
                .batchSize(128).alpha(0.01).epochs(3).seed(7L).loss(LossKind.SOFTMAX).sample(1e-3).threads(2)
                .vectors(WordVectors.INPUT).decay(Decay.LINEAR).optimizer(Optimizer.ADAM).fixedWindow(false)
                .build();
        byte[] whole = json(new TrainingJob(sampled, TrainingListener.SILENT, line -> { }).run(in()));
        Path file = trainAndStop(sampled, "7", 2, 30);
        TrainingState saved = Checkpoint.read(file).state();
        assertEquals(2, saved.epoch());
        assertTrue(saved.batch() > 0, "a mid-epoch position, got " + saved.batch());
        assertEquals(sampled, Checkpoint.read(file).settings());
        assertArrayEquals(whole, resume(file, sampled));
    }

    @Test
    void aDecayingRunStretchesItsScheduleOverMoreEpochs() throws IOException {
        TrainingSettings decaying = TrainingSettings.builder().dim(10).window(2).minCount(5L).maxVocab(0)
                .batchSize(128).alpha(0.5).epochs(3).seed(7L).loss(LossKind.SOFTMAX).sample(0.0).threads(1)
                .vectors(WordVectors.AVERAGE).decay(Decay.LINEAR).optimizer(Optimizer.SGD).fixedWindow(true)
                .build();
        Checkpoint c = Checkpoint.read(trainAndStop(decaying, "50", 2, 60));
        c.requireCompatible(TrainingSettings.builder().dim(10).window(2).minCount(5L).maxVocab(0).batchSize(128)
                .alpha(0.5).epochs(4).seed(7L).loss(LossKind.SOFTMAX).sample(0.0).threads(1)
                .vectors(WordVectors.AVERAGE).decay(Decay.LINEAR).optimizer(Optimizer.SGD).fixedWindow(true)
                .build());
        CheckpointMismatchException e = assertThrows(CheckpointMismatchException.class,
                () -> c.requireCompatible(TrainingSettings.builder().dim(10).window(2).minCount(5L).maxVocab(0)
                        .batchSize(128).alpha(0.5).epochs(4).seed(7L).loss(LossKind.SOFTMAX).sample(0.0)
                        .threads(1).vectors(WordVectors.AVERAGE).decay(Decay.NONE).optimizer(Optimizer.ADAM)
                        .fixedWindow(true).build()));
        assertEquals("--decay none differs from the checkpoint's linear, --optimizer adam differs from the checkpoint's sgd;"
                + " a resumed run keeps the checkpoint's settings (leave these options out)", e.getMessage());
    }

    @Test
    void resumingFromTheEndOfAnEpochGivesTheUninterruptedBytes() throws IOException {
        Path file = trainAndStop("227", 2, 10); // one epoch is 227 batches: saved after its last step
        TrainingState saved = Checkpoint.read(file).state();
        assertEquals(1, saved.epoch());
        assertEquals(227, saved.batch());
        assertArrayEquals(uninterrupted, resume(file, SETTINGS));
    }

    @Test
    void aFinishedRunCanBeExtendedByMoreEpochs() throws IOException {
        Path file = dir.resolve("done.ckpt");
        TrainingSettings two = TrainingSettings.builder().dim(10).window(2).minCount(5L).maxVocab(0)
                .batchSize(128).alpha(0.5).epochs(2).seed(7L).sample(0.0).threads(1).decay(Decay.NONE)
                .optimizer(Optimizer.SGD).fixedWindow(true).build();
        new TrainingJob(two, TrainingListener.SILENT, line -> { }).run(in(), null, CheckpointPlan.of(file, "1h"));
        assertEquals(3, Checkpoint.read(file).state().epoch(), "the final checkpoint is saved");
        assertArrayEquals(uninterrupted, resume(file, SETTINGS), "2 epochs then 1 more = 3 epochs at once");
    }

    @Test
    void theCheckpointRoundTripsExactly() throws IOException {
        Path file = trainAndStop("50", 1, 120);
        Checkpoint c = Checkpoint.read(file);
        Path again = dir.resolve("again.ckpt");
        // write what was read, through the same writer: the bytes must not change
        TokenizedCorpus tokens = TokenizedCorpus.read(in());
        Vocabulary v = Vocabulary.select(tokens.words(), tokens.counts(), 5, 0);
        Examples examples = Examples.of(tokens, v, 2);
        c.requireSameCorpus(v, examples);
        Checkpoint.write(again, c.settings(), c.vocabulary(), examples, c.state(), c.parameters(), c.moments());
        assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(again));
        assertEquals(SETTINGS, c.settings());
    }

    @Test
    void conflictingSettingsAreRefused() throws IOException {
        Checkpoint c = Checkpoint.read(trainAndStop("50", 3, 60)); // two epochs done
        CheckpointMismatchException e = assertThrows(CheckpointMismatchException.class,
                () -> c.requireCompatible(TrainingSettings.builder().dim(10).window(3).minCount(5L).maxVocab(0)
                        .batchSize(64).alpha(0.5).epochs(3).seed(7L).sample(0.0).threads(1).decay(Decay.NONE)
                        .optimizer(Optimizer.SGD).fixedWindow(true).build()));
        assertEquals("--window 3 differs from the checkpoint's 2, --batch-size 64 differs from the checkpoint's 128;"
                + " a resumed run keeps the checkpoint's settings (leave these options out)", e.getMessage());
        e = assertThrows(CheckpointMismatchException.class,
                () -> c.requireCompatible(TrainingSettings.builder().dim(10).window(2).minCount(5L).maxVocab(0)
                        .batchSize(128).alpha(0.5).epochs(1).seed(7L).sample(0.0).threads(1).decay(Decay.NONE)
                        .optimizer(Optimizer.SGD).fixedWindow(true).build()));
        assertEquals("--epochs 1 is fewer than the 2 epochs the checkpoint has already done", e.getMessage());
        c.requireCompatible(TrainingSettings.builder().dim(10).window(2).minCount(5L).maxVocab(0).batchSize(128)
                .alpha(0.5).epochs(9).seed(7L).sample(0.0).threads(1).decay(Decay.NONE).optimizer(Optimizer.SGD)
                .fixedWindow(true).build()); // more epochs: fine
    }

    @Test
    void aVersion2CheckpointResumesWithWholeWindows() throws IOException {
        // version 2 had no fixed_window field, and every run of it used whole windows
        Path file = trainAndStop("7", 2, 100);
        byte[] v3 = Files.readAllBytes(file);
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(v3));
        in.skipBytes(8 + 4 + 4 + 4 + 8 + 4 + 4 + 8 + 4 + 8); // magic .. seed
        int at = 8 + 4 + 4 + 4 + 8 + 4 + 4 + 8 + 4 + 8;
        at += 2 + in.readUTF().length(); // loss
        in.skipBytes(4 + 8);
        at += 4 + 8;
        at += 2 + in.readUTF().length(); // hidden
        in.skipBytes(4);
        at += 4;
        for (int k = 0; k < 3; k++) { // vectors, decay, optimizer
            at += 2 + in.readUTF().length();
        }
        assertEquals(1, v3[at], "fixed_window, true for these settings");
        ByteArrayOutputStream v2 = new ByteArrayOutputStream();
        v2.write(v3, 0, at);
        v2.write(v3, at + 1, v3.length - 8 - at - 1); // without the flag and the old checksum
        byte[] body = v2.toByteArray();
        ByteBuffer.wrap(body).putInt(8, 2);
        CRC32 crc = new CRC32();
        crc.update(body);
        Path old = dir.resolve("v2.ckpt");
        Files.write(old, ByteBuffer.allocate(body.length + 8).put(body).putLong(crc.getValue()).array());
        assertEquals(SETTINGS, Checkpoint.read(old).settings());
        assertArrayEquals(uninterrupted, resume(old, SETTINGS));
    }
}
