package org.mdlab.view;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.mdlab.market.Arguments;

/**
 * Audits the layout of an XChart chart as it is actually painted: every piece of text (title, axis
 * titles, tick labels, legend entries) must lie inside the chart's width and height, and no two pieces
 * of text may touch or overlap (merged tick labels, a legend over the title).
 *
 * <p>The chart is painted through a recording {@link Graphics2D}: the text boxes are those of the
 * painted glyph outlines, not an estimate. A box that crosses an edge by more than
 * {@value #TOLERANCE} px, two boxes closer than {@value #TOLERANCE} px in both directions, or two tick
 * labels of one row less than {@value #TICK_GAP} em apart (they read as one number) is a problem; each
 * problem names the part (from the font it was painted in) and the size of the fault.
 */
public final class ChartLayout {

    /** Slack, in chart pixels, for anti-aliasing and rounding at the chart's edges and between texts. */
    public static final double TOLERANCE = 0.5;

    /** Least horizontal gap between two tick labels on one row, as a share of their font size (0.4 em). */
    public static final double TICK_GAP = 0.4;

    private ChartLayout() {
    }

    /**
     * Paints {@code chart} onto {@code graphics} (in its current user coordinates, at the chart's own
     * width and height) and audits what was painted.
     *
     * @param chart    the chart
     * @param graphics where to paint it
     * @return the layout problems, each a sentence; empty when the layout is clean
     */
    public static List<String> paint(Chart<?, ?> chart, Graphics2D graphics) {
        Arguments.notNull("chart", chart);
        Arguments.notNull("graphics", graphics);
        List<TextRecorder.Text> texts = new ArrayList<>();
        chart.paint(TextRecorder.of(graphics, texts), chart.getWidth(), chart.getHeight());
        return problems(chart, texts);
    }

    /**
     * Paints {@code chart} on a scratch image and audits it.
     *
     * @param chart the chart
     * @return the layout problems, each a sentence; empty when the layout is clean
     */
    public static List<String> audit(Chart<?, ?> chart) {
        Arguments.notNull("chart", chart);
        return problems(chart, record(chart));
    }

    /** The texts of {@code chart} painted on a scratch image, with their bounds and fonts. */
    static List<TextRecorder.Text> record(Chart<?, ?> chart) {
        BufferedImage image = new BufferedImage(Math.max(1, chart.getWidth()), Math.max(1, chart.getHeight()),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            List<TextRecorder.Text> texts = new ArrayList<>();
            chart.paint(TextRecorder.of(graphics, texts), chart.getWidth(), chart.getHeight());
            return texts;
        } finally {
            graphics.dispose();
        }
    }

    static List<String> problems(Chart<?, ?> chart, List<TextRecorder.Text> texts) {
        List<String> problems = new ArrayList<>();
        double width = chart.getWidth();
        double height = chart.getHeight();
        for (TextRecorder.Text text : texts) {
            Rectangle2D b = text.bounds();
            String part = part(chart.getStyler(), text.font());
            excess(problems, part, b, -b.getMinX(), "left");
            excess(problems, part, b, b.getMaxX() - width, "right");
            excess(problems, part, b, -b.getMinY(), "top");
            excess(problems, part, b, b.getMaxY() - height, "bottom");
        }
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                Rectangle2D a = texts.get(i).bounds();
                Rectangle2D b = texts.get(j).bounds();
                double overlapX = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
                double overlapY = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
                String partA = part(chart.getStyler(), texts.get(i).font());
                String partB = part(chart.getStyler(), texts.get(j).font());
                double minimum = TICK_GAP * texts.get(i).font().getSize2D();
                if (overlapX > -TOLERANCE && overlapY > -TOLERANCE) {
                    problems.add(String.format(Locale.ROOT, "%s at %s touches %s at %s", partA, box(a), partB, box(b)));
                } else if (partA.equals("tick label") && partB.equals("tick label") && overlapY > 0 && -overlapX < minimum) {
                    problems.add(String.format(Locale.ROOT, "tick labels at %s and %s are %.1f px apart (less than %.1f px: they read as one)",
                            box(a), box(b), -overlapX, minimum));
                }
            }
        }
        return List.copyOf(problems);
    }

    private static void excess(List<String> problems, String part, Rectangle2D box, double by, String edge) {
        if (by > TOLERANCE) {
            problems.add(String.format(Locale.ROOT, "%s at %s extends %.1f px beyond the %s edge", part, box(box),
                    by, edge));
        }
    }

    private static String part(Styler styler, Font font) {
        if (font == styler.getChartTitleFont()) {
            return "title";
        }
        if (font == styler.getLegendFont()) {
            return "legend entry";
        }
        if (styler instanceof AxesChartStyler axes) {
            if (font == axes.getAxisTickLabelsFont()) {
                return "tick label";
            }
            if (font == axes.getAxisTitleFont()) {
                return "axis title";
            }
        }
        if (font == styler.getAnnotationTextFont() || font == styler.getAnnotationTextPanelFont()) {
            return "annotation";
        }
        return "text";
    }

    private static String box(Rectangle2D b) {
        return String.format(Locale.ROOT, "[%.0f, %.0f]×[%.0f, %.0f]", b.getMinX(), b.getMaxX(), b.getMinY(),
                b.getMaxY());
    }
}
