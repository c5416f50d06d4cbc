package cbow.embed;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cbow.embed.TrainingHistory;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EmbeddingsJsonTest {
    private static Embeddings sample() {
        TrainingHistory h = new TrainingHistory();
        h.addStep(10, 4.5);
        h.addEpoch(4.25);
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("dim", 3);
        settings.put("alpha", 0.5);
        settings.put("model", "cbow-softmax-relu");
        float[] v = {1f, -2.5f, 3.25e-7f, 0.1f, 0.2f, 0.3f};
        return new Embeddings(List.of("king", "caf\u00e9 \"q\""), new long[] {7, 5}, 3, v, settings, h);
    }

    private static byte[] bytes(Embeddings e) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EmbeddingsJson.write(e, out);
        return out.toByteArray();
    }

    @Test
    void roundTripKeepsEveryFloatExactlyAndTheHistory() throws IOException {
        Embeddings e = sample();
        Embeddings back = EmbeddingsJson.read(new ByteArrayInputStream(bytes(e)));
        assertEquals(e.words(), back.words());
        assertArrayEquals(e.vectors(), back.vectors());
        assertEquals(5, back.count(1));
        assertEquals(List.of(4.25), back.history().epochLosses());
        assertEquals(10, back.history().steps().get(0).step());
        assertEquals(0.5, back.settings().get("alpha"));
    }

    @Test
    void aVectorIsOneFieldAwayAsJqWouldFetchIt() throws IOException {
        // the path .vectors.king leads straight to king's array of numbers
        JsonParser p = new JsonFactory().createParser(bytes(sample()));
        p.nextToken();
        List<Float> king = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if (field.equals("vectors")) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String w = p.currentName();
                    p.nextToken();
                    List<Float> values = new ArrayList<>();
                    while (p.nextToken() != JsonToken.END_ARRAY) {
                        values.add(p.getFloatValue());
                    }
                    if (w.equals("king")) {
                        king = values;
                    }
                }
            } else {
                p.skipChildren();
            }
        }
        assertEquals(List.of(1f, -2.5f, 3.25e-7f), king);
    }

    @Test
    void brokenFilesAreRejectedWithAReason() throws IOException {
        String good = new String(bytes(sample()), StandardCharsets.UTF_8);
        assertRejected(good.substring(0, good.length() / 2), "truncated");
        assertRejected(good.replace("\"cbow-embeddings\"", "\"other\""), "not a cbow embeddings file");
        assertRejected(good.replace("\"version\":1", "\"version\":9"), "version 9");
        assertRejected(good.replace("[1.0,-2.5,3.25E-7]", "[1.0,-2.5]"), "has 2 numbers, not 3");
        assertRejected(good.replace("[1.0,-2.5,3.25E-7]", "[1.0,-2.5,\"x\"]"), "non-number");
        assertRejected("{\"format\": ", "truncated");
        assertRejected("hello", "not valid JSON");
        assertRejected("", "truncated");
    }

    private static void assertRejected(String text, String reason) {
        EmbeddingsFormatException e = assertThrows(EmbeddingsFormatException.class,
                () -> EmbeddingsJson.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))), text);
        assertTrue(e.getMessage().contains(reason), e.getMessage() + " should mention " + reason);
    }
}
