package cbow.cli;

import cbow.plot.ChartFile;
import java.io.IOException;
import java.nio.file.Path;
import org.knowm.xchart.internal.chartpart.IChart;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "plot",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Draw the embeddings or their training as a PNG or SVG picture.",
        subcommands = {PlotWordsCommand.class, PlotLossCommand.class},
        footer = {"", "Examples:", "  cbow plot words map.png king queen man woman",
                "  cbow plot words --top 60 map.svg", "  cbow plot loss loss.png"})
final class PlotCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a plot is required: words or loss");
    }

    /** Fails with a usage error, before any work, unless {@code name} ends in .png or .svg. */
    static ChartFile.Format checkImageName(CommandLine commandLine, String name) {
        ChartFile.Format format = ChartFile.Format.of(name);
        if (format == null) {
            throw new CommandLine.ParameterException(commandLine,
                    "the picture's name must end in .png or .svg, got '" + name + "'");
        }
        OutputPaths.of(commandLine).output("FILE", name).check();
        return format;
    }

    static void write(IChart chart, String name) {
        try {
            ChartFile.write(chart, Path.of(name));
        } catch (IOException e) {
            throw new CommandFailure(name + ": cannot be written (" + CliFiles.describe(e) + ")");
        }
        System.err.println("wrote " + name);
    }
}
