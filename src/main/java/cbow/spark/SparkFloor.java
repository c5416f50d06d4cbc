package cbow.spark;

import java.util.List;
import java.util.Locale;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * A yardstick of bench/spark.sh, not part of the command line: the least any Spark application pays
 * on the cluster before it trains anything. It starts a driver, gets its executors and reads the
 * corpus's lines once through cbow's own reading ({@link SparkCorpus}), in one job, and stops. Its
 * wall time, set beside MLlib's and cbow's in the same run, says how much of theirs is the platform's.
 * usage: SparkFloor CORPUS PARTITIONS (the master from spark.master)
 */
public final class SparkFloor {
    private SparkFloor() {
    }

    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: SparkFloor CORPUS PARTITIONS");
            System.exit(2);
        }
        long started = System.nanoTime();
        try (JavaSparkContext sc = new JavaSparkContext(new SparkConf().setAppName("spark-floor"))) {
            sc.setLogLevel("WARN");
            long lines = SparkCorpus.read(sc, List.of(args[0]), Integer.parseInt(args[1])).lines().count();
            System.err.printf(Locale.ROOT, "spark floor: %,d lines read, %.1f s%n", lines,
                    (System.nanoTime() - started) / 1e9);
        }
    }
}
