package cbow.synthetic;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates text with planted structure: words come in groups, and each sentence is a template
 * whose slots are filled by a uniformly random member of a group. Members of a group are therefore
 * interchangeable (they share every context), and a trainer that learns anything from windows must
 * place each word nearest to the members of its own group.
 *
 * <p>{@code data/planted.txt} is made by {@code data/generate-planted.sh}, which runs {@link #main}.
 */
public final class PlantedCorpus {
    /** The groups: name to members. Each group fills its own slots in its own templates. */
    public static final Map<String, List<String>> GROUPS = groups();

    /** Sentence templates: a word in capitals is a slot for that group; others are written as is. */
    private static final String[] TEMPLATES = {
        "the ANIMAL chased the ANIMAL across the field",
        "my ANIMAL sleeps near the door",
        "she ate a FRUIT with her lunch",
        "a ripe FRUIT fell from the tree",
        "he painted the fence COLOUR and the gate COLOUR",
        "the sky turned COLOUR at dusk",
        "we drove the VEHICLE to CITY on monday",
        "a VEHICLE waited outside the station in CITY",
        "they flew from CITY to CITY last year",
        "the market in CITY sells FRUIT",
        "NAME wrote a letter to NAME yesterday",
        "NAME smiled when the ANIMAL barked",
        "she counted NUMBER birds and NUMBER stones",
        "the box holds NUMBER apples",
        "he fixed the chair with a TOOL and a TOOL",
        "hand me the TOOL from the shelf please",
    };

    private PlantedCorpus() {
    }

    private static Map<String, List<String>> groups() {
        Map<String, List<String>> g = new LinkedHashMap<>();
        g.put("ANIMAL", List.of("cat", "dog", "horse", "cow", "sheep", "goat"));
        g.put("FRUIT", List.of("apple", "pear", "plum", "peach", "mango", "cherry"));
        g.put("COLOUR", List.of("red", "blue", "green", "yellow", "purple", "orange"));
        g.put("VEHICLE", List.of("car", "truck", "van", "bus", "tractor", "jeep"));
        g.put("CITY", List.of("paris", "london", "berlin", "madrid", "rome", "vienna"));
        g.put("NAME", List.of("alice", "bob", "carol", "dave", "erin", "frank"));
        g.put("NUMBER", List.of("two", "three", "four", "five", "six", "seven"));
        g.put("TOOL", List.of("hammer", "wrench", "saw", "drill", "chisel", "spanner"));
        return g;
    }

    /** {@code sentences} lines of text, the same for the same seed. */
    public static List<String> generate(long seed, int sentences) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> lines = new ArrayList<>(sentences);
        for (int s = 0; s < sentences; s++) {
            String[] template = TEMPLATES[random.nextInt(TEMPLATES.length)].split(" ");
            StringBuilder line = new StringBuilder();
            for (String slot : template) {
                List<String> members = GROUPS.get(slot);
                String w = members == null ? slot : members.get(random.nextInt(members.size()));
                if (line.length() > 0) {
                    line.append(' ');
                }
                line.append(w);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The group a word was planted in, or null for a template word. */
    public static String groupOf(String word) {
        for (Map.Entry<String, List<String>> e : GROUPS.entrySet()) {
            if (e.getValue().contains(word)) {
                return e.getKey();
            }
        }
        return null;
    }

    /** Usage: PlantedCorpus SEED SENTENCES; writes the corpus to standard output. */
    public static void main(String[] args) throws IOException {
        long seed = args.length > 0 ? Long.parseLong(args[0]) : 1;
        int sentences = args.length > 1 ? Integer.parseInt(args[1]) : 4000;
        try (PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)))) {
            for (String line : generate(seed, sentences)) {
                out.println(line);
            }
        }
    }
}
