package cbow.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cbow.embed.Embeddings;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The line-end token of ns and hs (fastText's {@code </s>}): counted once for every line that holds a
 * word, trained as a word, and it gives the words that end lines a context in common.
 */
class LineEndTokenTest {
    private static Embeddings train(String text, LossKind loss, boolean token) throws IOException {
        TrainingSettings s = TrainingSettings.builder().loss(loss).dim(16).window(2).minCount(2L).epochs(5)
                .alpha(0.05).sample(0.0).threads(1).seed(3L).lineEndToken(token).build();
        return new TrainingJob(s, TrainingListener.SILENT, line -> { })
                .run(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theTokenIsCountedOnceForEveryLineThatHoldsAWord() throws IOException {
        // three lines with words (one of them only of a rare word, outside the vocabulary), two without
        String text = "a b a b\n\n  \nrare\nb a b a\n";
        for (LossKind loss : new LossKind[] {LossKind.NS, LossKind.HS}) {
            Embeddings with = train(text, loss, true);
            int id = with.id(TrainingSettings.LINE_END_TOKEN);
            assertTrue(id >= 0, loss.label());
            assertEquals(3, with.count(id), loss.label());
            assertEquals(3, with.size(), loss.label()); // a, b and the token
            Embeddings without = train(text, loss, false);
            assertEquals(-1, without.id(TrainingSettings.LINE_END_TOKEN), loss.label());
            assertEquals(2, without.size(), loss.label());
        }
    }

    /**
     * Planted: "p" and "q" always end a line, "r" and "s" stand inside lines, all four among the same
     * random filler words. The token gives p and q a context word that r and s never see, so with it p
     * and q are much closer to each other than to r and s.
     */
    @Test
    void wordsThatEndLinesShareTheTokenAsContext() throws IOException {
        Random random = new Random(11);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            StringBuilder line = new StringBuilder();
            int inner = random.nextInt(6);
            for (int k = 0; k < 6; k++) {
                line.append(k == inner ? (random.nextBoolean() ? "r" : "s") : "w" + random.nextInt(40)).append(' ');
            }
            line.append(random.nextBoolean() ? "p" : "q");
            lines.add(line.toString());
        }
        String text = String.join("\n", lines) + "\n";
        double with = endsApart(train(text, LossKind.NS, true));
        double without = endsApart(train(text, LossKind.NS, false));
        // measured: 1.45 with the token, 0.75 without (line ends differ a little anyway: no right context)
        assertTrue(with > without + 0.4, "with " + with + ", without " + without);
    }

    /** How much closer p is to q than the line-ending words are to the inner ones. */
    private static double endsApart(Embeddings e) {
        return cosine(e, "p", "q") - (cosine(e, "p", "r") + cosine(e, "q", "s")) / 2;
    }

    private static double cosine(Embeddings e, String a, String b) {
        float[] x = e.vector(e.id(a));
        float[] y = e.vector(e.id(b));
        double dot = 0;
        double xx = 0;
        double yy = 0;
        for (int i = 0; i < x.length; i++) {
            dot += x[i] * y[i];
            xx += x[i] * x[i];
            yy += y[i] * y[i];
        }
        return dot / Math.sqrt(xx * yy);
    }
}
