package cbow.cli;

import cbow.eval.AnalogyQuestions;
import cbow.eval.WordPairs;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Prints what {@code cbow evaluate} measured: as text (the default), as one JSON object of all the
 * figures ({@code json}), or as one JSON line per word pair and per analogy question followed by
 * that object under {@code "summary"} ({@code jsonl}).
 */
final class EvaluationReport {
    private enum Format { TEXT, JSON, JSONL }

    private static final JsonFactory JSON = new JsonFactory();

    private final Format format;
    private final PrintStream out;
    private final StringWriter summary = new StringWriter();
    private final JsonGenerator figures;
    private boolean printedPairs;

    EvaluationReport(String formatName, PrintStream out) {
        this.format = switch (formatName.toLowerCase(Locale.ROOT)) {
            case "text" -> Format.TEXT;
            case "json" -> Format.JSON;
            case "jsonl" -> Format.JSONL;
            default -> throw new IllegalArgumentException("--format must be text, json or jsonl, not '" + formatName + "'");
        };
        this.out = out;
        try {
            figures = JSON.createGenerator(summary);
            figures.writeStartObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Set when a subword model builds vectors for unknown words: the report then says how many pairs and questions used one. */
    private boolean buildsVectors;

    void buildsVectors() {
        buildsVectors = true;
    }

    void pairs(String file, WordPairs.Result r) {
        if (format == Format.TEXT) {
            out.printf(Locale.ROOT, "pairs\t%s%n", file);
            out.printf(Locale.ROOT, "spearman\t%.4f%n", r.spearman());
            out.printf(Locale.ROOT, "pearson\t%.4f%n", r.pearson());
            out.printf(Locale.ROOT, "pairs used\t%d of %d (%d skipped for unknown words: %.1f%%)%n",
                    r.used(), r.pairs(), r.skipped(), 100 * r.skippedShare());
            if (buildsVectors) {
                out.printf(Locale.ROOT, "pairs with built vectors\t%d (a word outside the vocabulary, its vector from its character n-grams)%n", r.built());
            }
            printedPairs = true;
            return;
        }
        json(g -> {
            g.writeObjectFieldStart("pairs");
            g.writeStringField("file", file);
            number(g, "spearman", r.spearman());
            number(g, "pearson", r.pearson());
            g.writeNumberField("pairs", r.pairs());
            g.writeNumberField("used", r.used());
            g.writeNumberField("skipped", r.skipped());
            number(g, "skipped_share", r.skippedShare());
            if (buildsVectors) {
                g.writeNumberField("built", r.built());
            }
            g.writeNumberField("invalid_lines", r.invalidLines());
            g.writeEndObject();
        });
    }

    /**
     * One word pair as scored (jsonl prints it at once): the words, the human score, and the model's
     * cosine, or why the pair was skipped.
     */
    void pair(WordPairs.Scored p) {
        if (format != Format.JSONL) {
            return;
        }
        StringWriter line = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(line)) {
            g.writeStartObject();
            g.writeStringField("first", p.pair().first());
            g.writeStringField("second", p.pair().second());
            number(g, "human", p.pair().score());
            if (p.skipped() != null) {
                g.writeStringField("skipped", p.skipped());
            } else {
                number(g, "cosine", p.cosine());
                if (p.built()) {
                    g.writeBooleanField("built", true);
                }
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println(line);
    }

    /** One analogy question answered (jsonl prints it at once). */
    void answer(AnalogyQuestions.Answer a) {
        if (format != Format.JSONL) {
            return;
        }
        StringWriter line = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(line)) {
            g.writeStartObject();
            g.writeStringField("section", a.section());
            g.writeStringField("a", a.question().a());
            g.writeStringField("b", a.question().b());
            g.writeStringField("c", a.question().c());
            g.writeStringField("expected", a.question().expected());
            g.writeStringField("answer", a.given());
            g.writeBooleanField("correct", a.correct());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println(line);
    }

    void analogies(String file, int restrict, AnalogyQuestions.Result r) {
        if (format == Format.TEXT) {
            if (printedPairs) {
                out.println();
            }
            out.printf(Locale.ROOT, "analogies\t%s (3CosAdd among the %d most frequent words)%n", file, restrict);
            for (AnalogyQuestions.Score s : r.sections()) {
                out.printf(Locale.ROOT, "%s\t%s%n", s.section(), describe(s));
            }
            out.printf(Locale.ROOT, "total\t%s%n", describe(r.total()));
            out.printf(Locale.ROOT, "questions used\t%d of %d (%d skipped for unknown words: %.1f%%)%n",
                    r.total().answered(), r.questions(), r.skipped(), 100 * r.skippedShare());
            if (buildsVectors) {
                out.printf(Locale.ROOT, "questions with built vectors\t%d (a, b or c outside the %d words, its vector from its character n-grams; answers are always among them)%n",
                        r.built(), restrict);
            }
            return;
        }
        json(g -> {
            g.writeObjectFieldStart("analogies");
            g.writeStringField("file", file);
            g.writeStringField("method", "3cosadd");
            g.writeNumberField("restrict", restrict);
            g.writeArrayFieldStart("sections");
            for (AnalogyQuestions.Score s : r.sections()) {
                score(g, s);
            }
            g.writeEndArray();
            g.writeFieldName("total");
            score(g, r.total());
            g.writeNumberField("questions", r.questions());
            g.writeNumberField("skipped", r.skipped());
            number(g, "skipped_share", r.skippedShare());
            if (buildsVectors) {
                g.writeNumberField("built", r.built());
            }
            g.writeNumberField("invalid_lines", r.invalidLines());
            g.writeEndObject();
        });
    }

    /** Prints the figures' object (json, jsonl); text has printed as it went. */
    void finish() {
        if (format == Format.TEXT) {
            return;
        }
        json(g -> {
            g.writeEndObject();
            g.close();
        });
        out.println(format == Format.JSONL ? "{\"summary\":" + summary + "}" : summary.toString());
    }

    private static void score(JsonGenerator g, AnalogyQuestions.Score s) throws IOException {
        g.writeStartObject();
        g.writeStringField("section", s.section());
        g.writeNumberField("correct", s.correct());
        g.writeNumberField("answered", s.answered());
        if (s.answered() > 0) {
            number(g, "accuracy", s.accuracy());
        } else {
            g.writeNullField("accuracy");
        }
        g.writeEndObject();
    }

    /** A figure, or null where it is not a number (a correlation over fewer than two pairs). */
    private static void number(JsonGenerator g, String name, double value) throws IOException {
        if (Double.isFinite(value)) {
            g.writeNumberField(name, value);
        } else {
            g.writeNullField(name);
        }
    }

    private static String describe(AnalogyQuestions.Score s) {
        return s.answered() == 0 ? "-\t0/0"
                : String.format(Locale.ROOT, "%.4f\t%d/%d", s.accuracy(), s.correct(), s.answered());
    }

    private interface JsonWork {
        void writeTo(JsonGenerator g) throws IOException;
    }

    private void json(JsonWork work) {
        try {
            work.writeTo(figures);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
