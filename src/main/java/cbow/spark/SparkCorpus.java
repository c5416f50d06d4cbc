package cbow.spark;

import cbow.data.EncodedCorpus;
import cbow.text.IntArrayBuilder;
import cbow.text.MalformedTextException;
import cbow.text.TokenizedCorpus;
import cbow.text.Tokenizer;
import cbow.train.TrainingSettings;
import cbow.vocab.Vocabulary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapred.TextInputFormat;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * A corpus as Spark reads it: text from any path Hadoop's input formats read (local files, HDFS,
 * object stores; several paths, directories, globs, gzip and other codecs by file extension), split
 * into lines by Hadoop's line reader (LF, CR and CRLF, as {@link Tokenizer} splits them) and
 * tokenized line by line with {@link Tokenizer}'s rules, so the vocabulary is the one {@code cbow train}
 * would choose on the same text. The bytes go to the tokenizer undecoded, so invalid UTF-8 is refused
 * here as it is there.
 */
public final class SparkCorpus {
    private final JavaRDD<String[]> lines;

    private SparkCorpus(JavaRDD<String[]> lines) {
        this.lines = lines;
    }

    /**
     * The lines of the text at {@code paths} (each a file, directory or glob), in exactly
     * {@code partitions} partitions; nothing is read until a job runs.
     */
    public static SparkCorpus read(JavaSparkContext sc, List<String> paths, int partitions) {
        return read(sc, paths, partitions, false);
    }

    /**
     * As above; with {@code lineEndToken}, every line that holds a word ends with
     * {@link TrainingSettings#LINE_END_TOKEN}, counted and encoded as a word, as {@code cbow train}
     * does (--line-end-token).
     */
    public static SparkCorpus read(JavaSparkContext sc, List<String> paths, int partitions, boolean lineEndToken) {
        JavaPairRDD<LongWritable, Text> text = sc.hadoopFile(String.join(",", paths), TextInputFormat.class,
                LongWritable.class, Text.class, partitions);
        // the reader reuses its Text objects: each line is tokenized at once, never kept as Text
        JavaRDD<String[]> lines = text.map(line -> {
            String[] words = tokens(line._2(), line._1().get());
            if (!lineEndToken || words.length == 0) {
                return words;
            }
            String[] ended = Arrays.copyOf(words, words.length + 1);
            ended[words.length] = TrainingSettings.LINE_END_TOKEN;
            return ended;
        });
        // Exactly P: each partition is a copy of the model that trains on its shard, and every copy
        // costs a round its whole changed model (a 600 MB file's 18 splits of 32 MB moved 18 deltas of
        // 97 MB a round). Neighbouring splits are joined without a shuffle; files that cannot be split
        // (gzip) and are fewer than P are spread out by one.
        int splits = lines.getNumPartitions();
        if (splits > partitions) {
            lines = lines.coalesce(partitions);
        } else if (splits < partitions) {
            lines = lines.repartition(partitions);
        }
        return new SparkCorpus(lines);
    }

    /** The tokens of each line (an empty array for a line without words), in text order. */
    public JavaRDD<String[]> lines() {
        return lines;
    }

    /** The words of one line, in order (none for a line of punctuation or white space). */
    static String[] tokens(Text line, long offset) {
        List<String> words = new ArrayList<>();
        try {
            new Tokenizer().tokenize(line.getBytes(), 0, line.getLength(), new Tokenizer.Sink() {
                @Override
                public void token(String word) {
                    words.add(word);
                }

                @Override
                public void endOfLine() {
                }
            });
        } catch (MalformedTextException e) {
            throw new InvalidCorpusTextException("invalid UTF-8 in the line at byte " + offset
                    + " (convert it to UTF-8, or drop bad bytes with: iconv -c -f UTF-8 -t UTF-8)");
        }
        return words.toArray(new String[0]);
    }

    /** Every word's count, counted on the executors (the driver receives one count per distinct word). */
    public Counts count() {
        List<Tuple2<String, Long>> counted = lines
                .flatMap(words -> List.of(words).iterator())
                .mapToPair(word -> new Tuple2<>(word, 1L))
                .reduceByKey(Long::sum)
                .collect();
        List<String> words = new ArrayList<>(counted.size());
        long[] counts = new long[counted.size()];
        for (int i = 0; i < counted.size(); i++) {
            words.add(counted.get(i)._1());
            counts[i] = counted.get(i)._2();
        }
        return new Counts(words, counts);
    }

    /** Distinct words and their counts, in no particular order ({@link Vocabulary#select} orders them). */
    public record Counts(List<String> words, long[] counts) {
        public long tokens() {
            long sum = 0;
            for (long c : counts) {
                sum += c;
            }
            return sum;
        }
    }

    /**
     * Each partition as one {@link EncodedCorpus} array (vocabulary ids, {@link TokenizedCorpus#LINE_END}
     * after each line, words outside the vocabulary dropped as {@link EncodedCorpus#of} drops them),
     * cached on the executors, memory first. A lost partition is encoded again from the text.
     */
    public JavaRDD<int[]> encode(JavaSparkContext sc, Vocabulary vocabulary) {
        Broadcast<String[]> words = sc.broadcast(vocabulary.words().toArray(new String[0]));
        JavaRDD<int[]> shards = lines.mapPartitions(partition -> encodePartition(partition, words.value()));
        return shards.persist(StorageLevel.MEMORY_AND_DISK());
    }

    private static Iterator<int[]> encodePartition(Iterator<String[]> lines, String[] vocabulary) {
        Map<String, Integer> ids = new HashMap<>(vocabulary.length * 2);
        for (int i = 0; i < vocabulary.length; i++) {
            ids.put(vocabulary[i], i);
        }
        IntArrayBuilder out = new IntArrayBuilder();
        while (lines.hasNext()) {
            boolean lineOpen = false;
            for (String word : lines.next()) {
                Integer id = ids.get(word);
                if (id != null) {
                    out.add(id);
                    lineOpen = true;
                }
            }
            if (lineOpen) {
                out.add(TokenizedCorpus.LINE_END);
            }
        }
        int[] ids1 = new int[out.size()];
        System.arraycopy(out.backingArray(), 0, ids1, 0, out.size());
        return Collections.singletonList(ids1).iterator();
    }
}
