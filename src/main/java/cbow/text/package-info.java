/**
 * Reading corpus text: strict UTF-8 decoding and the tokenizer, into a stream of provisional word ids
 * with line ends ({@link cbow.text.TokenizedCorpus}).
 */
package cbow.text;
