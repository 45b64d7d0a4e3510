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
    void equallySpacedXDataGetRoundTickSteps() {
        // 301 periods 0..300 on 700 px: XChart alone labels every 7th period (0, 7, 14, ...); the anchored
        // axis uses a round step (XChart's are 1, 2, 2.5 and 5 times a power of ten), here 20, 25, 50 or 100
        double[] t = java.util.stream.IntStream.rangeClosed(0, 300).asDoubleStream().toArray();
        XYChart periods = new XYChartBuilder().width(700).height(340).title("t").xAxisTitle("period").yAxisTitle("y").build();
        periods.addSeries("s", t, java.util.Arrays.stream(t).map(Math::sqrt).toArray());
        HouseStyle.apply(periods);
        List<String> labels = xLabels(periods);
        double step = Double.parseDouble(labels.get(1)) - Double.parseDouble(labels.get(0));
        assertTrue(List.of(20.0, 25.0, 50.0, 100.0).contains(step), labels.toString());
        for (int k = 0; k < labels.size(); k++) {
            assertEquals(Double.parseDouble(labels.get(0)) + k * step, Double.parseDouble(labels.get(k)), 1e-9, labels.toString());
            assertEquals(0, Double.parseDouble(labels.get(k)) % step, 1e-9, labels.toString());
        }
        assertEquals(List.of(), ChartLayout.audit(periods));
        // a grid that starts off round: -1.633086722 + 0.05 k, k = 0..100; every label a multiple of 0.5 or 1
        double[] grid = java.util.stream.IntStream.rangeClosed(0, 100).mapToDouble(k -> -1.633086722 + 0.05 * k).toArray();
        XYChart offRound = new XYChartBuilder().width(600).height(340).title("t").xAxisTitle("w").yAxisTitle("y").build();
        offRound.addSeries("s", grid, grid);
        HouseStyle.apply(offRound);
        for (String label : xLabels(offRound)) {
            assertEquals(0, Math.abs(Double.parseDouble(label) * 2) % 1, 1e-9, xLabels(offRound).toString());
        }
        assertEquals(1, offRound.getSeriesCollection().stream().filter(s -> s.isShowInLegend()).count());
        HouseStyle.apply(offRound);
        assertEquals(2, offRound.getSeriesCollection().size(), "applying twice adds no second anchor");
    }

    @Test
    void equalSpacingIsReadInXChartsOrderAndNeedsThreeValues() {
        assertTrue(HouseStyle.equallySpaced(new double[] {0, 1, 2, 3}));
        assertTrue(HouseStyle.equallySpaced(new double[] {3, 2, 1}));
        assertTrue(!HouseStyle.equallySpaced(new double[] {0, 1, 2, 3, 0.5}));
        assertTrue(!HouseStyle.equallySpaced(new double[] {0, 1}));
        assertTrue(!HouseStyle.equallySpaced(new double[] {0, 1, Double.NaN}));
    }

    /**
     * The x tick labels XChart paints: its tick calculator formats the ticks of every candidate step
     * and keeps the last, so the last n labels formatted during one paint, n the number of labels
     * painted on the bottom row, are those on the axis.
     */
    private static List<String> xLabels(XYChart chart) {
        java.util.function.Function<Double, String> house = chart.getStyler().getXAxisTickLabelsFormattingFunction();
        List<String> formatted = new ArrayList<>();
        chart.getStyler().setXAxisTickLabelsFormattingFunction(v -> {
            String label = house.apply(v);
            formatted.add(label);
            return label;
        });
        java.awt.Font font = chart.getStyler().getAxisTickLabelsFont();
        List<TextRecorder.Text> texts = ChartLayout.record(chart);
        chart.getStyler().setXAxisTickLabelsFormattingFunction(house);
        double bottom = texts.stream().filter(t -> t.font() == font).mapToDouble(t -> t.bounds().getMaxY()).max().orElseThrow();
        long painted = texts.stream().filter(t -> t.font() == font && t.bounds().getMaxY() > bottom - 2).count();
        return formatted.subList(formatted.size() - (int) painted, formatted.size());
    }

    @Test
    void everyCategoryLabelThatFitsIsShown() {
        // 8 labels of five characters (~35 px at 12 pt) on a ~450 px axis: 56 px a category, less than
        // XChart's 74 px hint, so XChart alone labels every second one; the widest label plus half an em fits
        CategoryChart chart = new CategoryChartBuilder().width(640).height(360).title("t").xAxisTitle("value").yAxisTitle("mass").build();
        List<String> values = List.of("1.000", "2.286", "3.571", "4.857", "6.143", "7.429", "8.714", "10.00");
        chart.addSeries("s", values, List.of(1, 2, 3, 4, 5, 6, 7, 8));
        chart.getStyler().setLegendVisible(false);
        HouseStyle.apply(chart);
        java.awt.Font font = chart.getStyler().getAxisTickLabelsFont();
        List<TextRecorder.Text> texts = ChartLayout.record(chart);
        double bottom = texts.stream().filter(t -> t.font() == font).mapToDouble(t -> t.bounds().getMaxY()).max().orElseThrow();
        assertEquals(8, texts.stream().filter(t -> t.font() == font && t.bounds().getMaxY() > bottom - 2).count());
        assertEquals(List.of(), ChartLayout.audit(chart));
    }

    @Test
    void logarithmicLabelsArePowersOfTenWithSuperscriptExponents() {
        assertEquals("0.001", HouseStyle.logTickLabel(1e-3));
        assertEquals("1000", HouseStyle.logTickLabel(1e3));
        assertEquals("10⁻⁶", HouseStyle.logTickLabel(1e-6));
        assertEquals("10¹²", HouseStyle.logTickLabel(1e12));
        assertEquals("0.0002", HouseStyle.logTickLabel(2e-4));
        assertEquals("0", HouseStyle.logTickLabel(0));
    }

    @Test
    void aLogarithmicAxisSpanningLessThanTwoPowersOfTenIsWidenedToWholeDecades() {
        // gaps 2e-4 ... 6e-3 contain only the power 1e-3: the axis becomes [1e-4, 1e-2] (three labelled
        // powers); x from 6 to 384 contains 10 and 100 and is left alone
        XYChart chart = new XYChartBuilder().width(600).height(340).title("t").xAxisTitle("n").yAxisTitle("gap").build();
        chart.getStyler().setXAxisLogarithmic(true).setYAxisLogarithmic(true);
        chart.addSeries("gap", new double[] {6, 24, 96, 384}, new double[] {6e-3, 1.5e-3, 8e-4, 2e-4});
        HouseStyle.apply(chart);
        assertEquals(1e-4, chart.getStyler().getYAxisMin(), 1e-18);
        assertEquals(1e-2, chart.getStyler().getYAxisMax(), 1e-16);
        assertEquals(null, chart.getStyler().getXAxisMin());
        assertEquals(1, HouseStyle.labelledDecades(new double[] {2e-4, 6e-3}));
        assertEquals(2, HouseStyle.labelledDecades(new double[] {6, 384}));
        assertEquals(3, HouseStyle.labelledDecades(new double[] {1e-4, 1e-2}));
        assertEquals(List.of(), ChartLayout.audit(chart));
    }

    @Test
    void aLogarithmicAxisLabelledBetweenDecadesKeepsXChartsOwnLabelsAndRange() {
        // K = 3 ... 50 labelled at 3, 4, ..., 9, 10, 20, ..., 50: widening it to [1, 100] or formatting
        // its labels would make XChart paint 2, 3, ..., 90, which merge between 40 and 100
        XYChart chart = new XYChartBuilder().width(620).height(380).title("t").xAxisTitle("K").yAxisTitle("y").build();
        chart.getStyler().setXAxisLogarithmic(true).setXAxisLogarithmicDecadeOnly(false);
        chart.addSeries("s", new double[] {3, 5, 10, 20, 50}, new double[] {1, 2, 3, 4, 5});
        HouseStyle.apply(chart);
        assertEquals(null, chart.getStyler().getXAxisTickLabelsFormattingFunction());
        assertEquals(null, chart.getStyler().getXAxisMin());
        assertEquals(List.of(), ChartLayout.audit(chart));
    }

    @Test
    void valueAxisLabelsAreRightAligned() {
        XYChart chart = HouseStyle.apply(chart("t", 1, "s"));
        assertEquals(org.knowm.xchart.style.AxesChartStyler.TextAlignment.Right, chart.getStyler().getYAxisLabelAlignment());
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
