/**
 * Benchmarks run by {@code cbow bench}: the exact model's training step, timed as {@code cbow train}
 * takes it (words per second, GFLOP/s). Beside {@code train}, not above it: it builds the network the
 * same way, through the one constructor of {@link cbow.model.ExactNetwork}.
 */
package cbow.bench;
