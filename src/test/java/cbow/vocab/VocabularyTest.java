package cbow.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class VocabularyTest {
    private static final List<String> WORDS = List.of("pear", "the", "apple", "zebra", "of", "rare");
    private static final long[] COUNTS = {3, 10, 3, 3, 7, 1};

    @Test
    void ordersByCountThenWord() {
        Vocabulary v = Vocabulary.select(WORDS, COUNTS, 1, 0);
        assertEquals(List.of("the", "of", "apple", "pear", "zebra", "rare"), v.words());
        assertEquals(10, v.count(0));
        assertEquals(2, v.id("apple"));
        assertEquals(-1, v.id("missing"));
    }

    @Test
    void minCountDropsRareWordsAndMaxVocabKeepsTheMostFrequent() {
        assertEquals(List.of("the", "of", "apple", "pear", "zebra"), Vocabulary.select(WORDS, COUNTS, 2, 0).words());
        assertEquals(List.of("the", "of", "apple"), Vocabulary.select(WORDS, COUNTS, 2, 3).words());
        assertEquals(List.of("the", "of"), Vocabulary.select(WORDS, COUNTS, 4, 0).words());
        assertEquals(26, Vocabulary.select(WORDS, COUNTS, 1, 0).totalCount() - 1);
    }
}
