package cbow.cli;

import cbow.embed.NearestNeighbours.Neighbour;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * Prints the answers to queries in one of three formats, flushing after each query so that a
 * script feeding queries on standard input gets each answer at once:
 * <ul>
 * <li>text: {@code word<TAB>similarity} (4 decimals); with several queries each block starts with
 *     {@code # QUERY} and blocks are separated by a blank line;</li>
 * <li>in text and tsv a tab, line end or backslash inside a word or query is escaped ({@link #field});</li>
 * <li>tsv: a header, then {@code query<TAB>rank<TAB>word<TAB>similarity} per answer;</li>
 * <li>jsonl: one object per query, {@code {"query": .., "neighbours": [{"word": .., "similarity": ..}]}},
 *     or {@code {"query": .., "error": ..}} for a query that failed.</li>
 * </ul>
 * Numbers are formatted for {@code Locale.US}, which prints what {@code Locale.ROOT} prints (a point,
 * no grouping) without loading the locale data that any other locale's first use costs a query's
 * start. The query commands all do so.
 */
final class NeighbourOutput {
    enum Format { TEXT, TSV, JSONL }

    /** Made at the first jsonl answer: text and tsv output need no JSON classes. */
    private static final class Json {
        static final JsonFactory FACTORY = new JsonFactory();
    }

    private final Format format;
    private final boolean headed;
    private final PrintStream out;
    private int blocks;

    /** {@code several}: whether more than one query may be answered (text output then names each). */
    NeighbourOutput(String formatName, boolean several, PrintStream out) {
        this.format = switch (formatName.toLowerCase(Locale.ROOT)) {
            case "text" -> Format.TEXT;
            case "tsv" -> Format.TSV;
            case "jsonl" -> Format.JSONL;
            default -> throw new IllegalArgumentException("--format must be text, tsv or jsonl, not '" + formatName + "'");
        };
        this.headed = several;
        this.out = out;
    }

    void answer(String query, List<Neighbour> neighbours) {
        switch (format) {
            case TEXT -> {
                if (headed) {
                    out.print((blocks > 0 ? "\n# " : "# ") + field(query) + "\n");
                }
                for (Neighbour n : neighbours) {
                    out.printf(Locale.US, "%s\t%.4f%n", field(n.word()), n.similarity());
                }
            }
            case TSV -> {
                if (blocks == 0) {
                    out.println("query\trank\tword\tsimilarity");
                }
                int rank = 1;
                for (Neighbour n : neighbours) {
                    out.printf(Locale.US, "%s\t%d\t%s\t%.6f%n", field(query), rank++, field(n.word()), n.similarity());
                }
            }
            case JSONL -> out.println(json(query, neighbours, null));
        }
        blocks++;
        out.flush();
    }

    /**
     * A word or query as one tab-separated field: a tab, line end or backslash inside it is written
     * as \t, \n, \r or \\ (the escapes of PostgreSQL's and many TSV readers), so that a word holding a
     * tab (possible in files from other tools) cannot shift the columns after it.
     */
    static String field(String text) {
        if (text.indexOf('\t') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0 && text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\t' -> b.append("\\t");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\\' -> b.append("\\\\");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    /** A query that failed: jsonl keeps one line per query; the other formats leave it to the error line. */
    void failure(String query, String message) {
        if (format == Format.JSONL) {
            out.println(json(query, List.of(), message));
            out.flush();
        }
    }

    private static String json(String query, List<Neighbour> neighbours, String error) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = Json.FACTORY.createGenerator(text)) {
            g.writeStartObject();
            g.writeStringField("query", query);
            if (error != null) {
                g.writeStringField("error", error);
            } else {
                g.writeArrayFieldStart("neighbours");
                for (Neighbour n : neighbours) {
                    g.writeStartObject();
                    g.writeStringField("word", n.word());
                    g.writeNumberField("similarity", Math.round(n.similarity() * 1e6) / 1e6);
                    g.writeEndObject();
                }
                g.writeEndArray();
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
