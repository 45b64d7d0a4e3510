package org.mdlab.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.mdlab.market.Attacks;

class BandTest {

    private static XYChart chart() {
        return new XYChartBuilder().width(400).height(300).title("Paths").xAxisTitle("period").yAxisTitle("value").build();
    }

    @Test
    void theBandIsThePolygonUpTheUpperCurveAndBackDownTheLower() {
        XYSeries band = Band.between(chart(), "10–90 %", new double[] {0, 1, 2}, new double[] {0, 1, 2},
                new double[] {1, 3, 4}, HouseStyle.PALETTE[0], 0.25);
        assertArrayEquals(new double[] {0, 1, 2, 2, 1, 0}, band.getXData());
        assertArrayEquals(new double[] {1, 3, 4, 2, 1, 0}, band.getYData());
        assertEquals(XYSeries.XYSeriesRenderStyle.PolygonArea, band.getXYSeriesRenderStyle().orElseThrow());
        // opacity 0.25 of 255 rounds to 64
        assertEquals(new Color(0x00, 0x72, 0xB2, 64), band.getFillColor());
    }

    @Test
    void theInsideOfTheBandIsShadedAndItsOutsideIsNot() {
        // lower = 0, upper = 10 on x in [0, 10], y axis from -10 to 20: the plot's middle lies inside
        // the band, a point near the top (y about 18) outside it
        XYChart chart = chart();
        chart.getStyler().setYAxisMin(-10.0).setYAxisMax(20.0);
        Band.between(chart, "band", new double[] {0, 10}, new double[] {0, 0}, new double[] {10, 10}, Color.BLUE, 1);
        HouseStyle.apply(chart);
        chart.getStyler().setLegendVisible(false);
        BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        chart.paint(g, 400, 300);
        g.dispose();
        List<String> problems = ChartLayout.audit(chart);
        assertEquals(List.of(), problems);
        int inside = 0;
        int outside = 0;
        for (int x = 0; x < 400; x++) {
            for (int y = 0; y < 300; y++) {
                if (image.getRGB(x, y) == Color.BLUE.getRGB()) {
                    inside += y > 100 && y < 220 ? 1 : 0;
                    outside += y < 70 ? 1 : 0;
                }
            }
        }
        assertEquals(0, outside);
        assertEquals(true, inside > 10_000, "inside " + inside);
    }

    @Test
    void badArgumentsAreRejectedByName() {
        double[] x = {0, 1};
        Attacks.rejects("chart", () -> Band.between(null, "b", x, x, x, Color.BLUE, 0.5));
        Attacks.rejects("name", () -> Band.between(chart(), null, x, x, x, Color.BLUE, 0.5));
        Attacks.rejects("colour", () -> Band.between(chart(), "b", x, x, x, null, 0.5));
        Attacks.rejects("x", () -> Band.between(chart(), "b", new double[] {0, Double.NaN}, x, x, Color.BLUE, 0.5));
        Attacks.rejects("upper", () -> Band.between(chart(), "b", x, x, new double[] {1}, Color.BLUE, 0.5));
        Attacks.rejects("lower", () -> Band.between(chart(), "b", x, new double[] {2, 2}, x, Color.BLUE, 0.5));
        Attacks.rejects("opacity", () -> Band.between(chart(), "b", x, x, x, Color.BLUE, 0));
    }
}
