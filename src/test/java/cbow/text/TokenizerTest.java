package cbow.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class TokenizerTest {
    /** Tokens with "|" for each line end. */
    private static List<String> tokens(String text) throws IOException {
        Collected collected = new Collected();
        new Tokenizer().tokenize(new StringReader(text), collected);
        return collected.out;
    }

    @Test
    void lowercasesAndDropsPunctuation() throws IOException {
        assertEquals(List.of("hello", "she", "said", "|"), tokens("\"Hello,\" she said."));
    }

    @Test
    void apostrophesAndHyphensJoinOnlyBetweenWordCharacters() throws IOException {
        assertEquals(List.of("don't", "o'clock", "well-known", "twenty-one", "rock", "n", "roll", "|"),
                tokens("Don't o'clock well-known twenty-one rock 'n' roll"));
        assertEquals(List.of("it's", "|"), tokens("it\u2019s"));
        assertEquals(List.of("a", "b", "|"), tokens("a--b"));
        assertEquals(List.of("end", "|"), tokens("end-"));
    }

    @Test
    void periodsAndCommasJoinOnlyDigits() throws IOException {
        assertEquals(List.of("3.5", "1,000", "u", "s", "end", "|"), tokens("3.5 1,000 U.S. end."));
    }

    @Test
    void lineEndsEndSentencesAndEmptyLinesVanish() throws IOException {
        assertEquals(List.of("a", "|", "b", "|", "c", "|", "d", "|"), tokens("a\n\n b\r\nc\rd"));
        assertEquals(List.of(), tokens(" \n\t\n"));
    }

    @Test
    void lettersOfOtherScriptsAndCombiningMarksAreWordCharacters() throws IOException {
        assertEquals(List.of("café", "naïve", "straße", "Ωμέγα".toLowerCase(Locale.ROOT), "e\u0301t\u00e9", "|"),
                tokens("Café NAÏVE straße Ωμέγα e\u0301t\u00e9"));
        assertEquals(List.of("\uD835\uDC00x", "|"), tokens("\uD835\uDC00x")); // a letter outside the BMP
    }

    @Test
    void overlongTokensAreSkippedAndCounted() throws IOException {
        Tokenizer t = new Tokenizer();
        Collected collected = new Collected();
        String longRun = "x".repeat(Tokenizer.MAX_TOKEN_CHARS + 1);
        t.tokenize(new StringReader("a " + longRun + " b " + "y".repeat(Tokenizer.MAX_TOKEN_CHARS)), collected);
        assertEquals(List.of("a", "b", "y".repeat(Tokenizer.MAX_TOKEN_CHARS), "|"), collected.out);
        assertEquals(1, t.skippedLongTokens());
    }

    @Test
    void aTokenSpanningReadBuffersIsWhole() throws IOException {
        String text = "a ".repeat(40_000) + "split-word";
        List<String> out = tokens(text);
        assertEquals("split-word", out.get(out.size() - 2));
    }

    @Test
    void invalidUtf8IsRejectedWithItsLine() {
        byte[] bytes = "good line\nsecond \u00e9\nbad \u00ff here\n".getBytes(StandardCharsets.ISO_8859_1);
        MalformedTextException e = assertThrows(MalformedTextException.class,
                () -> TokenizedCorpus.read(new ByteArrayInputStream(bytes)));
        assertEquals(2, e.line());
    }

    @Test
    void corpusCountsWordsAndMarksLines() throws IOException {
        TokenizedCorpus c = TokenizedCorpus.read(new ByteArrayInputStream("b a b\nc b\n".getBytes()));
        assertEquals(List.of("b", "a", "c"), c.words());
        assertEquals(3, c.counts()[0]);
        assertEquals(5, c.tokenCount());
        int[] expected = {0, 1, 0, TokenizedCorpus.LINE_END, 2, 0, TokenizedCorpus.LINE_END};
        assertEquals(expected.length, c.streamLength());
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], c.stream()[i], "stream[" + i + "]");
        }
    }
    /** Tokens and line ends, "|" for each line end, as a sink collects them. */
    private static final class Collected implements Tokenizer.Sink {
        final List<String> out = new ArrayList<>();

        @Override
        public void token(String word) {
            out.add(word);
        }

        @Override
        public void endOfLine() {
            out.add("|");
        }
    }

    @Test
    void bytesInMemoryTokenizeAsTheStreamDoes() throws IOException {
        String[] texts = {"\"Hello,\" she said.", "Don't o'clock 3.5 1,000 U.S.", "café e\u0301t\u00e9 \ud835\udc00x",
            "a\n\n b\r\nc\rd", "", " \t ", "x".repeat(300) + " short"};
        for (String text : texts) {
            byte[] utf8 = ("##" + text + "##").getBytes(StandardCharsets.UTF_8);
            Collected fromStream = new Collected();
            new Tokenizer().tokenize(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), fromStream);
            Collected fromBytes = new Collected();
            new Tokenizer().tokenize(utf8, 2, utf8.length - 4, fromBytes); // a slice, as Hadoop's Text gives
            assertEquals(fromStream.out, fromBytes.out, text);
        }
        byte[] invalid = {'a', ' ', (byte) 0xC3, ' ', 'b'};
        assertThrows(MalformedTextException.class, () -> new Tokenizer().tokenize(invalid, 0, invalid.length, new Collected()));
        byte[] utf16 = "ab".getBytes(StandardCharsets.UTF_16); // with its byte-order mark
        MalformedTextException e = assertThrows(MalformedTextException.class,
                () -> new Tokenizer().tokenize(utf16, 0, utf16.length, new Collected()));
        assertEquals(e.getMessage(), assertThrows(MalformedTextException.class,
                () -> new Tokenizer().tokenize(new ByteArrayInputStream(utf16), new Collected())).getMessage());
    }
}
