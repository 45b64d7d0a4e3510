package org.mdlab.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.mdlab.market.Attacks;

class AxisCutTest {

    private static XYChart markups() {
        // y = 1/x on x = 0.025, 0.05, ..., 1: the points above 5 are x < 0.2, i.e. x = 0.025 ... 0.175 (7 of 40), the largest 40
        XYChart chart = new XYChartBuilder().width(600).height(340).title("Markup").xAxisTitle("x").yAxisTitle("y").build();
        double[] x = java.util.stream.IntStream.rangeClosed(1, 40).mapToDouble(k -> k / 40.0).toArray();
        chart.addSeries("1/x", x, java.util.Arrays.stream(x).map(v -> 1 / v).toArray());
        return chart;
    }

    /** The annotations' text boxes as painted (the audit names them "annotation"). */
    private static long notes(XYChart chart) {
        java.awt.Font font = chart.getStyler().getAnnotationTextFont();
        return ChartLayout.record(chart).stream().filter(t -> t.font() == font).count();
    }

    @Test
    void aCutThatHidesPointsSaysHowManyAndHowFarUpTheyGo() {
        XYChart chart = AxisCut.at(markups(), 5);
        assertEquals(5.0, chart.getStyler().getYAxisMax());
        HouseStyle.apply(chart);
        assertEquals(1, notes(chart));
        assertEquals(List.of(), ChartLayout.audit(chart));
    }

    @Test
    void aNoteOverTheRightEndStaysInsideThePlot() {
        // y = 10 x on [0, 1], cut at 2: the highest point is at the right end; the note is pulled left so
        // that it ends inside the plot, left of the plot's right border
        XYChart chart = new XYChartBuilder().width(620).height(340).title("Tariff").xAxisTitle("x").yAxisTitle("y").build();
        double[] x = java.util.stream.IntStream.rangeClosed(0, 100).mapToDouble(k -> k / 100.0).toArray();
        chart.addSeries("10x", x, java.util.Arrays.stream(x).map(v -> 10 * v).toArray());
        chart.getStyler().setLegendVisible(false);
        HouseStyle.apply(AxisCut.at(chart, 2));
        java.awt.Font font = chart.getStyler().getAnnotationTextFont();
        List<TextRecorder.Text> texts = ChartLayout.record(chart);
        double note = texts.stream().filter(t -> t.font() == font).mapToDouble(t -> t.bounds().getMaxX()).max().orElseThrow();
        double ticks = texts.stream().filter(t -> t.font() == chart.getStyler().getAxisTickLabelsFont())
                .mapToDouble(t -> t.bounds().getMaxX()).max().orElseThrow();
        // the rightmost x tick label ("1") is centred on the plot's right end
        assertTrue(note < ticks, "note ends at " + note + ", the plot near " + ticks);
    }

    @Test
    void aCutAboveEveryPointAddsNoNote() {
        XYChart chart = AxisCut.at(markups(), 50);
        assertEquals(0, notes(chart));
    }

    @Test
    void theNoteCountsThePointsAboveTheCutAndRoundsTheHighestToThreeDigits() {
        // 1/x > 5 for x < 0.2: x = k/40 with k = 1..7, 7 of 40 points; the highest 1/0.025 = 40
        AxisCut.Hidden hidden = AxisCut.hidden(markups(), 5);
        assertEquals(new AxisCut.Hidden(7, 40, 40, 0.025, 1, 0.025, 1), hidden);
        assertEquals("↑ 7 of 40 points above 5, up to 40", AxisCut.note(hidden, 5));
        assertEquals("↑ 1 of 3 points above 2.5, up to 41.5",
                AxisCut.note(new AxisCut.Hidden(1, 3, 41.4987, 0, 0, 0, 1), 2.5));
    }

    @Test
    void badArgumentsAreRejectedByName() {
        Attacks.rejects("chart", () -> AxisCut.at(null, 1));
        Attacks.rejects("max", () -> AxisCut.at(markups(), Double.NaN));
    }
}
