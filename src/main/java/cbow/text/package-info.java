/**
 * Reading corpus text: strict UTF-8 decoding and the tokenizer, into a stream of provisional word ids
 * with line ends ({@link cbow.text.TokenizedCorpus}); and phrase detection ({@link cbow.text.Phrases},
 * word2phrase's rule), which rewrites text with frequent pairs joined.
 */
package cbow.text;
