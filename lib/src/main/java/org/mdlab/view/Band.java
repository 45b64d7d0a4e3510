package org.mdlab.view;

import java.awt.Color;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.mdlab.market.Arguments;

/**
 * A shaded band between two curves, e.g. the 10 % and 90 % quantiles of simulated paths: the spread of
 * many paths at a glance, where the paths themselves would tangle. The band is a filled polygon
 * (XChart's {@code PolygonArea}) in a translucent shade of one colour, listed in the legend by its
 * name; add the median as an ordinary line of the same colour after it, so that it is drawn on top.
 */
public final class Band {

    private Band() {
    }

    /**
     * Adds the band between {@code lower} and {@code upper} over {@code x} to {@code chart}.
     *
     * @param chart   the chart
     * @param name    the band's legend entry, e.g. "untried agent, 10–90 %"
     * @param x       the abscissae, finite, at least two
     * @param lower   the lower curve at each abscissa, finite
     * @param upper   the upper curve, finite and not below {@code lower}
     * @param colour  the hue
     * @param opacity of the fill, in (0, 1]
     * @return the band's series
     */
    public static XYSeries between(XYChart chart, String name, double[] x, double[] lower, double[] upper,
            Color colour, double opacity) {
        Arguments.notNull("chart", chart);
        Arguments.notNull("name", name);
        Arguments.notNull("colour", colour);
        Arguments.finiteArray("x", x);
        Arguments.finiteArray("lower", lower);
        Arguments.finiteArray("upper", upper);
        if (opacity <= 0 || opacity > 1 || Double.isNaN(opacity)) {
            throw new IllegalArgumentException("opacity must be in (0, 1] (got " + opacity + ")");
        }
        if (x.length < 2 || lower.length != x.length || upper.length != x.length) {
            throw new IllegalArgumentException("x, lower and upper must have one length of at least 2 (got "
                    + x.length + ", " + lower.length + ", " + upper.length + ")");
        }
        int n = x.length;
        double[] px = new double[2 * n];
        double[] py = new double[2 * n];
        for (int i = 0; i < n; i++) {
            if (lower[i] > upper[i]) {
                throw new IllegalArgumentException("lower must not exceed upper (got lower[" + i + "] = " + lower[i]
                        + " > upper[" + i + "] = " + upper[i] + ")");
            }
            px[i] = x[i];
            py[i] = upper[i];
            px[2 * n - 1 - i] = x[i];
            py[2 * n - 1 - i] = lower[i];
        }
        Color fill = new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), (int) Math.round(255 * opacity));
        XYSeries band = chart.addSeries(name, px, py);
        band.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.PolygonArea);
        band.setMarker(SeriesMarkers.NONE);
        band.setLineStyle(SeriesLines.NONE);
        band.setLineColor(fill);
        band.setFillColor(fill);
        return band;
    }
}
