package cbow.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Commands declared in code with picocli's programmatic API rather than with annotations: the query
 * commands ({@link EmbeddingsPrefetch#QUERY_COMMANDS}), the top-level {@code cbow} command and the
 * option groups they share.
 *
 * <p>Why two styles: a query is judged by its whole-process time, and reading a command's annotations
 * makes the JDK generate a proxy class for each annotation type (eight of them) and picocli walk every
 * class up to {@code Object}; on JDK 17 that cannot be archived. Measured with hyperfine, `cbow similar`
 * on Brown's vectors: 239 ms with annotations, 184 ms declared in code. The commands that run for
 * seconds ({@code train}, {@code evaluate}, {@code export}, ...) keep annotations, which read better; the
 * shared {@link EmbeddingsInput} options reach them through a model transformer.
 */
final class CommandSpecs {
    private CommandSpecs() {
    }

    /**
     * A command named {@code name} that runs {@code command} (a {@code Callable} or {@code Runnable}),
     * with the standard {@code -h/--help} and {@code -V/--version} options (what
     * {@code mixinStandardHelpOptions} gives an annotated command, without its reflection).
     */
    static CommandSpec command(Object command, String name, String[] description, String... footer) {
        CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(name).versionProvider(new Main.Version());
        spec.usageMessage().description(description).footer(footer);
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
                .description("Print version information and exit.").build());
        return spec;
    }

    /** The parsed (or default) value of the option named {@code name}. */
    static <T> T option(CommandSpec spec, String name) {
        return spec.findOption(name).getValue();
    }

    /** The parsed value of the {@code index}th positional parameter. */
    static <T> T positional(CommandSpec spec, int index) {
        return spec.positionalParameters().get(index).getValue();
    }
}
