/**
 * Training on an Apache Spark cluster ({@code cbow spark}), a job beside {@code cbow.train}: the same
 * settings, tokenizer, vocabulary, networks and output as {@code cbow train}, with the corpus read
 * and the work done on Spark's executors.
 * <ul>
 * <li>{@link cbow.spark.SparkCorpus}: text from any path Spark reads, tokenized line by line with
 *     cbow's rules, the vocabulary counted as a Spark job, each partition encoded to ids and cached.</li>
 * <li>{@link cbow.spark.SparkHogwildTrainer} (ns, hs): rounds in which every partition trains a copy
 *     of the current model lock-free on its next slice ({@link cbow.spark.HogwildRound}) and sends
 *     back only the rows it changed, summed per row by {@code reduceByKey}.</li>
 * <li>{@link cbow.spark.SparkExactTrainer} (the exact softmax model): periodic model averaging of
 *     {@link cbow.model.ExactNetwork}s stepped on each partition's batches ({@link cbow.spark.ExactRound}).</li>
 * </ul>
 * Every round's work is a function of the round's broadcast model and seeds only, and is applied once
 * on the driver: a task Spark runs again (a lost executor, a retry) gives the same numbers, and
 * its first attempt's partial work is dropped with it.
 */
package cbow.spark;
