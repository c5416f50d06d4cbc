package cbow.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cbow.embed.Embeddings;
import cbow.embed.EmbeddingsJson;
import cbow.synthetic.PlantedRecovery;
import cbow.train.LossKind;
import cbow.train.TrainingJob;
import cbow.train.TrainingListener;
import cbow.train.TrainingSettings;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cbow spark} on a real Spark standalone cluster (a master and two one-core workers, separate
 * JVMs on 127.0.0.1, started from the Maven-resolved jars): the driver ships cbow's classes to the
 * executors, so serialization and class path are exercised as on any cluster. The trained file is
 * cbow train's kind of file and recovers the planted groups; a second run loses a worker (and its
 * executor) mid-training and must still end with a model, and the very same one: every round is a
 * function of its broadcast model, so work redone after the loss gives the same deltas, applied once.
 */
class SparkClusterTest {
    private static final Path PLANTED = Path.of(System.getProperty("cbow.projectDir", "."), "data", "planted.txt")
            .toAbsolutePath();
    private static final String[] TRAINING = {"--loss", "ns", "--dim", "30", "--window", "2", "--alpha", "0.05",
        "--epochs", "6", "--rounds", "2", "--partitions", "2", "--seed", "11"};

    @Test
    void trainsOnAStandaloneClusterAndALostWorkerChangesNothing(@TempDir Path dir) throws Exception {
        try (StandaloneCluster cluster = new StandaloneCluster(dir, 2)) {
            String jars = cluster.applicationJars();
            Path first = dir.resolve("first.json");
            Run plain = drive(cluster, jars, first, line -> { });
            assertEquals(0, plain.exitCode, plain.err);
            Embeddings e = read(first);
            PlantedRecovery.of(e).assertAtLeast(0.9);
            assertSameKindOfFileAsCbowTrain(e);

            Path second = dir.resolve("second.json");
            boolean[] killed = {false};
            Run faulty = drive(cluster, jars, second, line -> {
                if (!killed[0] && line.startsWith("epoch 3 round 1/")) {
                    cluster.killWorker(1);
                    killed[0] = true;
                }
            });
            assertTrue(killed[0], "the run reached epoch 3: " + faulty.err);
            assertEquals(0, faulty.exitCode, faulty.err);
            assertTrue(faulty.err.contains("Lost executor") || faulty.err.contains("lost"),
                    "the driver noticed the lost worker: " + faulty.err);
            assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second),
                    "the run that lost a worker wrote another model");
        }
    }

    private record Run(int exitCode, String err) {
    }

    /** Runs cbow spark as a driver JVM against the cluster; {@code onLine} sees each line of its stderr. */
    private static Run drive(StandaloneCluster cluster, String jars, Path output, Consumer<String> onLine)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(StandaloneCluster.javaOptions());
        command.add("-Dlog4j2.configurationFile=" + StandaloneCluster.log4jConfig());
        command.add("-Dspark.jars=" + jars);
        command.add("-Dspark.executor.memory=512m");
        command.add("-Dspark.ui.enabled=false");
        command.add("-Dspark.driver.host=127.0.0.1");
        command.add("-cp");
        command.add(StandaloneCluster.driverClasspath());
        command.add("cbow.cli.Main");
        command.add("spark");
        command.add(PLANTED.toString());
        command.add("--master");
        command.add(cluster.url);
        command.addAll(List.of(TRAINING));
        command.add("-o");
        command.add(output.toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        Process driver = builder.start();
        StringBuilder err = new StringBuilder();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(driver.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                err.append(line).append('\n');
                onLine.accept(line);
            }
        }
        if (!driver.waitFor(240, TimeUnit.SECONDS)) {
            driver.destroyForcibly();
            throw new AssertionError("the driver did not finish: " + err);
        }
        return new Run(driver.exitValue(), err.toString());
    }

    private static Embeddings read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return EmbeddingsJson.read(in);
        }
    }

    /** The words, counts and settings that cbow train writes for the same options on the same file. */
    private static void assertSameKindOfFileAsCbowTrain(Embeddings spark) throws IOException {
        TrainingSettings settings = TrainingSettings.builder().loss(LossKind.NS).dim(30).window(2).alpha(0.05)
                .epochs(1).seed(11L).threads(2).build();
        Embeddings machine;
        try (InputStream in = Files.newInputStream(PLANTED)) {
            machine = new TrainingJob(settings, TrainingListener.SILENT, line -> { }).run(in);
        }
        assertEquals(machine.words(), spark.words());
        for (int i = 0; i < machine.size(); i++) {
            assertEquals(machine.count(i), spark.count(i));
        }
        Map<String, Object> expected = new HashMap<>(machine.settings());
        expected.put("epochs", 6);
        assertEquals(expected.keySet(), spark.settings().keySet());
        assertEquals(expected.toString(), new HashMap<>(spark.settings()).toString());
    }
}
