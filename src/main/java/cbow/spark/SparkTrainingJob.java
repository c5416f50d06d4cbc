package cbow.spark;

import cbow.embed.Embeddings;
import cbow.train.LossKind;
import cbow.train.TrainingJob;
import cbow.train.TrainingSettings;
import cbow.train.TreeKind;
import cbow.train.UnusableCorpusException;
import cbow.vocab.Vocabulary;
import java.util.List;
import java.util.function.Consumer;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;

/**
 * {@code cbow spark}: the training run of {@code cbow train} on a Spark cluster, from corpus paths
 * to the same {@link Embeddings}: the vocabulary counted by a Spark job and chosen by the same rule,
 * then {@link SparkHogwildTrainer} (ns, hs) or {@link SparkExactTrainer} (softmax).
 */
public final class SparkTrainingJob {
    /**
     * Combining rounds per epoch when not given. Measured against 2 to 45 (README, "Training on a
     * Spark cluster"): fewer cost analogies; 8 partitions want 40 to 45 (the momentum's lag grows with
     * the partitions) and 2 partitions did best at 15 to 20, but each round is a Spark job (20 rounds
     * took 1.3x as long on Brown) and moves the touched rows (twice the rows on a large corpus).
     * With ns and hs the first epoch takes more rounds instead, where they matter most
     * ({@link SparkHogwildTrainer#roundsIn}: 8 partitions recover most of 40 rounds' gain there).
     */
    public static final int DEFAULT_ROUNDS = 10;

    private final TrainingSettings settings;
    private final String master;
    private final int partitions;
    private final int rounds;
    private final Consumer<String> log;

    /**
     * @param master     Spark's master URL, or null for the one spark-submit set (else local[*])
     * @param partitions partitions of the corpus: the units of parallel work, one copy of the model each
     * @param rounds     how often per epoch the partitions' work is combined (with ns and hs more often in
     *                   the first epoch: {@link SparkHogwildTrainer#roundsIn})
     */
    public SparkTrainingJob(TrainingSettings settings, String master, int partitions, int rounds,
                            Consumer<String> log) {
        if (settings.tree() != TreeKind.HUFFMAN) { // never ignored silently: the trainer here keeps its first tree
            throw new IllegalArgumentException("hs on Spark trains on the Huffman tree only (--tree huffman)");
        }
        this.settings = settings;
        this.master = master;
        this.partitions = partitions;
        this.rounds = rounds;
        this.log = log;
    }

    public Embeddings run(List<String> corpusPaths) {
        SparkConf conf = new SparkConf().setAppName("cbow")
                // a round collects the changed rows, at most the model: Spark's default cap of 1 GB would
                // stop a large vocabulary's run (docs/spark.md), so no cap unless the user set one
                .setIfMissing("spark.driver.maxResultSize", "0");
        if (master != null) {
            conf.setMaster(master);
        } else if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        try (JavaSparkContext sc = new JavaSparkContext(conf)) {
            sc.setLogLevel("WARN");
            SparkCorpus corpus = SparkCorpus.read(sc, corpusPaths, partitions, settings.lineEndToken());
            SparkCorpus.Counts counts = corpus.count();
            long tokens = counts.tokens();
            if (tokens == 0) {
                throw new UnusableCorpusException("the corpus holds no words");
            }
            Vocabulary vocabulary = Vocabulary.select(counts.words(), counts.counts(), settings.minCount(),
                    settings.maxVocab());
            if (vocabulary.size() < 2) {
                throw new UnusableCorpusException(String.format(
                        "%d of the %,d distinct words occur at least --min-count=%d times; training needs 2 (lower --min-count)",
                        vocabulary.size(), counts.words().size(), settings.minCount()));
            }
            log.accept(String.format("read %,d tokens, %,d distinct; vocabulary %,d words (min-count %d%s); master %s",
                    tokens, counts.words().size(), vocabulary.size(), settings.minCount(),
                    settings.maxVocab() > 0 ? ", max-vocab " + settings.maxVocab() : "", sc.master()));
            JavaRDD<int[]> shards = corpus.encode(sc, vocabulary);
            long corpusWords = vocabulary.totalCount();
            log.accept(String.format("%,d partitions, %d rounds an epoch, %s loss", shards.getNumPartitions(), rounds,
                    settings.loss().label()));
            SparkModel model = settings.loss() == LossKind.SOFTMAX
                    ? new SparkExactTrainer(settings, rounds, log).train(sc, shards, vocabulary)
                    : new SparkHogwildTrainer(settings, rounds, log).train(sc, shards, vocabulary, corpusWords);
            return TrainingJob.embeddings(settings, vocabulary, model.inputRows(), model.outputRows(), model.history());
        }
    }
}
