/**
 * The corpus as training data, for both trainers: vocabulary ids ({@link cbow.data.EncodedCorpus}),
 * sentences subsampled and capped ({@link cbow.data.Sentences}, {@link cbow.data.Subsampler}), context
 * windows ({@link cbow.data.ContextWindow}); and for the exact trainer the examples of each epoch and
 * their shuffled batches ({@link cbow.data.Examples}, {@link cbow.data.EpochExamples},
 * {@link cbow.data.BatchSampler}, {@link cbow.data.Batch}).
 */
package cbow.data;
