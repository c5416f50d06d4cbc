package cbow.train;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cbow.embed.Embeddings;
import cbow.embed.NearestNeighbours;
import cbow.model.WordVectors;
import cbow.synthetic.PlantedCorpus;
import cbow.vocab.CharacterNgrams;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Planted structure recovered for words the corpus only ever shows misspelled: two words of each
 * planted group never appear as themselves, only as one of two misspellings (a doubled last letter,
 * a doubled second letter) drawn per occurrence. With subwords, the correct spelling's vector, built
 * from its character n-grams alone, must land among its own group: its nearest word (other than its
 * own misspellings) is a member of the group, or a misspelling of one, for at least 80 % of them.
 */
class MisspelledPlantedTest {
    private static final List<String> MISSPELLED = List.of("horse", "sheep", "apple", "peach", "yellow", "purple",
            "truck", "tractor", "london", "berlin", "alice", "carol", "three", "seven", "hammer", "wrench");

    private static List<String> misspellings(String w) {
        return List.of(w + w.charAt(w.length() - 1), w.charAt(0) + w.substring(1, 2) + w.substring(1));
    }

    @Test
    void unseenSpellingsLandInTheirGroups() throws IOException {
        SplittableRandom random = new SplittableRandom(5);
        Map<String, String> group = new HashMap<>(); // any word or misspelling -> its planted group
        for (Map.Entry<String, List<String>> g : PlantedCorpus.GROUPS.entrySet()) {
            for (String w : g.getValue()) {
                group.put(w, g.getKey());
                if (MISSPELLED.contains(w)) {
                    misspellings(w).forEach(m -> group.put(m, g.getKey()));
                }
            }
        }
        StringBuilder text = new StringBuilder();
        for (String line : PlantedCorpus.generate(7, 3000)) {
            for (String w : line.split(" ")) {
                text.append(MISSPELLED.contains(w) ? misspellings(w).get(random.nextInt(2)) : w).append(' ');
            }
            text.append('\n');
        }
        TrainingSettings settings = TrainingSettings.builder().dim(30).window(2).alpha(0.05).epochs(10).seed(11L)
                .loss(LossKind.NS).sample(1e-3).threads(1).vectors(WordVectors.INPUT).fixedWindow(false).build();
        Embeddings e = new TrainingJob(settings, TrainingListener.SILENT, line -> { })
                .withSubwords(new SubwordSettings(new CharacterNgrams(3, 6), 20_000))
                .run(new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
        NearestNeighbours space = new NearestNeighbours(e);
        int hits = 0;
        StringBuilder misses = new StringBuilder();
        for (String w : MISSPELLED) {
            assertTrue(e.id(w) < 0, w + " was never seen");
            float[] v = e.vectorOf(w);
            String nearest = space.nearest(v, 1, java.util.Set.copyOf(misspellings(w))).get(0).word();
            if (group.get(w).equals(group.get(nearest))) {
                hits++;
            } else {
                misses.append(' ').append(w).append("->").append(nearest);
            }
        }
        System.out.printf("misspelled planted words: %d of %d nearest in their own group;%s%n", hits, MISSPELLED.size(), misses);
        assertTrue(hits >= 0.8 * MISSPELLED.size(), hits + " of " + MISSPELLED.size() + ";" + misses);
        assertNull(new Embeddings(e.words(), new long[e.size()], e.dim(), e.vectors(), Map.of(), null).vectorOf("horse"),
                "without the n-gram rows there is no vector for an unseen word");
    }
}
