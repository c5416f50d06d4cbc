package cbow.cli;

import cbow.io.OutputTarget;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;

/**
 * Checks, before any work, every file a command will write: each can be written (by the rules
 * {@link cbow.io.AtomicFile} writes by, links and devices included), none is a file the command
 * reads, and no two are the same file. Hours of training must not end in "cannot be written", nor
 * replace the corpus they read.
 *
 * <pre>
 * OutputPaths.of(spec.commandLine()).output("-o", output).input("the corpus", corpus).check();
 * </pre>
 */
final class OutputPaths {
    private record Named(String option, String name) {
    }

    private final CommandLine commandLine;
    private final List<Named> outputs = new ArrayList<>();
    private final List<Named> inputs = new ArrayList<>();
    private final Set<List<String>> allowed = new java.util.HashSet<>();

    private OutputPaths(CommandLine commandLine) {
        this.commandLine = commandLine;
    }

    static OutputPaths of(CommandLine commandLine) {
        return new OutputPaths(commandLine);
    }

    /** A file the command will write, named by {@code option} ("-o"); null or "-" for none or standard output. */
    OutputPaths output(String option, Object name) {
        if (name != null) {
            outputs.add(new Named(option, name.toString()));
        }
        return this;
    }

    /** A file the command reads (its corpus, a checkpoint); null or "-" for none or standard input. */
    OutputPaths input(String option, Object name) {
        if (name != null && !name.toString().equals("-")) {
            inputs.add(new Named(option, name.toString()));
        }
        return this;
    }

    /** Lets the output {@code output} replace the input {@code input} (a checkpoint saved over the one resumed). */
    OutputPaths mayReplace(String output, String input) {
        allowed.add(List.of(output, input));
        return this;
    }

    /** Fails, with one line naming the files, unless every output can be written and clobbers nothing read. */
    void check() {
        List<OutputTarget> targets = new ArrayList<>();
        for (Named out : outputs) {
            OutputTarget target = target(out);
            for (Named in : inputs) {
                if (!allowed.contains(List.of(out.option, in.option)) && target.overwrites(Path.of(in.name))) {
                    throw new CommandLine.ParameterException(commandLine, out.option + " " + out.name + " is "
                            + in.option + " " + in.name + ": writing it would destroy what is read; name another file");
                }
            }
            for (int i = 0; i < targets.size(); i++) {
                if (target.sameAs(targets.get(i))) {
                    Named earlier = outputs.get(i);
                    throw new CommandLine.ParameterException(commandLine, earlier.option + " " + earlier.name + " and "
                            + out.option + " " + out.name + " are the same file: one would replace the other; name two files");
                }
            }
            targets.add(target);
            try {
                target.requireWritable();
            } catch (IOException e) {
                throw new CommandFailure(out.name + ": " + (e.getMessage() == null ? "cannot be written" : e.getMessage()));
            }
        }
    }

    private static OutputTarget target(Named out) {
        if (out.name.equals("-")) {
            return OutputTarget.standardOutput();
        }
        try {
            return OutputTarget.of(Path.of(out.name));
        } catch (IOException | java.nio.file.InvalidPathException e) {
            throw new CommandFailure(out.name + ": cannot be written (" + e.getMessage() + ")");
        }
    }
}
