package cbow.cli;

import cbow.embed.Embeddings;
import cbow.plot.LossChart;
import cbow.train.UntrainedCost;
import java.util.concurrent.Callable;
import org.knowm.xchart.XYChart;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "loss",
        modelTransformer = EmbeddingsInput.Declaration.class,
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Draw the training loss per epoch and per logged step, from the history 'cbow train' "
                + "stores with the embeddings, and write it as FILE (.png or .svg).",
        footer = {"", "Examples:", "  cbow plot loss loss.png", "  cbow plot loss -e vectors.json loss.svg"})
final class PlotLossCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The picture to write: a name ending in .png or .svg.")
    String output;

    /** The {@link EmbeddingsInput} options (added by the model transformer above), as parsed: set when called. */
    private EmbeddingsInput input;

    @Override
    public Integer call() {
        input = EmbeddingsInput.of(spec);
        PlotCommand.checkImageName(spec.commandLine(), output);
        Embeddings embeddings = input.load();
        XYChart chart;
        try {
            UntrainedCost start = UntrainedCost.of(embeddings);
            chart = LossChart.of(embeddings, start == null ? null : start.legend(), start == null ? 0 : start.value());
        } catch (IllegalArgumentException e) {
            throw new CommandFailure(input.name() + ": " + e.getMessage());
        }
        PlotCommand.write(chart, output);
        return Main.EXIT_OK;
    }
}
