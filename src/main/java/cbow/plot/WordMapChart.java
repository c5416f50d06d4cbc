package cbow.plot;

import java.awt.Color;
import java.awt.Font;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** A word map as a labelled scatter chart, with the share of variance each axis explains. */
public final class WordMapChart {
    private static final int WIDTH = 1100;
    private static final int HEIGHT = 850;
    /** Roughly the chart's size less its title, axis titles and tick labels, for equal axis scales. */
    private static final int PLOT_WIDTH = WIDTH - 110;
    private static final int PLOT_HEIGHT = HEIGHT - 130;
    private static final int MARKER_SIZE = 7;
    private static final Color POINT_COLOR = new Color(0x1F77B4);

    private WordMapChart() {
    }

    public static XYChart of(WordMap map) {
        String title = String.format(Locale.ROOT, "%d words by the first two principal components of their vectors",
                map.words().size());
        XYChart chart = ChartStyle.newChart(WIDTH, HEIGHT, title,
                axisTitle(1, map.explainedX()), axisTitle(2, map.explainedY()));
        XYStyler styler = chart.getStyler();
        styler.setLegendVisible(false);
        styler.setMarkerSize(MARKER_SIZE);
        styler.setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        styler.setDecimalPattern("0.##");
        equalScales(styler, map.x(), map.y());
        XYSeries points = chart.addSeries("words", map.x(), map.y());
        points.setMarker(SeriesMarkers.CIRCLE);
        points.setMarkerColor(POINT_COLOR);
        chart.addAnnotation(new WordLabels(map.words(), map.x(), map.y(),
                new Font(ChartStyle.FONT_FAMILY, Font.PLAIN, 14), Color.BLACK, MARKER_SIZE));
        return chart;
    }

    private static String axisTitle(int component, double explained) {
        return String.format(Locale.ROOT, "PC%d: %.1f %% of the variance", component, 100 * explained);
    }

    /**
     * Sets the axis ranges so that one unit is about as long across as up: distances on the map
     * then mean the same in every direction. Room is left around the points for their labels.
     */
    private static void equalScales(XYStyler styler, double[] x, double[] y) {
        double minX = min(x), maxX = max(x), minY = min(y), maxY = max(y);
        double spanX = Math.max(maxX - minX, 1e-9);
        double spanY = Math.max(maxY - minY, 1e-9);
        double unitsPerPixel = Math.max(spanX * 1.25 / PLOT_WIDTH, spanY * 1.12 / PLOT_HEIGHT);
        double centerX = (minX + maxX) / 2 + 0.05 * spanX; // labels go to the right by preference
        double centerY = (minY + maxY) / 2;
        styler.setXAxisMin(centerX - unitsPerPixel * PLOT_WIDTH / 2);
        styler.setXAxisMax(centerX + unitsPerPixel * PLOT_WIDTH / 2);
        styler.setYAxisMin(centerY - unitsPerPixel * PLOT_HEIGHT / 2);
        styler.setYAxisMax(centerY + unitsPerPixel * PLOT_HEIGHT / 2);
    }

    private static double min(double[] values) {
        double m = Double.POSITIVE_INFINITY;
        for (double v : values) {
            m = Math.min(m, v);
        }
        return m;
    }

    private static double max(double[] values) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            m = Math.max(m, v);
        }
        return m;
    }
}
