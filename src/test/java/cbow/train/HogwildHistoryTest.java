package cbow.train;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cbow.embed.Embeddings;
import cbow.embed.TrainingHistory;
import cbow.synthetic.PlantedCorpus;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lock-free trainer's loss history covers every epoch evenly with several threads, not thread 0's part. */
class HogwildHistoryTest {
    @Test
    void threeThreadsGiveAHistoryWithoutGaps() throws IOException {
        byte[] text = (String.join("\n", PlantedCorpus.generate(5, 4000)) + "\n").getBytes(StandardCharsets.UTF_8);
        TrainingSettings settings = TrainingSettings.builder().loss(LossKind.NS).dim(8).epochs(2).threads(3).build();
        Embeddings e = new TrainingJob(settings, TrainingListener.SILENT, line -> { }).run(new ByteArrayInputStream(text));
        List<TrainingHistory.Point> steps = e.history().steps();
        long tokensPerEpoch = steps.get(steps.size() - 1).step() / 2; // points run to the end of epoch 2
        long even = tokensPerEpoch / ProgressMeter.POINTS_PER_EPOCH;
        assertTrue(steps.size() >= 2 * ProgressMeter.POINTS_PER_EPOCH * 9 / 10, steps.size() + " points");
        long previous = 0;
        for (TrainingHistory.Point p : steps) {
            // before, only thread 0 logged: its third of each epoch, then a jump of two thirds
            assertTrue(p.step() - previous <= 3 * even, "a gap from " + previous + " to " + p.step());
            previous = p.step();
        }
        assertTrue(previous >= 2 * tokensPerEpoch * 95 / 100, "the points reach the end of the run");
    }
}
