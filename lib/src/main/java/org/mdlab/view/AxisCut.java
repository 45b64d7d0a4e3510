package org.mdlab.view;

import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import org.knowm.xchart.AnnotationText;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.mdlab.market.Arguments;

/**
 * Cuts the y axis of a chart at a maximum without hiding what lies above it: the points beyond the
 * cut are not drawn, so the chart says so, with a note inside the plot ("↑ 7 of 40 points above 5, up
 * to 40") under the top of the axis, over the largest of them as far as the note's width allows.
 */
public final class AxisCut {

    /** Below the top of the axis, as a share of its range: room for one line of note text. */
    private static final double NOTE_DROP = 0.06;

    /** The plot's least share of the chart's width (the rest: axis, tick labels, a legend beside it). */
    private static final double PLOT_SHARE = 0.6;

    /** Room, in px, between the note and the plot's side. */
    private static final double NOTE_PAD = 10;

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    /** What a cut hides: how many of the finite points lie above it, the highest, and the data's extent. */
    record Hidden(int above, int points, double highest, double highestX, double lowest, double left, double right) {
    }

    private AxisCut() {
    }

    /**
     * Sets the y axis maximum of {@code chart} to {@code max} and, when some of its points lie above,
     * adds a note saying how many, and how far up they go.
     *
     * @param chart the chart, with its series added
     * @param max   the top of the y axis (finite)
     * @return {@code chart}
     */
    public static XYChart at(XYChart chart, double max) {
        Arguments.notNull("chart", chart);
        Arguments.finite("max", max);
        chart.getStyler().setYAxisMax(max);
        Hidden hidden = hidden(chart, max);
        if (hidden.above() == 0) {
            return chart;
        }
        Double axisMin = chart.getStyler().getYAxisMin();
        double bottom = axisMin != null ? axisMin : Math.min(hidden.lowest(), max);
        String note = note(hidden, max);
        double noteWidth = new TextLayout(note, HouseStyle.plain(HouseStyle.TICK_SIZE), FRC).getBounds().getWidth();
        double share = Math.min(0.5, (noteWidth / 2 + NOTE_PAD) / (PLOT_SHARE * chart.getWidth()));
        double margin = share * (hidden.right() - hidden.left());
        double x = Math.max(hidden.left() + margin, Math.min(hidden.right() - margin, hidden.highestX()));
        chart.addAnnotation(new AnnotationText(note, x, max - NOTE_DROP * (max - bottom), false));
        return chart;
    }

    static Hidden hidden(XYChart chart, double max) {
        int above = 0;
        int points = 0;
        double highest = Double.NEGATIVE_INFINITY;
        double highestX = Double.NaN;
        double lowest = Double.POSITIVE_INFINITY;
        double left = Double.POSITIVE_INFINITY;
        double right = Double.NEGATIVE_INFINITY;
        for (XYSeries series : chart.getSeriesCollection()) {
            double[] x = series.getXData();
            double[] y = series.getYData();
            for (int i = 0; i < y.length; i++) {
                if (Double.isFinite(y[i]) && Double.isFinite(x[i])) {
                    points++;
                    left = Math.min(left, x[i]);
                    right = Math.max(right, x[i]);
                    lowest = Math.min(lowest, y[i]);
                    if (y[i] > max) {
                        above++;
                        if (y[i] > highest) {
                            highest = y[i];
                            highestX = x[i];
                        }
                    }
                }
            }
        }
        return new Hidden(above, points, highest, highestX, lowest, left, right);
    }

    static String note(Hidden hidden, double max) {
        String highest = HouseStyle.tickLabel(new BigDecimal(hidden.highest()).round(new MathContext(3)).doubleValue());
        return String.format(Locale.ROOT, "↑ %d of %d points above %s, up to %s", hidden.above(), hidden.points(),
                HouseStyle.tickLabel(max), highest);
    }
}
