package org.mdlab.view;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.mdlab.market.Attacks;

class HouseStyleTest {

    private static XYChart chart(String title, int series, String name) {
        XYChart chart = new XYChartBuilder().width(640).height(360).title(title).xAxisTitle("x").yAxisTitle("y").build();
        for (int s = 0; s < series; s++) {
            chart.addSeries(name + " " + s, new double[] {0, 0.5, 1}, new double[] {0, 0.1 * s, 1});
        }
        return chart;
    }

    @Test
    void theGroundIsWhiteAndTheSeriesUseTheOkabeItoPalette() {
        XYChart chart = HouseStyle.apply(chart("t", 2, "s"));
        assertEquals(Color.WHITE, chart.getStyler().getChartBackgroundColor());
        assertEquals(Color.WHITE, chart.getStyler().getPlotBackgroundColor());
        assertArrayEquals(HouseStyle.PALETTE, chart.getStyler().getSeriesColors());
    }

    @Test
    void anAuthorsChoiceIsKept() {
        XYChart chart = chart("t", 2, "s");
        chart.getStyler().setChartBackgroundColor(Color.YELLOW).setLegendPosition(Styler.LegendPosition.InsideNW);
        HouseStyle.apply(chart);
        assertEquals(Color.YELLOW, chart.getStyler().getChartBackgroundColor());
        assertEquals(Styler.LegendPosition.InsideNW, chart.getStyler().getLegendPosition());
    }

    @Test
    void tickLabelsKeepTheLeadingZeroAndDropBinaryNoise() {
        assertEquals("0.05", HouseStyle.tickLabel(0.05));
        assertEquals("0.3", HouseStyle.tickLabel(0.1 + 0.2));
        assertEquals("-0.25", HouseStyle.tickLabel(-0.25));
        assertEquals("12", HouseStyle.tickLabel(12.0));
        assertEquals("0", HouseStyle.tickLabel(0.0));
        assertEquals("1.5E-7", HouseStyle.tickLabel(1.5e-7));
        XYChart chart = HouseStyle.apply(chart("t", 1, "s"));
        assertEquals("0.2", chart.getStyler().getYAxisTickLabelsFormattingFunction().apply(0.2));
        assertEquals("0.2", chart.getStyler().getXAxisTickLabelsFormattingFunction().apply(0.2));
    }

    @Test
    void aLongTitleIsShrunkUntilItFits() {
        // at XChart's 14 pt bold this title is about 700 px wide: it crosses a 640 px chart
        XYChart chart = chart("Revenue, consumer surplus and total surplus of the optimal mechanism by value", 1, "s");
        assertTrue(ChartLayout.audit(chart("Revenue, consumer surplus and total surplus of the optimal mechanism by value", 1, "s"))
                .stream().anyMatch(p -> p.startsWith("title")));
        HouseStyle.apply(chart);
        assertEquals(List.of(), ChartLayout.audit(chart));
        assertTrue(chart.getStyler().getChartTitleFont().getSize2D() < HouseStyle.TITLE_SIZE);
    }

    @Test
    void aLegendTooWideOrTallForTheSideMovesBelowThePlot() {
        XYChart chart = HouseStyle.apply(chart("t", 6, "a series with a long descriptive name"));
        assertEquals(Styler.LegendPosition.OutsideS, chart.getStyler().getLegendPosition());
        assertEquals(List.of(), ChartLayout.audit(chart));
    }

    @Test
    void categoryChartsGetLeadingZerosOnTheValueAxis() {
        CategoryChart chart = new CategoryChartBuilder().width(400).height(300).title("cats").build();
        List<String> xs = new ArrayList<>();
        List<Double> ys = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            xs.add("v" + i);
            ys.add(i * 0.01);
        }
        chart.addSeries("s", xs, ys);
        HouseStyle.apply(chart);
        assertEquals("0.02", chart.getStyler().getYAxisTickLabelsFormattingFunction().apply(0.02));
        assertEquals(List.of(), ChartLayout.audit(chart));
    }

    @Test
    void applyingTwiceChangesNothingMore() {
        XYChart chart = HouseStyle.apply(chart("Revenue, consumer surplus and total surplus of the optimal mechanism by value", 6, "series"));
        float size = chart.getStyler().getChartTitleFont().getSize2D();
        Styler.LegendPosition position = chart.getStyler().getLegendPosition();
        HouseStyle.apply(chart);
        assertEquals(size, chart.getStyler().getChartTitleFont().getSize2D());
        assertEquals(position, chart.getStyler().getLegendPosition());
    }

    @Test
    void pairedSeriesShareAHueAndTheSecondIsDashed() {
        XYChart chart = HouseStyle.paired(chart("t", 2, "s"));
        assertArrayEquals(HouseStyle.PAIRED, chart.getStyler().getSeriesColors());
        assertEquals(2, chart.getStyler().getSeriesLines().length);
        assertTrue(chart.getStyler().getSeriesLines()[1].getDashArray() != null);
    }

    @Test
    void stepFunctionsAreDrawnAsSteps() {
        XYChart chart = chart("t", 1, "s");
        XYSeries series = chart.getSeries("s 0").setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Step);
        HouseStyle.apply(chart);
        assertEquals(java.util.Optional.of(XYSeries.XYSeriesRenderStyle.Step), series.getXYSeriesRenderStyle());
        assertEquals(List.of(), ChartLayout.audit(chart));
    }

    @Test
    void nullIsRejectedByName() {
        Attacks.rejects("chart", () -> HouseStyle.apply(null));
        Attacks.rejects("chart", () -> HouseStyle.paired(null));
    }
}
