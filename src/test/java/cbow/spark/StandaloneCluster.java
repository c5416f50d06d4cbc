package cbow.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Spark standalone cluster on 127.0.0.1, as a user would start one, from the Spark jars Maven
 * resolved (target/spark.classpath): a master and workers, each its own JVM, each worker with one
 * core. Workers start executors from SPARK_HOME/jars, so SPARK_HOME is a folder of links to those
 * jars. Closing it ends every process it started (and the executors the workers started).
 */
final class StandaloneCluster implements AutoCloseable {
    private static final Pattern ALIVE_WORKERS = Pattern.compile("\"aliveworkers\"\\s*:\\s*(\\d+)");

    private final Path dir;
    private final List<String> sparkJars;
    private final int webPort;
    private final Process master;
    private final List<Process> workers = new ArrayList<>();
    final String url;

    StandaloneCluster(Path dir, int workerCount) throws IOException, InterruptedException {
        this.dir = dir;
        this.sparkJars = sparkJars();
        Path jars = Files.createDirectories(dir.resolve("spark-home/jars"));
        for (String jar : sparkJars) {
            Path link = jars.resolve(Path.of(jar).getFileName());
            if (!Files.exists(link)) {
                Files.createSymbolicLink(link, Path.of(jar));
            }
        }
        int port = freePort();
        webPort = freePort();
        url = "spark://127.0.0.1:" + port;
        master = start("master", "org.apache.spark.deploy.master.Master", "--host", "127.0.0.1", "--port", "" + port,
                "--webui-port", "" + webPort);
        try {
            for (int w = 0; w < workerCount; w++) {
                Path work = Files.createDirectories(dir.resolve("worker-" + w));
                workers.add(start("worker-" + w, "org.apache.spark.deploy.worker.Worker", "--host", "127.0.0.1",
                        "--cores", "1", "--memory", "1g", "--work-dir", work.toString(),
                        "--webui-port", "" + freePort(), url));
            }
            awaitWorkers(workerCount, 120);
        } catch (IOException | InterruptedException | RuntimeException e) {
            close(); // a cluster that did not come up leaves no process behind
            throw e;
        }
    }

    /** The driver's class path: cbow's classes and runtime jars with Spark's (the test's own class path). */
    static String driverClasspath() {
        return System.getProperty("java.class.path");
    }

    /** Spark's JVM options on Java 17, from src/main/spark/java-options. */
    static List<String> javaOptions() throws IOException {
        Path options = Path.of(System.getProperty("cbow.projectDir", "."), "src/main/spark/java-options");
        try (Stream<String> lines = Files.lines(options)) {
            return lines.filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }

    static Path log4jConfig() {
        return Path.of(System.getProperty("cbow.projectDir", "."), "src/main/spark/log4j2.properties").toAbsolutePath();
    }

    /**
     * What executors need besides Spark: cbow's classes as a jar (the application jar a user passes to
     * spark-submit) and the EJML jars the exact model uses; as spark.jars's comma-separated list.
     */
    String applicationJars() throws IOException {
        Path jar = dir.resolve("cbow-classes.jar");
        Path classes = Path.of(System.getProperty("cbow.projectDir", "."), "target/classes");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(classes)) {
            for (Path f : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
        }
        List<String> all = new ArrayList<>(List.of(jar.toString()));
        for (String entry : driverClasspath().split(java.io.File.pathSeparator)) {
            if (entry.contains("/org/ejml/")) {
                all.add(entry);
            }
        }
        return String.join(",", all);
    }

    /** Kills worker {@code w} and the executors it started, at once (SIGKILL): a machine lost. */
    void killWorker(int w) {
        Process worker = workers.get(w);
        worker.descendants().forEach(ProcessHandle::destroyForcibly);
        worker.destroyForcibly();
    }

    private Process start(String name, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(javaOptions());
        command.add("-Xmx256m");
        command.add("-Dlog4j2.configurationFile=" + log4jConfig());
        command.add("-cp");
        command.add(String.join(java.io.File.pathSeparator, sparkJars));
        command.add(mainClass);
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve(name + ".log").toFile());
        Map<String, String> env = builder.environment();
        env.put("SPARK_HOME", dir.resolve("spark-home").toString());
        env.put("SPARK_SCALA_VERSION", "2.13");
        env.put("SPARK_LOCAL_IP", "127.0.0.1");
        return builder.start();
    }

    private void awaitWorkers(int count, int seconds) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        String last = "";
        while (System.nanoTime() < deadline) {
            try {
                HttpURLConnection c = (HttpURLConnection) URI.create("http://127.0.0.1:" + webPort + "/json/").toURL()
                        .openConnection();
                c.setConnectTimeout(2000);
                c.setReadTimeout(5000);
                last = new String(c.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                Matcher m = ALIVE_WORKERS.matcher(last);
                if (m.find() && Integer.parseInt(m.group(1)) >= count) {
                    return;
                }
            } catch (IOException notYet) {
                // the master is still starting
            }
            if (!master.isAlive()) {
                throw new IllegalStateException("the Spark master ended: " + log("master"));
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("fewer than " + count + " workers registered in " + seconds + " s: " + last
                + "\n" + log("worker-0"));
    }

    String log(String name) {
        try {
            return Files.readString(dir.resolve(name + ".log"));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static List<String> sparkJars() {
        try {
            String listed = Files.readString(Path.of(System.getProperty("cbow.sparkClasspath", "target/spark.classpath")));
            return List.of(listed.trim().split(java.io.File.pathSeparator));
        } catch (IOException e) {
            throw new UncheckedIOException("target/spark.classpath (written by Maven's generate-resources)", e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() {
        List<ProcessHandle> all = new ArrayList<>();
        for (Process w : workers) {
            w.descendants().forEach(all::add);
            all.add(w.toHandle());
        }
        master.descendants().forEach(all::add);
        all.add(master.toHandle());
        all.forEach(ProcessHandle::destroyForcibly);
        for (ProcessHandle p : all) {
            p.onExit().join();
        }
    }
}
