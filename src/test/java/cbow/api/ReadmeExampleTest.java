package cbow.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's example program, compiled and run as a user's program would be: against the
 * library's classes and only its declared, non-optional dependencies (the command line's picocli,
 * XChart and progress bar are not on the class path). {@code .ci/library-check.sh} does the same
 * against the artifact {@code mvn install} puts in the local repository, resolved by Maven for a
 * separate project.
 */
class ReadmeExampleTest {
    private static final Path PROJECT = Path.of(System.getProperty("cbow.projectDir", "."));

    @TempDir
    Path dir;

    @Test
    void theReadmeExampleCompilesAndRunsOnTheLibraryAlone() throws Exception {
        String example = readmeExample();
        long statements = example.lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("import ") && !l.equals("}")).count();
        assertTrue(statements <= 10, "a ten-line example (imports and closing braces aside):\n" + example);
        Path source = dir.resolve("Example.java");
        Files.writeString(source, example);
        String classPath = libraryClassPath();
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int compiled = javac.run(null, null, null, "-d", dir.toString(), "-cp", classPath, source.toString());
        assertEquals(0, compiled, "the README example does not compile against the library");

        Path vectors = dir.resolve("vectors.bin");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", dir + File.pathSeparator + classPath, "Example", PROJECT.resolve("data/planted.txt").toString(),
                vectors.toString()));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        List<String> lines = out.lines().filter(l -> !l.startsWith("WARNING")).toList();
        // the planted corpus's animals are each other's nearest words; apple is the odd one out
        assertEquals(5 + 2, lines.size(), out);
        for (String line : lines.subList(0, 5)) {
            assertTrue(line.matches("(dog|horse|cow|sheep|goat) 0\\.\\d{4}"), out);
        }
        assertEquals("apple", lines.get(5));
        assertTrue(Files.size(vectors) > 0);
    }

    /** The java block after the README's "<!-- api-example -->" marker. */
    static String readmeExample() throws IOException {
        String readme = Files.readString(PROJECT.resolve("README.md"));
        Matcher m = Pattern.compile("<!-- api-example -->\\s*```java\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        assertTrue(m.find(), "README.md has no <!-- api-example --> java block");
        return m.group(1);
    }

    /**
     * target/classes and the jars of the dependencies a user of the library gets: the test's class
     * path without test-scoped and optional (command-line only) artifacts, whose groups the pom names.
     */
    private static String libraryClassPath() throws IOException {
        String pom = Files.readString(PROJECT.resolve("pom.xml"));
        List<String> excluded = new ArrayList<>();
        Matcher dependency = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL).matcher(pom);
        while (dependency.find()) {
            String d = dependency.group(1);
            if (d.contains("<optional>true</optional>") || d.contains("<scope>test</scope>")) {
                excluded.add("/" + tag(d, "artifactId") + "/");
            }
        }
        // what those bring in (their own dependencies), by the groups they live in
        excluded.addAll(List.of("/org/jline/", "/org/junit/", "/org/opentest4j/", "/org/apiguardian/", "/net/sf/jopt-simple/",
                "/org/apache/commons/commons-math3/", "/com/madgag/", "/org/apache/pdfbox/", "/de/rototor/", "/jackson-annotations/"));
        List<String> kept = new ArrayList<>(List.of(PROJECT.resolve("target/classes").toString()));
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            String unix = entry.replace(File.separatorChar, '/');
            if (unix.endsWith(".jar") && excluded.stream().noneMatch(unix::contains)) {
                kept.add(entry);
            }
        }
        assertTrue(kept.stream().noneMatch(e -> e.contains("picocli")), kept.toString());
        return String.join(File.pathSeparator, kept);
    }

    private static String tag(String xml, String name) {
        Matcher m = Pattern.compile("<" + name + ">(.*?)</" + name + ">").matcher(xml);
        return m.find() ? m.group(1).trim() : "";
    }
}
