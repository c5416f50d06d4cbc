package cbow.plot;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.internal.chartpart.Annotation;

/**
 * The word beside each point of a word map. Each label takes the first place around its point
 * (right, left, above, below, then the diagonals) that overlaps no label or point placed before it,
 * moving further out (with a thin line to its point) when all are taken. Earlier words (the more
 * frequent ones, with {@code --top}) get the best places.
 *
 * <p>Drawn with {@code drawString}, not as glyph outlines (XChart's own text annotations are
 * outlines), so that an SVG holds the words as text that can be searched and selected.
 */
final class WordLabels extends Annotation {
    /** How far out a label may move when the places next to its point are taken, in label heights. */
    private static final int RINGS = 4;
    private static final Color LEADER_COLOR = new Color(0xA0A0A0);

    private final List<String> labels;
    private final double[] x;
    private final double[] y;
    private final Font font;
    private final Color color;
    private final int markerSize;

    WordLabels(List<String> labels, double[] x, double[] y, Font font, Color color, int markerSize) {
        super(false); // positions are data values, not screen pixels
        this.labels = labels;
        this.x = x;
        this.y = y;
        this.font = font;
        this.color = color;
        this.markerSize = markerSize;
    }

    @Override
    public void paint(Graphics2D g) {
        Object oldHint = g.getRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(font);
        g.setColor(color);
        FontMetrics metrics = g.getFontMetrics();
        // In screen space y grows downwards: XChart's "Y for min" is the plot's top edge.
        Rectangle2D plot = new Rectangle2D.Double(getXAxisScreenValueForMin(), getYAxisScreenValueForMin(),
                getXAxisScreenValueForMax() - getXAxisScreenValueForMin(),
                getYAxisScreenValueForMax() - getYAxisScreenValueForMin());
        bounds = plot;

        List<Rectangle2D> taken = new ArrayList<>();
        int[] sx = new int[labels.size()];
        int[] sy = new int[labels.size()];
        for (int i = 0; i < labels.size(); i++) {
            sx[i] = getXAxisScreenValue(x[i]);
            sy[i] = getYAxisScreenValue(y[i]);
            taken.add(new Rectangle2D.Double(sx[i] - markerSize / 2.0, sy[i] - markerSize / 2.0, markerSize, markerSize));
        }
        int h = metrics.getAscent() + metrics.getDescent();
        for (int i = 0; i < labels.size(); i++) {
            int w = metrics.stringWidth(labels.get(i));
            Rectangle2D chosen = null;
            int ring = 0;
            for (; ring < RINGS && chosen == null; ring++) {
                for (Rectangle2D c : candidates(sx[i], sy[i], markerSize / 2 + 3 + ring * h, w, h)) {
                    if (plot.contains(c) && taken.stream().noneMatch(c::intersects)) {
                        chosen = c;
                        break;
                    }
                }
            }
            if (chosen == null) {
                chosen = candidates(sx[i], sy[i], markerSize / 2 + 3, w, h)[0]; // crowded: overlap at the right
            } else if (ring > 1) {
                // moved away from its point: a thin line says which point it names
                Color text = g.getColor();
                g.setColor(LEADER_COLOR);
                g.draw(new Line2D.Double(sx[i], sy[i], clamp(sx[i], chosen.getMinX(), chosen.getMaxX()),
                        clamp(sy[i], chosen.getMinY(), chosen.getMaxY())));
                g.setColor(text);
            }
            taken.add(chosen);
            g.drawString(labels.get(i), (float) chosen.getX(), (float) (chosen.getY() + metrics.getAscent()));
        }
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, oldHint);
    }

    /** Places for a w x h label around the point (x, y), {@code d} pixels off: sides first, then corners. */
    private static Rectangle2D[] candidates(double x, double y, double d, double w, double h) {
        return new Rectangle2D[] {
            box(x + d, y - h / 2, w, h),
            box(x - d - w, y - h / 2, w, h),
            box(x - w / 2, y - d - h, w, h),
            box(x - w / 2, y + d, w, h),
            box(x + d, y - d - h, w, h),
            box(x + d, y + d, w, h),
            box(x - d - w, y - d - h, w, h),
            box(x - d - w, y + d, w, h),
        };
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }

    private static Rectangle2D box(double left, double top, double width, double height) {
        return new Rectangle2D.Double(left, top, width, height);
    }
}
