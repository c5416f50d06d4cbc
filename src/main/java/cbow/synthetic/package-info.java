/** Generated corpora for tests and benchmarks: planted groups of interchangeable words, Zipf text. */
package cbow.synthetic;
