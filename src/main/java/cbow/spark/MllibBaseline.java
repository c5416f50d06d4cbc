package cbow.spark;

import cbow.io.AtomicFile;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.mllib.feature.Word2Vec;
import org.apache.spark.mllib.feature.Word2VecModel;
import scala.jdk.javaapi.CollectionConverters;

/**
 * The baseline of bench/spark.sh, not part of the command line: Spark MLlib's own Word2Vec
 * (skip-gram, hierarchical softmax) on the same lines and tokens as {@code cbow spark} (cbow's
 * tokenizer, {@link SparkCorpus}), its vectors written in word2vec's text format for the same scorer.
 * usage: MllibBaseline CORPUS OUT.txt ITERATIONS PARTITIONS SEED (the master from spark.master)
 */
public final class MllibBaseline {
    private MllibBaseline() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 5) {
            System.err.println("usage: MllibBaseline CORPUS OUT.txt ITERATIONS PARTITIONS SEED");
            System.exit(2);
        }
        int iterations = Integer.parseInt(args[2]);
        int partitions = Integer.parseInt(args[3]);
        long started = System.nanoTime();
        try (JavaSparkContext sc = new JavaSparkContext(new SparkConf().setAppName("mllib-word2vec"))) {
            sc.setLogLevel("WARN");
            JavaRDD<List<String>> sentences = SparkCorpus.read(sc, List.of(args[0]), partitions).lines()
                    .filter(words -> words.length > 0).map(Arrays::asList);
            // MLlib's defaults (vector size 100, window 5, min count 5, learning rate 0.025) but these
            Word2VecModel model = new Word2Vec().setNumIterations(iterations).setNumPartitions(partitions)
                    .setSeed(Long.parseLong(args[4])).fit(sentences);
            Map<String, float[]> vectors = CollectionConverters.asJava(model.getVectors());
            int dim = vectors.values().iterator().next().length;
            AtomicFile.write(Path.of(args[1]), out -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                w.write(vectors.size() + " " + dim + "\n");
                for (Map.Entry<String, float[]> e : vectors.entrySet()) {
                    StringBuilder line = new StringBuilder(e.getKey());
                    for (float x : e.getValue()) {
                        line.append(' ').append(String.format(Locale.ROOT, "%.6f", x));
                    }
                    w.write(line.append('\n').toString());
                }
                w.flush();
            });
        }
        System.err.printf(Locale.ROOT, "mllib word2vec: %d iterations, %d partitions, %.1f s%n", iterations, partitions,
                (System.nanoTime() - started) / 1e9);
    }
}
