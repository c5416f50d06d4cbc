/** The vocabulary: the words kept (by --min-count and --max-vocab), their ids and counts. */
package cbow.vocab;
