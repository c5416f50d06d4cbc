package cbow.synthetic;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cbow.embed.Embeddings;
import cbow.embed.NearestNeighbours;
import java.util.List;
import java.util.Map;

/**
 * The tests' one check of planted structure: how many of {@link PlantedCorpus}'s planted words have
 * a word of their own group as nearest neighbour (chance: 5 of 107 other words, under 5 %).
 */
public record PlantedRecovery(int hits, int words, String misses) {
    public static PlantedRecovery of(Embeddings embeddings) {
        NearestNeighbours nn = new NearestNeighbours(embeddings);
        int words = 0;
        int hits = 0;
        StringBuilder misses = new StringBuilder();
        for (Map.Entry<String, List<String>> group : PlantedCorpus.GROUPS.entrySet()) {
            for (String w : group.getValue()) {
                words++;
                String nearest = nn.nearest(w, 1).get(0).word();
                if (group.getKey().equals(PlantedCorpus.groupOf(nearest))) {
                    hits++;
                } else {
                    misses.append(' ').append(w).append("->").append(nearest);
                }
            }
        }
        return new PlantedRecovery(hits, words, misses.toString());
    }

    public double rate() {
        return (double) hits / words;
    }

    /** Fails unless at least {@code required} of the planted words are next to their own group. */
    public void assertAtLeast(double required) {
        assertTrue(rate() >= required, String.format("only %d of %d (%.0f %%) nearest neighbours in the own group;%s",
                hits, words, 100 * rate(), misses));
    }
}
