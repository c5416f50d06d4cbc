/**
 * The command line: picocli commands that parse options, call one job or query below, and turn every
 * failure into one line and an exit code (see {@link cbow.cli.Main}). Progress displays (a live bar on a
 * terminal, lines on a pipe) and the option groups shared by commands live here too. The query
 * commands are declared in code rather than with annotations, for their start-up (see
 * {@link cbow.cli.CommandSpecs}). Nothing below this package prints or exits.
 */
package cbow.cli;
