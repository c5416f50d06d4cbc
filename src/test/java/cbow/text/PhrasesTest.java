package cbow.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PhrasesTest {
    // new 3, york 3, city 1, car 1, old 1: 9 tokens; pairs new york 2, york city 1, new car 1, old york 1
    private static final String TEXT = "New York city\nnew york.\n\nnew car\nold York\n";

    private static ByteArrayInputStream in(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void scoresAsWord2phrase() throws IOException {
        Phrases p = Phrases.count(in(TEXT), 1, 0.5);
        assertEquals(9, p.total());
        assertEquals((2 - 1) / 3.0 / 3.0 * 9, p.score("new", "york"), 1e-12); // = 1.0
        assertEquals(0.0, p.score("york", "city"), 1e-12);                     // (1 - 1) / 3 / 1 * 9
        assertEquals(0.0, p.score("york", "new"), 1e-12);                      // never adjacent in that order
        assertEquals(0.0, p.score("city", "new"), 1e-12);                      // not across a line end
        Phrases strict = Phrases.count(in(TEXT), 2, 0.5);
        assertEquals(0.0, strict.score("new", "car"), 1e-12);                  // car seen once < min count
        assertEquals(0.0, strict.score("new", "york"), 1e-12);                 // (2 - 2) / 3 / 3 * 9
    }

    @Test
    void joinsPairsAboveTheThreshold() throws IOException {
        Phrases p = Phrases.count(in(TEXT), 1, 0.5);
        StringWriter out = new StringWriter();
        assertEquals(2, p.rewrite(in(TEXT), out));
        assertEquals("new_york city\nnew_york\nnew car\nold york\n", out.toString());
        Phrases none = Phrases.count(in(TEXT), 1, 1.0); // the threshold must be exceeded, not met
        StringWriter same = new StringWriter();
        assertEquals(0, none.rewrite(in(TEXT), same));
        assertEquals("new york city\nnew york\nnew car\nold york\n", same.toString());
    }

    @Test
    void aSecondPassJoinsLongerPhrases() throws IOException {
        String text = "new york city\n".repeat(4) + "the city\n";
        // pass 1: new york (4 - 1) / 4 / 4 * 14 = 2.625 > 0 joins; city may not join the fresh pair
        StringWriter first = new StringWriter();
        Phrases.count(in(text), 1, 0).rewrite(in(text), first);
        assertEquals("new_york city\n".repeat(4) + "the city\n", first.toString());
        // pass 2: new_york city (4 - 1) / 4 / 5 * 10 = 1.5 > 0; the city (1 - 1) ... = 0 does not
        Phrases second = Phrases.count(in(first.toString()), 1, 0);
        assertEquals(1.5, second.score("new_york", "city"), 1e-12);
        StringWriter out = new StringWriter();
        second.rewrite(in(first.toString()), out);
        assertEquals("new_york_city\n".repeat(4) + "the city\n", out.toString());
    }

    @Test
    void trainingReadsAJoinedPhraseAsOneToken() throws IOException {
        java.util.List<String> tokens = new java.util.ArrayList<>();
        new Tokenizer().tokenize(new java.io.StringReader("new_york_city _x y_ a__b"), new Tokenizer.Sink() {
            @Override
            public void token(String word) {
                tokens.add(word);
            }

            @Override
            public void endOfLine() {
            }
        });
        assertEquals(java.util.List.of("new_york_city", "x", "y", "a", "b"), tokens);
    }

    @Test
    void badInput() {
        assertThrows(IllegalArgumentException.class, () -> Phrases.count(in(TEXT), 0, 1));
        byte[] bad = "good\nbad \u00ff\n".getBytes(StandardCharsets.ISO_8859_1);
        MalformedTextException e = assertThrows(MalformedTextException.class,
                () -> Phrases.count(new ByteArrayInputStream(bad), 1, 1));
        assertEquals(2, e.line());
    }
}
