package cbow.plot;

import java.awt.Color;
import java.awt.Font;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;

/** The look shared by cbow's charts, and the one place charts are created. */
final class ChartStyle {
    static {
        // cbow draws into images, never on a screen: without this, AWT tries to reach a display
        // (and fails on servers without one). Set before any chart part touches AWT's toolkit.
        System.setProperty("java.awt.headless", "true");
    }

    static final String FONT_FAMILY = Font.SANS_SERIF;

    private ChartStyle() {
    }

    static XYChart newChart(int width, int height, String title, String xAxisTitle, String yAxisTitle) {
        XYChart chart = new XYChartBuilder().width(width).height(height).title(title)
                .xAxisTitle(xAxisTitle).yAxisTitle(yAxisTitle).build();
        XYStyler styler = chart.getStyler();
        styler.setLocale(Locale.ROOT); // "0.5", never "0,5", whatever the user's locale
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderColor(Color.GRAY);
        styler.setPlotGridLinesColor(new Color(0xE4E4E4));
        styler.setChartTitleFont(new Font(FONT_FAMILY, Font.BOLD, 18));
        styler.setAxisTitleFont(new Font(FONT_FAMILY, Font.PLAIN, 15));
        styler.setAxisTickLabelsFont(new Font(FONT_FAMILY, Font.PLAIN, 12));
        styler.setLegendFont(new Font(FONT_FAMILY, Font.PLAIN, 13));
        styler.setLegendPosition(Styler.LegendPosition.InsideNE);
        styler.setChartTitleBoxVisible(false);
        styler.setAntiAlias(true);
        styler.setTextAntiAlias(true);
        return chart;
    }
}
