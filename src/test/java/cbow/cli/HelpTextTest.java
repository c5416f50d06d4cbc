package cbow.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Every command's --help as an 80-column terminal shows it: examples are never wrapped mid-command,
 * no word or path is broken, synopses name choices instead of Java field names; and completion
 * offers the values users type.
 */
class HelpTextTest {
    @TempDir
    Path dir;

    private static List<CommandLine> allCommands() {
        List<CommandLine> all = new ArrayList<>();
        collect(Main.allCommands(), all);
        return all;
    }

    private static void collect(CommandLine cli, List<CommandLine> into) {
        into.add(cli);
        cli.getSubcommands().values().forEach(sub -> collect(sub, into));
    }

    private static String help(CommandLine cli) {
        List<String> args = new ArrayList<>(List.of(cli.getCommandSpec().qualifiedName().split(" ")));
        args.remove(0); // "cbow"
        args.add("--help");
        CliRun run = CliRun.inProcess(args.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run::toString);
        return run.out();
    }

    @Test
    void examplesAreNeverWrappedAndNoWordIsBroken() {
        for (CommandLine cli : allCommands()) {
            CommandSpec spec = cli.getCommandSpec();
            if (spec.name().equals("help")) {
                continue;
            }
            String help = help(cli);
            for (String line : spec.usageMessage().footer()) {
                assertTrue(help.contains(line + "\n"), spec.qualifiedName() + ": the footer line is wrapped:\n" + line);
            }
            List<String> texts = new ArrayList<>(List.of(spec.usageMessage().description()));
            for (ArgSpec arg : spec.args()) {
                texts.addAll(List.of(arg.description()));
            }
            for (String text : texts) {
                for (String word : text.split("\\s+")) {
                    if (!word.isEmpty() && !word.contains("${")) {
                        assertTrue(help.contains(word), spec.qualifiedName() + ": '" + word + "' is broken across lines:\n" + help);
                    }
                }
            }
        }
    }

    @Test
    void synopsesNameChoicesAndPlaceholdersNotJavaFields() {
        Pattern javaField = Pattern.compile("=<([a-z][A-Za-z]*)>");
        for (CommandLine cli : allCommands()) {
            String name = cli.getCommandSpec().qualifiedName();
            if (name.equals("cbow help")) {
                continue;
            }
            Matcher m = javaField.matcher(help(cli));
            assertFalse(m.find(), name + " shows a Java field as a placeholder: " + (m.hitEnd() ? "" : m.group()));
        }
        assertTrue(help(cli("similar")).contains("[--format=text|tsv|jsonl]"));
        assertTrue(help(cli("analogy")).contains("[--method=3cosadd|3cosmul]"));
        assertTrue(help(cli("export")).contains("--format=json|word2vec|word2vec-binary|glove|projector"));
        // the input formats are too many for the synopsis's 80 columns: named in the description
        assertTrue(help(cli("evaluate")).contains("[--input-format=FORMAT]"));
        assertTrue(help(cli("evaluate")).replaceAll("\\s+", " ").contains("json, word2vec, word2vec-binary, glove or projector"));
    }

    private static CommandLine cli(String name) {
        return Main.allCommands().getSubcommands().get(name);
    }

    @Test
    void completionOffersTheValuesUsersType() throws Exception {
        assumeTrue(new File("/bin/bash").canExecute(), "bash is needed");
        CliRun script = CliRun.inProcess("completion");
        assertEquals(0, script.exitCode(), script::toString);
        assertFalse(script.out().contains("SOFTMAX"), "enum values in lowercase, as typed");
        Path file = dir.resolve("cbow-completion.bash");
        Files.writeString(file, script.out());
        assertEquals("softmax ns hs", complete(file, "cbow train --loss "));
        assertEquals("sgd adagrad adam", complete(file, "cbow train --optimizer "));
        assertEquals("text tsv jsonl", complete(file, "cbow similar --format "));
        assertEquals("3cosadd 3cosmul", complete(file, "cbow analogy --method "));
        assertEquals("word2vec-binary", complete(file, "cbow export --format word2vec-"));
        assertEquals("json word2vec word2vec-binary glove projector", complete(file, "cbow evaluate --input-format "));
    }

    /** What bash offers after {@code line}, through the generated completion function. */
    private static String complete(Path script, String line) throws Exception {
        String program = "source \"$1\"; line=\"$2\"; read -ra COMP_WORDS <<< \"$line\"; "
                + "[[ \"$line\" == *' ' ]] && COMP_WORDS+=(''); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); "
                + "COMP_LINE=\"$line\"; COMP_POINT=${#line}; "
                + "_complete_cbow cbow \"${COMP_WORDS[-1]}\" \"${COMP_WORDS[-2]}\" 2>/dev/null; echo \"${COMPREPLY[*]}\"";
        Process p = new ProcessBuilder("bash", "-c", program, "bash", script.toString(), line).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        p.getErrorStream().readAllBytes();
        assertEquals(0, p.waitFor());
        return out;
    }

    @Test
    void theReadmesSampleFileShowsTheDefaultSettings() throws Exception {
        String readme = Files.readString(CliProcess.projectDir().resolve("README.md"));
        Matcher sample = Pattern.compile("(?s)## The embeddings file.*?```json.*?\"settings\": \\{(.*?)\\}").matcher(readme);
        assertTrue(sample.find(), "the README's sample file");
        String shown = sample.group(1).replaceAll("\\s+", " ").strip();

        Path corpus = dir.resolve("corpus.txt");
        Files.writeString(corpus, "the cat sat on the mat\n".repeat(10) + "a dog ran to a log\n".repeat(10));
        Path out = dir.resolve("e.json");
        CliRun run = CliRun.inProcess("train", corpus.toString(), "-o", out.toString(), "-q"); // every default
        assertEquals(0, run.exitCode(), run::toString);
        cbow.embed.Embeddings trained;
        try (var in = Files.newInputStream(out)) {
            trained = cbow.embed.EmbeddingsJson.read(in);
        }
        List<String> actual = new ArrayList<>();
        trained.settings().forEach((k, v) -> actual.add("\"" + k + "\": " + (v instanceof String ? "\"" + v + "\"" : v)));
        assertEquals(String.join(", ", actual), shown);
    }
}
