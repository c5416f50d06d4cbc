package cbow.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cbow.embed.Embeddings;
import cbow.embed.EmbeddingsJson;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class ChartFileTest {
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final int EPOCH_MEAN_RGB = 0x08519C; // LossChart's colour for the epoch means

    @TempDir
    Path dir;

    private static XYChart wordMap() {
        return WordMapChart.of(WordMap.of(PlotFixtures.embeddings(null), PlotFixtures.WORDS));
    }

    @Test
    void wordMapIsAValidPngOfTheExpectedSize() throws IOException {
        Path png = dir.resolve("map.png");
        ChartFile.write(wordMap(), png);
        byte[] bytes = Files.readAllBytes(png);
        assertArrayEquals(PNG_MAGIC, Arrays.copyOf(bytes, PNG_MAGIC.length));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        assertNotNull(image, "ImageIO cannot decode the PNG");
        assertEquals(1100, image.getWidth());
        assertEquals(850, image.getHeight());
    }

    @Test
    void wordMapSvgIsXmlWithEveryWordAsText() throws Exception {
        Path svg = dir.resolve("map.SVG"); // the extension in any case
        ChartFile.write(wordMap(), svg);
        Document doc = parseXml(Files.readAllBytes(svg));
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        assertEquals("1100", doc.getDocumentElement().getAttribute("viewBox").split(" ")[2]);
        assertEquals(PlotFixtures.WORDS, textsOf(doc));
    }

    @Test
    void lossChartFromAJsonHistoryDrawsTheEpochMeans() throws Exception {
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        EmbeddingsJson.write(PlotFixtures.embeddings(PlotFixtures.history()), json);
        Embeddings read = EmbeddingsJson.read(new ByteArrayInputStream(json.toByteArray()));
        XYChart chart = LossChart.of(read, "uniform guess, ln V = 1.79", Math.log(6));

        byte[] png = ChartFile.render(chart, ChartFile.Format.PNG);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(1000, image.getWidth());
        assertEquals(650, image.getHeight());
        assertTrue(countPixels(image, EPOCH_MEAN_RGB) > 100, "the epoch means are not drawn");

        Document svg = parseXml(ChartFile.render(chart, ChartFile.Format.SVG));
        assertEquals("svg", svg.getDocumentElement().getLocalName());
        // one series per kind of line: logged steps, epoch means, the uniform guess (ln 6 = 1.79)
        List<XYSeries> series = List.copyOf(chart.getSeriesCollection());
        assertEquals(List.of("logged steps (mean since the previous point)", "epoch mean", "uniform guess, ln V = 1.79"),
                series.stream().map(XYSeries::getName).toList());
        // 4 steps an epoch: step s at s / 4 epochs; each epoch's mean at the middle of its epoch
        assertArrayEquals(new double[] {0.5, 1, 1.5, 2, 2.5, 3}, series.get(0).getXData(), 1e-12);
        assertArrayEquals(new double[] {1.79, 1.70, 1.55, 1.42, 1.30, 1.21}, series.get(0).getYData(), 1e-12);
        assertArrayEquals(new double[] {0.5, 1.5, 2.5}, series.get(1).getXData(), 1e-12);
        assertArrayEquals(new double[] {1.745, 1.485, 1.255}, series.get(1).getYData(), 1e-12);
    }

    /** The fixture's embeddings as trained with another output layer. */
    private static Embeddings trainedWith(Map<String, Object> settings) {
        Embeddings e = PlotFixtures.embeddings(PlotFixtures.history());
        float[] vectors = e.vectors();
        long[] counts = new long[e.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = e.count(i);
        }
        return new Embeddings(e.words(), counts, e.dim(), vectors, settings, e.history());
    }

    @Test
    void lossChartsOfNsAndHsSayWhatTheirLossIs() {
        XYChart ns = LossChart.of(trainedWith(Map.of("loss", "ns", "negative", 5L, "window", 5L, "batch_size", 128L)),
                "every output at 1/2, (1 + K) ln 2 = 4.16", 6 * Math.log(2));
        assertEquals("loss (mean log-loss of 1 + K binary outputs, nats)", ns.getYAxisTitle());
        assertFalse(ns.getTitle().contains("batch"), "ns steps one example at a time: " + ns.getTitle());
        assertTrue(ns.getTitle().contains("K 5"), ns.getTitle());
        XYSeries nsStart = List.copyOf(ns.getSeriesCollection()).get(2);
        assertEquals("every output at 1/2, (1 + K) ln 2 = 4.16", nsStart.getName());
        assertEquals(6 * Math.log(2), nsStart.getYData()[0], 1e-12);

        XYChart hs = LossChart.of(trainedWith(Map.of("loss", "hs", "window", 5L, "batch_size", 128L)), null, 0);
        assertEquals("loss (mean log-loss along the word's tree path, nats)", hs.getYAxisTitle());
        assertFalse(hs.getTitle().contains("batch"), hs.getTitle());
        assertEquals(2, hs.getSeriesCollection().size(), "no reference line when none is given");

        XYChart softmax = LossChart.of(trainedWith(Map.of("loss", "softmax", "window", 5L, "batch_size", 128L)), null, 0);
        assertEquals("loss (mean cross-entropy, nats)", softmax.getYAxisTitle());
        assertTrue(softmax.getTitle().contains("batch 128"), softmax.getTitle());
    }

    @Test
    void lossChartWithoutHistoryIsRefused() {
        Exception e = assertThrows(IllegalArgumentException.class, () -> LossChart.of(PlotFixtures.embeddings(null), null, 0));
        assertTrue(e.getMessage().contains("no training history"), e.getMessage());
    }

    @Test
    void replacesAnEarlierFileWholeAndRefusesOtherExtensions() throws IOException {
        Path png = dir.resolve("map.png");
        Files.writeString(png, "an earlier picture");
        ChartFile.write(wordMap(), png);
        assertArrayEquals(PNG_MAGIC, Arrays.copyOf(Files.readAllBytes(png), PNG_MAGIC.length));

        Path jpg = dir.resolve("map.jpg");
        assertThrows(IllegalArgumentException.class, () -> ChartFile.write(wordMap(), jpg));
        assertFalse(Files.exists(jpg));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(png), files.toList(), "a temporary file was left behind");
        }
    }

    static Document parseXml(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // the SVG names the W3C DTD: do not fetch it
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        DocumentBuilder builder = factory.newDocumentBuilder();
        return builder.parse(new ByteArrayInputStream(bytes));
    }

    static List<String> textsOf(Document doc) {
        NodeList texts = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<String> words = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            words.add(texts.item(i).getTextContent());
        }
        return words;
    }

    private static int countPixels(BufferedImage image, int rgb) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }
}
