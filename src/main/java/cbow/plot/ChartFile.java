package cbow.plot;

import cbow.io.AtomicFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.IChart;

/** Writes a chart as PNG or SVG, chosen by the file name's extension, whole or not at all. */
public final class ChartFile {
    /** The image formats cbow writes. */
    public enum Format {
        PNG, SVG;

        /** The format a file name asks for by its extension, or null for any other name. */
        public static Format of(String fileName) {
            String name = fileName.toLowerCase(Locale.ROOT);
            if (name.endsWith(".png")) {
                return PNG;
            }
            if (name.endsWith(".svg")) {
                return SVG;
            }
            return null;
        }
    }

    private ChartFile() {
    }

    /** The chart rendered in {@code format}, as the bytes of a complete file. */
    public static byte[] render(IChart chart, Format format) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        switch (format) {
            case PNG -> BitmapEncoder.saveBitmap(chart, bytes, BitmapEncoder.BitmapFormat.PNG);
            case SVG -> VectorGraphicsEncoder.saveVectorGraphic(chart, bytes, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
            default -> throw new IllegalStateException("unknown format " + format);
        }
        return bytes.toByteArray();
    }

    /**
     * Renders first, then writes the file atomically: a rendering failure leaves no file, a write
     * failure leaves any earlier file untouched.
     */
    public static void write(IChart chart, Path target) throws IOException {
        Format format = Format.of(target.getFileName().toString());
        if (format == null) {
            throw new IllegalArgumentException(target + ": the name must end in .png or .svg");
        }
        byte[] image = render(chart, format);
        AtomicFile.write(target, out -> out.write(image));
    }
}
