package cbow.embed;

import cbow.embed.TrainingHistory;
import cbow.text.StrictUtf8Reader;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The embeddings file, format "cbow-embeddings" version 1 (the README documents it):
 *
 * <pre>
 * {"format": "cbow-embeddings", "version": 1, "dim": N, "words": V,
 *  "settings": {...}, "training": {"final_loss": .., "epoch_losses": [..], "steps": [{"step": .., "loss": ..}]},
 *  "counts": {"the": 69971, ...}, "vectors": {"the": [0.12, ...], ...}}
 * </pre>
 *
 * Words appear in vocabulary order in both "counts" and "vectors", so {@code jq '.vectors.king'}
 * fetches one vector. Written and read as a stream: no tree of the whole file is ever built.
 */
public final class EmbeddingsJson {
    public static final String FORMAT = "cbow-embeddings";
    public static final int VERSION = 1;

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private EmbeddingsJson() {
    }

    public static void write(Embeddings e, OutputStream out) throws IOException {
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
            g.writeStartObject();
            g.writeStringField("format", FORMAT);
            g.writeNumberField("version", VERSION);
            g.writeNumberField("dim", e.dim());
            g.writeNumberField("words", e.size());
            g.writeFieldName("settings");
            writeMap(g, e.settings());
            if (e.history() != null) {
                writeHistory(g, e.history());
            }
            g.writeRaw('\n');
            g.writeObjectFieldStart("counts");
            for (int i = 0; i < e.size(); i++) {
                g.writeNumberField(e.word(i), e.count(i));
            }
            g.writeEndObject();
            g.writeRaw('\n');
            g.writeObjectFieldStart("vectors");
            float[] v = e.vectors();
            for (int i = 0; i < e.size(); i++) {
                g.writeRaw('\n');
                g.writeFieldName(e.word(i));
                g.writeStartArray();
                for (int k = i * e.dim(); k < (i + 1) * e.dim(); k++) {
                    g.writeNumber(v[k]); // Float.toString: the shortest text that reads back exactly
                }
                g.writeEndArray();
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    /** The settings alone as a JSON object, for other files that record how they were made. */
    static byte[] settingsJson(Map<String, Object> settings) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator g = FACTORY.createGenerator(bytes, JsonEncoding.UTF8)) {
            writeMap(g, settings);
        }
        return bytes.toByteArray();
    }

    /** Reads what {@link #settingsJson} wrote. */
    static Map<String, Object> parseSettings(byte[] json) throws IOException {
        try (JsonParser p = FACTORY.createParser(json)) {
            Reader reader = new Reader(p);
            reader.expect(p.nextToken(), JsonToken.START_OBJECT, "the settings are not a JSON object");
            return reader.readSettings();
        } catch (StreamReadException e) {
            throw new EmbeddingsFormatException("the settings are not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static void writeMap(JsonGenerator g, Map<String, Object> map) throws IOException {
        g.writeStartObject();
        for (Map.Entry<String, Object> entry : map.entrySet()) {
            g.writeFieldName(entry.getKey());
            Object value = entry.getValue();
            if (value instanceof Integer i) {
                g.writeNumber(i);
            } else if (value instanceof Long l) {
                g.writeNumber(l);
            } else if (value instanceof Double d) {
                g.writeNumber(d);
            } else if (value instanceof Boolean b) {
                g.writeBoolean(b);
            } else {
                g.writeString(String.valueOf(value));
            }
        }
        g.writeEndObject();
    }

    private static void writeHistory(JsonGenerator g, TrainingHistory history) throws IOException {
        g.writeObjectFieldStart("training");
        g.writeNumberField("final_loss", history.finalLoss());
        g.writeArrayFieldStart("epoch_losses");
        for (double loss : history.epochLosses()) {
            g.writeNumber(loss);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("steps");
        for (TrainingHistory.Point p : history.steps()) {
            g.writeStartObject();
            g.writeNumberField("step", p.step());
            g.writeNumberField("loss", p.loss());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    /**
     * Reads a file written by {@link #write}. Anything else (another format, a newer version, a
     * truncated file, a vector of the wrong length, a non-finite number) is an
     * {@link EmbeddingsFormatException} saying what is wrong and where.
     */
    public static Embeddings read(InputStream in) throws IOException {
        // Decoded strictly here: Jackson's own UTF-8 decoding lets some bad bytes through in names.
        try (JsonParser p = FACTORY.createParser(new StrictUtf8Reader(in))
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)) { // a word twice is an error, not a miscount
            try {
                return new Reader(p).read();
            } catch (CharacterCodingException e) {
                throw new EmbeddingsFormatException("invalid UTF-8 near line " + p.currentLocation().getLineNr());
            }
        } catch (JsonEOFException e) {
            throw new EmbeddingsFormatException("the file ends too early (truncated?)");
        } catch (StreamReadException e) { // bad JSON, a key twice in one object, or a number too large for its field
            String detail = e.getOriginalMessage();
            if (detail != null && detail.startsWith("Duplicate field ")) {
                throw new EmbeddingsFormatException("the key " + detail.substring("Duplicate field ".length())
                        + " appears twice in one object"
                        + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")"));
            }
            throw new EmbeddingsFormatException("not valid JSON"
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr())
                    + ": " + e.getOriginalMessage());
        }
    }

    /** One read of one file: the fields found so far. */
    private static final class Reader {
        private final JsonParser p;
        private String format;
        private int version = -1;
        private int dim = -1;
        private int declaredWords = -1;
        private Map<String, Object> settings = new LinkedHashMap<>();
        private TrainingHistory history;
        private final List<String> countWords = new ArrayList<>();
        private long[] counts = new long[1024];
        private final List<String> vectorWords = new ArrayList<>();
        private float[] vectors = new float[0];

        Reader(JsonParser p) {
            this.p = p;
        }

        Embeddings read() throws IOException {
            expect(p.nextToken(), JsonToken.START_OBJECT, "the file does not start with a JSON object");
            while (next() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "format" -> format = p.getValueAsString();
                    case "version" -> version = p.getValueAsInt(-1);
                    case "dim" -> dim = p.getValueAsInt(-1);
                    case "words" -> declaredWords = p.getValueAsInt(-1);
                    case "settings" -> settings = readSettings();
                    case "training" -> history = readHistory();
                    case "counts" -> readCounts();
                    case "vectors" -> readVectors();
                    default -> p.skipChildren(); // unknown fields: room for later minor additions
                }
            }
            return validate();
        }

        private JsonToken next() throws IOException {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new EmbeddingsFormatException("the file ends too early (truncated?)");
            }
            return t;
        }

        private void expect(JsonToken actual, JsonToken wanted, String message) {
            if (actual != wanted) {
                throw new EmbeddingsFormatException(actual == null ? "the file ends too early (truncated?)" : message);
            }
        }

        private Map<String, Object> readSettings() throws IOException {
            expect(p.currentToken(), JsonToken.START_OBJECT, "\"settings\" is not an object");
            Map<String, Object> map = new LinkedHashMap<>();
            while (next() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonToken t = next();
                switch (t) {
                    case VALUE_NUMBER_INT -> map.put(key, p.getLongValue());
                    case VALUE_NUMBER_FLOAT -> map.put(key, p.getDoubleValue());
                    case VALUE_TRUE, VALUE_FALSE -> map.put(key, p.getBooleanValue());
                    case VALUE_STRING -> map.put(key, p.getText());
                    default -> p.skipChildren();
                }
            }
            return map;
        }

        private TrainingHistory readHistory() throws IOException {
            expect(p.currentToken(), JsonToken.START_OBJECT, "\"training\" is not an object");
            TrainingHistory h = new TrainingHistory();
            while (next() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonToken t = next();
                if (key.equals("epoch_losses") && t == JsonToken.START_ARRAY) {
                    while (next() != JsonToken.END_ARRAY) {
                        h.addEpoch(p.getValueAsDouble());
                    }
                } else if (key.equals("steps") && t == JsonToken.START_ARRAY) {
                    while (next() == JsonToken.START_OBJECT) {
                        long step = -1;
                        double loss = Double.NaN;
                        while (next() == JsonToken.FIELD_NAME) {
                            String k = p.currentName();
                            next();
                            if (k.equals("step")) {
                                step = p.getValueAsLong();
                            } else if (k.equals("loss")) {
                                loss = p.getValueAsDouble();
                            } else {
                                p.skipChildren();
                            }
                        }
                        h.addStep(step, loss);
                    }
                } else {
                    p.skipChildren();
                }
            }
            return h;
        }

        private void readCounts() throws IOException {
            expect(p.currentToken(), JsonToken.START_OBJECT, "\"counts\" is not an object");
            while (next() == JsonToken.FIELD_NAME) {
                String word = p.currentName();
                if (next() != JsonToken.VALUE_NUMBER_INT) {
                    throw new EmbeddingsFormatException("the count of '" + word + "' is not a whole number");
                }
                if (countWords.size() == counts.length) {
                    counts = Arrays.copyOf(counts, counts.length * 2);
                }
                counts[countWords.size()] = p.getLongValue();
                countWords.add(word);
            }
        }

        private void readVectors() throws IOException {
            expect(p.currentToken(), JsonToken.START_OBJECT, "\"vectors\" is not an object");
            if (dim < 1) {
                throw new EmbeddingsFormatException("\"dim\" must come before \"vectors\" and be at least 1");
            }
            // Grown as vectors arrive, never sized from the declared counts: a corrupt header must
            // not make the reader allocate gigabytes.
            vectors = new float[Math.min(1 << 16, dim) * 16];
            float[] row = new float[Math.min(dim, 1 << 16)];
            while (next() == JsonToken.FIELD_NAME) {
                String word = p.currentName();
                expect(next(), JsonToken.START_ARRAY, "the vector of '" + word + "' is not an array");
                int k = 0;
                JsonToken t;
                while ((t = next()) != JsonToken.END_ARRAY) {
                    if (t != JsonToken.VALUE_NUMBER_FLOAT && t != JsonToken.VALUE_NUMBER_INT) {
                        throw new EmbeddingsFormatException("the vector of '" + word + "' holds a non-number");
                    }
                    if (k == dim) {
                        throw new EmbeddingsFormatException("the vector of '" + word + "' has more than " + dim + " numbers");
                    }
                    // our own parser on Jackson's buffer: no String per number (see FloatText)
                    float value = FloatText.parse(p.getTextCharacters(), p.getTextOffset(), p.getTextOffset() + p.getTextLength());
                    if (!Float.isFinite(value)) {
                        throw new EmbeddingsFormatException("the vector of '" + word + "' holds a number out of float range");
                    }
                    if (k == row.length) {
                        row = Arrays.copyOf(row, (int) Math.min(dim, 2L * row.length));
                    }
                    row[k++] = value;
                }
                if (k != dim) {
                    throw new EmbeddingsFormatException("the vector of '" + word + "' has " + k + " numbers, not " + dim);
                }
                long end = (long) (vectorWords.size() + 1) * dim;
                if (end > Integer.MAX_VALUE - 8) {
                    throw new EmbeddingsFormatException("too many vectors to load (more than 2^31 numbers)");
                }
                if (end > vectors.length) {
                    vectors = Arrays.copyOf(vectors, (int) Math.min(Integer.MAX_VALUE - 8, Math.max(end, 2L * vectors.length)));
                }
                System.arraycopy(row, 0, vectors, (int) (end - dim), dim);
                vectorWords.add(word);
            }
        }

        private Embeddings validate() {
            if (!FORMAT.equals(format)) {
                throw new EmbeddingsFormatException("not a cbow embeddings file (no \"format\": \"" + FORMAT + "\")");
            }
            if (version != VERSION) {
                throw new EmbeddingsFormatException("format version " + version + " is not supported (this cbow reads version " + VERSION + ")");
            }
            if (vectorWords.isEmpty()) {
                throw new EmbeddingsFormatException("the file holds no vectors");
            }
            if (declaredWords >= 0 && declaredWords != vectorWords.size()) {
                throw new EmbeddingsFormatException("the file declares " + declaredWords + " words but holds " + vectorWords.size()
                        + " vectors" + (vectorWords.size() < declaredWords ? " (truncated?)" : ""));
            }
            long[] wordCounts;
            if (countWords.isEmpty()) {
                wordCounts = new long[vectorWords.size()];
            } else if (!countWords.equals(vectorWords)) {
                throw new EmbeddingsFormatException("\"counts\" and \"vectors\" list different words");
            } else {
                wordCounts = Arrays.copyOf(counts, countWords.size());
            }
            Set<String> seen = new HashSet<>();
            for (String w : vectorWords) {
                if (!seen.add(w)) {
                    throw new EmbeddingsFormatException("the word '" + w + "' has two vectors");
                }
            }
            float[] exact = vectors.length == vectorWords.size() * dim ? vectors
                    : Arrays.copyOf(vectors, vectorWords.size() * dim);
            return new Embeddings(vectorWords, wordCounts, dim, exact, settings, history);
        }
    }
}
