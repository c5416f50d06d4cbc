/**
 * The vocabulary: the words kept (by --min-count and --max-vocab), their ids and counts; and the
 * character n-grams of a word with fastText's hash of them ({@link cbow.vocab.CharacterNgrams},
 * {@link cbow.vocab.Fnv1a}), which subword models use.
 */
package cbow.vocab;
