package cbow.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * How many answers ({@code -k}), among how many of the most frequent words ({@code --restrict}), in
 * which layout ({@code --format}): the options of the commands that list neighbours, similar and
 * analogy (declared in code: see {@link CommandSpecs}).
 */
record NeighbourOptions(int k, int restrict, String format) {
    /** Adds the three options to {@code spec}; {@code answers} names what -k counts, {@code restrictNote} explains --restrict. */
    static void declareOn(CommandSpec spec, String answers, String restrictNote) {
        spec.addOption(OptionSpec.builder("-k").paramLabel("N").type(int.class).defaultValue("10")
                .description("How many " + answers + ". Default: ${DEFAULT-VALUE}.").build());
        spec.addOption(OptionSpec.builder("--restrict").paramLabel("N").type(int.class).defaultValue("0")
                .description("Answer only among the N most frequent words (" + restrictNote + "0: all). Default: ${DEFAULT-VALUE}.").build());
        spec.addOption(OptionSpec.builder("--format").paramLabel("text|tsv|jsonl").type(String.class).defaultValue("text")
                .description("The output's layout. Default: ${DEFAULT-VALUE}.").build());
    }

    /** The options as parsed for {@code spec}; a -k under 1 or a negative --restrict is a usage error. */
    static NeighbourOptions of(CommandSpec spec) {
        int k = CommandSpecs.option(spec, "-k");
        int restrict = CommandSpecs.option(spec, "--restrict");
        if (k < 1 || restrict < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), k < 1 ? "-k must be at least 1, got " + k
                    : "--restrict must be 0 or more, got " + restrict);
        }
        return new NeighbourOptions(k, restrict, CommandSpecs.option(spec, "--format"));
    }

    /** The number of most frequent words answers come from: all of them for --restrict 0. */
    int limit() {
        return restrict == 0 ? Integer.MAX_VALUE : restrict;
    }
}
