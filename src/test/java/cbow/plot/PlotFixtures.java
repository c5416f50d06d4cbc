package cbow.plot;

import cbow.embed.Embeddings;
import cbow.embed.TrainingHistory;
import java.util.List;
import java.util.Map;

/** Small embeddings for the plot tests, built in memory. */
final class PlotFixtures {
    /** The words of {@link #embeddings}, most frequent first. */
    static final List<String> WORDS = List.of("king", "queen", "city", "town", "two", "three");

    private PlotFixtures() {
    }

    /** Six words in three dimensions, in three pairs of near neighbours; with a history or without. */
    static Embeddings embeddings(TrainingHistory history) {
        float[] vectors = {
            1.0f, 0.1f, 0.0f,
            0.9f, 0.2f, 0.1f,
            -1.0f, 0.5f, 0.2f,
            -0.9f, 0.6f, 0.1f,
            0.0f, -1.0f, 0.3f,
            0.1f, -0.9f, 0.2f,
        };
        return new Embeddings(WORDS, new long[] {60, 50, 40, 30, 20, 10}, 3, vectors,
                Map.of("dim", 3L, "window", 2L), history);
    }

    /** A history of 3 epochs of 4 steps, logged every 2 steps, the loss falling. */
    static TrainingHistory history() {
        TrainingHistory h = new TrainingHistory();
        double[] stepLosses = {1.79, 1.70, 1.55, 1.42, 1.30, 1.21};
        for (int i = 0; i < stepLosses.length; i++) {
            h.addStep(2L * (i + 1), stepLosses[i]);
            if (i % 2 == 1) {
                h.addEpoch((stepLosses[i - 1] + stepLosses[i]) / 2);
            }
        }
        return h;
    }
}
