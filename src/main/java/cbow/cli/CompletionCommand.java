package cbow.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Prints picocli's generated completion script for bash (and zsh, through bashcompinit). */
@Command(name = "completion",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Print a shell completion script for cbow (bash, or zsh with bashcompinit) on standard output.",
        footer = {"", "Examples:",
            "  source <(cbow completion)          (bash, this shell only)",
            "  cbow completion > ~/.local/share/bash-completion/completions/cbow",
            "  autoload -U +X bashcompinit && bashcompinit   (zsh, then as bash)",
            "  source <(cbow completion)"})
final class CompletionCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        CommandLine cli = Main.allCommands();
        offerWhatUsersType(cli.getCommandSpec());
        System.out.print(AutoComplete.bash("cbow", cli));
        CliFiles.flushStandardOutput();
    }

    /**
     * Completes each option with the values its synopsis shows: an enum's constants in lowercase,
     * as users type them (picocli offers {@code SOFTMAX NS HS}), and a String option's choices from
     * its label ({@code --format=text|tsv|jsonl}), so that the synopsis is their one source, or from
     * its completion candidates where the list is too long for the synopsis ({@code --input-format}).
     */
    static void offerWhatUsersType(CommandSpec command) {
        for (OptionSpec option : List.copyOf(command.options())) {
            List<String> values = new ArrayList<>();
            Class<?> type = option.type();
            if (type.isEnum()) {
                for (Object constant : type.getEnumConstants()) {
                    values.add(constant.toString().toLowerCase(Locale.ROOT));
                }
            } else if (option.paramLabel().contains("|")) {
                values.addAll(List.of(option.paramLabel().split("\\|")));
            } else if (option.completionCandidates() != null) {
                option.completionCandidates().forEach(values::add); // relabelled below: two options' labels may be alike
            }
            if (!values.isEmpty()) {
                command.remove(option);
                // picocli names a shell variable after the label, and "3cosadd|3cosmul" is no valid name
                String label = option.longestName().replaceFirst("^-+", "").replace('-', '_').toUpperCase(Locale.ROOT);
                command.addOption(option.toBuilder().completionCandidates(values).paramLabel(label).build());
            }
        }
        for (CommandLine sub : command.subcommands().values()) {
            offerWhatUsersType(sub.getCommandSpec());
        }
    }
}
