package org.mdlab.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.Styler;
import org.mdlab.market.Attacks;

class ChartLayoutTest {

    private static XYChart line(int width, int height, String title) {
        XYChart chart = new XYChartBuilder().width(width).height(height).title(title).xAxisTitle("x").yAxisTitle("y").build();
        chart.addSeries("a", new double[] {0, 1, 2}, new double[] {1, 3, 2});
        return chart;
    }

    @Test
    void aSmallChartWithAShortTitleIsClean() {
        assertEquals(List.of(), ChartLayout.audit(line(300, 200, "Prices")));
    }

    @Test
    void aTitleWiderThanTheChartIsReportedWithItsOverflow() {
        // XChart centres the title over the plot; a title far wider than 200 px crosses both edges
        List<String> problems = ChartLayout.audit(line(200, 150, "Revenue of the optimal mechanism against the number of bidders"));
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("title") && p.contains("beyond the left edge")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("title") && p.contains("beyond the right edge")), problems.toString());
    }

    @Test
    void aLegendTallerThanTheChartIsReported() {
        XYChart chart = new XYChartBuilder().width(300).height(120).title("t").build();
        for (int s = 0; s < 12; s++) {
            chart.addSeries("series " + s, new double[] {0, 1}, new double[] {s, s + 1});
        }
        List<String> problems = ChartLayout.audit(chart);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("legend entry") && p.contains("beyond")), problems.toString());
    }

    @Test
    void crowdedCategoryLabelsAreReportedAsTouching() {
        // 30 rotated-free labels of ~60 px each on a 300 px axis cannot all fit: XChart paints them all
        CategoryChart chart = new CategoryChartBuilder().width(300).height(200).title("t").build();
        chart.getStyler().setLegendVisible(false);
        List<String> categories = new ArrayList<>();
        List<Double> heights = new ArrayList<>();
        for (int k = 0; k < 30; k++) {
            categories.add("category " + k);
            heights.add((double) k);
        }
        chart.addSeries("s", categories, heights);
        List<String> problems = ChartLayout.audit(chart);
        assertTrue(problems.stream().anyMatch(p -> p.startsWith("tick label") && p.contains("touches tick label")),
                problems.toString());
    }

    @Test
    void tickLabelsOnOneRowLessThanAFractionOfAnEmApartAreReported() {
        // two 12 pt tick labels 3 px apart (< 0.4 em = 4.8 px) read as one number; 6 px apart they do not
        XYChart chart = line(300, 200, "t");
        java.awt.Font tick = chart.getStyler().getAxisTickLabelsFont();
        assertEquals(12f, tick.getSize2D());
        List<TextRecorder.Text> close = List.of(new TextRecorder.Text(new Rectangle2D.Double(10, 150, 20, 10), tick),
                new TextRecorder.Text(new Rectangle2D.Double(33, 151, 20, 10), tick));
        List<String> problems = ChartLayout.problems(chart, close);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).contains("3.0 px apart (less than 4.8 px"), problems.get(0));
        List<TextRecorder.Text> apart = List.of(close.get(0), new TextRecorder.Text(new Rectangle2D.Double(36, 151, 20, 10), tick));
        assertEquals(List.of(), ChartLayout.problems(chart, apart));
        // one above the other (a y axis) is not a row
        List<TextRecorder.Text> column = List.of(close.get(0), new TextRecorder.Text(new Rectangle2D.Double(10, 163, 20, 10), tick));
        assertEquals(List.of(), ChartLayout.problems(chart, column));
    }

    @Test
    void anInsideLegendOverTickLabelsIsNotConfusedWithTheTitle() {
        XYChart chart = line(300, 200, "Prices");
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        assertTrue(ChartLayout.audit(chart).stream().noneMatch(p -> p.startsWith("title")));
    }

    @Test
    void nullArgumentsAreRejectedByName() {
        Attacks.rejects("chart", () -> ChartLayout.audit(null));
        Attacks.rejects("graphics", () -> ChartLayout.paint(line(100, 100, "t"), null));
    }
}
