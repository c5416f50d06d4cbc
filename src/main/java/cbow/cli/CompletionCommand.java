package cbow.cli;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Prints picocli's generated completion script for bash (and zsh, through bashcompinit). */
@Command(name = "completion",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Print a shell completion script for cbow (bash, or zsh with bashcompinit) on standard output.",
        footer = {"", "Examples:",
            "  source <(cbow completion)                       (this shell only)",
            "  cbow completion > ~/.local/share/bash-completion/completions/cbow",
            "  autoload -U +X bashcompinit && bashcompinit && source <(cbow completion)   (zsh)"})
final class CompletionCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        System.out.print(AutoComplete.bash("cbow", spec.root().commandLine()));
        CliFiles.flushStandardOutput();
    }
}
