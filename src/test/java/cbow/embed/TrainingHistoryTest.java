package cbow.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TrainingHistoryTest {
    @Test
    void theFinalLossIsTheLastEpochThatTrainedSomething() {
        TrainingHistory history = new TrainingHistory();
        assertEquals(Double.NaN, history.finalLoss(), "no epoch yet");
        history.addEpoch(Double.NaN); // subsampling left the epoch no example
        assertEquals(Double.NaN, history.finalLoss());
        history.addEpoch(3.5);
        history.addEpoch(Double.NaN);
        assertEquals(3.5, history.finalLoss());
        history.addEpoch(2.25);
        assertEquals(2.25, history.finalLoss());
    }
}
