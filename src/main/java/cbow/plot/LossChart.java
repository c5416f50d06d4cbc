package cbow.plot;

import cbow.embed.Embeddings;
import cbow.embed.TrainingHistory;
import java.awt.BasicStroke;
import java.awt.Color;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The training loss against epochs: the mean of each logged stretch of steps (a thin line), the mean
 * of each epoch (points at the middle of the epoch they average), and for scale the cost of a model
 * that knows nothing yet (a dashed line; the caller knows it: cbow.train.UntrainedCost). The axis
 * says what the loss measures, and the title the settings that the output layer uses: softmax's
 * cross-entropy over V words and its batch; ns's log-loss of 1 + K binary outputs and its K; hs's
 * log-loss along the word's path in the Huffman tree.
 */
public final class LossChart {
    private static final int WIDTH = 1000;
    private static final int HEIGHT = 650;

    private LossChart() {
    }

    /**
     * The chart of {@code embeddings}' history, with a dashed line at {@code startCost}, the cost
     * before any learning, named {@code startLegend} (null: no line). Throws IllegalArgumentException
     * when the embeddings carry no per-epoch loss.
     */
    public static XYChart of(Embeddings embeddings, String startLegend, double startCost) {
        TrainingHistory history = embeddings.history();
        if (history == null || history.epochLosses().isEmpty()) {
            throw new IllegalArgumentException("the file holds no training history (no \"training\".\"epoch_losses\")");
        }
        List<Double> epochLosses = history.epochLosses();
        int epochs = epochLosses.size();
        Object lossSetting = embeddings.settings().get("loss");
        String loss = lossSetting == null ? "softmax" : lossSetting.toString();
        XYChart chart = ChartStyle.newChart(WIDTH, HEIGHT, title(embeddings, epochs, loss), "epoch", yAxis(loss));
        XYStyler styler = chart.getStyler();
        styler.setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        styler.setXAxisMin(0.0);
        styler.setXAxisMax((double) epochs);
        styler.setMarkerSize(8);
        // below the plot: inside, it would hide part of some curve (they fall steeply or level off)
        styler.setLegendPosition(Styler.LegendPosition.OutsideS);
        styler.setLegendLayout(Styler.LegendLayout.Horizontal);

        List<TrainingHistory.Point> steps = history.steps();
        if (!steps.isEmpty()) {
            // Every epoch has as many steps and ends with a logged one, so this puts each
            // epoch's last logged step exactly at its end.
            double stepsPerEpoch = (double) steps.get(steps.size() - 1).step() / epochs;
            double[] x = new double[steps.size()];
            double[] y = new double[steps.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = steps.get(i).step() / stepsPerEpoch;
                y[i] = steps.get(i).loss();
            }
            XYSeries s = chart.addSeries("logged steps (mean since the previous point)", x, y);
            s.setMarker(SeriesMarkers.NONE);
            s.setLineColor(new Color(0x9ECAE1));
            s.setLineStyle(new BasicStroke(1.5f));
        }
        double[] ex = new double[epochs];
        double[] ey = new double[epochs];
        for (int e = 0; e < epochs; e++) {
            ex[e] = e + 0.5;
            ey[e] = epochLosses.get(e);
        }
        XYSeries means = chart.addSeries("epoch mean", ex, ey);
        means.setMarker(SeriesMarkers.CIRCLE);
        means.setMarkerColor(new Color(0x08519C));
        means.setLineColor(new Color(0x08519C));
        means.setLineStyle(new BasicStroke(2.5f));

        if (startLegend != null) {
            XYSeries guess = chart.addSeries(startLegend, new double[] {0, epochs}, new double[] {startCost, startCost});
            guess.setMarker(SeriesMarkers.NONE);
            guess.setLineColor(Color.GRAY);
            guess.setLineStyle(new BasicStroke(1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {6f, 6f}, 0f));
        }
        return chart;
    }

    static String yAxis(String loss) {
        return switch (loss) {
            case "ns" -> "loss (mean log-loss of 1 + K binary outputs, nats)";
            case "hs" -> "loss (mean log-loss along the word's tree path, nats)";
            default -> "loss (mean cross-entropy, nats)";
        };
    }

    private static String title(Embeddings embeddings, int epochs, String loss) {
        Map<String, Object> s = embeddings.settings();
        StringBuilder title = new StringBuilder(String.format(Locale.ROOT, "Training loss (%s): V = %,d, N = %d, %d epoch%s",
                loss, embeddings.size(), embeddings.dim(), epochs, epochs == 1 ? "" : "s"));
        String[][] shown = switch (loss) { // setting, label: only what this output layer uses
            case "ns" -> new String[][] {{"window", "window"}, {"negative", "K"}, {"alpha", "alpha"}};
            case "hs" -> new String[][] {{"window", "window"}, {"alpha", "alpha"}};
            default -> new String[][] {{"window", "window"}, {"batch_size", "batch"}, {"alpha", "alpha"}};
        };
        for (String[] setting : shown) {
            if (s.containsKey(setting[0])) {
                title.append(", ").append(setting[1]).append(' ').append(s.get(setting[0]));
            }
        }
        return title.toString();
    }
}
