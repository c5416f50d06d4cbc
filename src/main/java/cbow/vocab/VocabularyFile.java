package cbow.vocab;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A vocabulary's words and counts as word2vec's {@code -save-vocab} writes them: one {@code word count}
 * line per word, most frequent first, UTF-8. A vocabulary counted once can then be reused by later
 * runs ({@code --read-vocab}), and shared by the single-machine and the Spark trainer.
 */
public final class VocabularyFile {
    private VocabularyFile() {
    }

    public static void write(Vocabulary vocabulary, Writer out) throws IOException {
        for (int i = 0; i < vocabulary.size(); i++) {
            out.write(vocabulary.word(i));
            out.write(' ');
            out.write(Long.toString(vocabulary.count(i)));
            out.write('\n');
        }
    }

    /**
     * Reads the words and counts of a vocabulary file (any order; --min-count and --max-vocab are
     * applied afterwards by {@link Vocabulary#select}). A malformed line is an
     * {@link IllegalArgumentException} naming it.
     */
    public static Counts read(Path file) throws IOException {
        List<String> words = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            long lineNo = 0;
            for (String line; (line = in.readLine()) != null; ) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = line.trim().split("[ \t]+");
                long count;
                try {
                    count = fields.length == 2 ? Long.parseLong(fields[1]) : -1;
                } catch (NumberFormatException e) {
                    count = -1;
                }
                if (count < 1) {
                    throw new IllegalArgumentException("line " + lineNo + " is not 'word count' with a positive count: '"
                            + (line.length() > 60 ? line.substring(0, 60) + "..." : line) + "'");
                }
                words.add(fields[0]);
                counts.add(count);
            }
        }
        if (words.isEmpty()) {
            throw new IllegalArgumentException("it holds no words");
        }
        long[] c = new long[counts.size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = counts.get(i);
        }
        return new Counts(words, c);
    }

    /** Words and their counts, as read. */
    public record Counts(List<String> words, long[] counts) {
    }
}
