package org.mdlab.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.mdlab.market.Arguments;
import org.mdlab.market.Market;
import org.mdlab.segmentation.Segment;
import org.mdlab.segmentation.Segmentation;
import org.mdlab.segmentation.WelfareTriangle;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Tables and charts for markets and segmentations (Bergemann, Brooks and Morris 2015, AER 105(3)):
 * the market with its demand and revenue curve, the segments as a table and as stacked bars, surplus
 * comparisons, and the welfare triangle of Theorem 1 with chosen segmentations marked.
 *
 * <p>Every method refuses a null argument with an {@link IllegalArgumentException} naming it.
 */
public final class SegmentationViews {

    private SegmentationViews() {
    }

    /**
     * The market as a table: value, mass, demand {@code D(v)}, revenue {@code v D(v)} and whether {@code v}
     * is an optimal uniform price.
     *
     * @param market the market
     * @return the table
     */
    public static Table marketTable(Market market) {
        Arguments.notNull("market", market);
        DoubleColumn value = DoubleColumn.create("value");
        DoubleColumn mass = DoubleColumn.create("probability");
        DoubleColumn demand = DoubleColumn.create("demand");
        DoubleColumn revenue = DoubleColumn.create("revenue");
        StringColumn optimal = StringColumn.create("optimal price");
        List<Double> optima = new ArrayList<>();
        for (double p : market.optimalPrices()) {
            optima.add(p);
        }
        for (int k = 0; k < market.size(); k++) {
            double v = market.value(k);
            value.append(v);
            mass.append(market.probability(k));
            demand.append(market.demand(v));
            revenue.append(market.revenueAtValue(k));
            optimal.append(optima.contains(v) ? "yes" : "");
        }
        return Table.create("market", value, mass, demand, revenue, optimal);
    }

    /**
     * The segments as a table: one row per segment with its weight, price, the mass at each value, and
     * its weighted consumer and producer surplus.
     *
     * @param segmentation the segmentation
     * @return the table
     */
    public static Table segmentsTable(Segmentation segmentation) {
        Arguments.notNull("segmentation", segmentation);
        Market aggregate = segmentation.aggregate();
        IntColumn index = IntColumn.create("segment");
        DoubleColumn weight = DoubleColumn.create("weight");
        DoubleColumn price = DoubleColumn.create("price");
        List<DoubleColumn> masses = new ArrayList<>();
        for (int k = 0; k < aggregate.size(); k++) {
            masses.add(DoubleColumn.create("x(" + format(aggregate.value(k)) + ")"));
        }
        DoubleColumn cs = DoubleColumn.create("CS");
        DoubleColumn ps = DoubleColumn.create("PS");
        int j = 1;
        for (Segment s : segmentation.segments()) {
            index.append(j++);
            weight.append(s.weight());
            price.append(s.price());
            for (int k = 0; k < aggregate.size(); k++) {
                masses.get(k).append(s.market().probability(k));
            }
            cs.append(s.consumerSurplus());
            ps.append(s.producerSurplus());
        }
        Table t = Table.create("segments", index, weight, price);
        masses.forEach(t::addColumns);
        return t.addColumns(cs, ps);
    }

    /**
     * The segments as stacked bars: for each value, the mass {@code alpha_j x_j(v)} contributed by each
     * segment; the stacks add up to the aggregate market.
     *
     * @param segmentation the segmentation
     * @param title        the chart title
     * @return the chart
     */
    public static CategoryChart segmentsChart(Segmentation segmentation, String title) {
        Arguments.notNull("segmentation", segmentation);
        Arguments.notNull("title", title);
        Market aggregate = segmentation.aggregate();
        CategoryChart chart = new CategoryChartBuilder().width(640).height(360).title(title)
                .xAxisTitle("value").yAxisTitle("mass of buyers").build();
        chart.getStyler().setStacked(true);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        List<String> categories = new ArrayList<>();
        for (int k = 0; k < aggregate.size(); k++) {
            categories.add(format(aggregate.value(k)));
        }
        int j = 1;
        for (Segment s : segmentation.segments()) {
            List<Double> heights = new ArrayList<>();
            for (int k = 0; k < aggregate.size(); k++) {
                heights.add(s.weight() * s.market().probability(k));
            }
            chart.addSeries("segment " + j++ + " (p = " + format(s.price()) + ")", categories, heights);
        }
        return chart;
    }

    /**
     * Consumer and producer surplus of named segmentations, with the largest violation reported by
     * {@link Segmentation#verify()}.
     *
     * @param segmentations name to segmentation, in display order
     * @return the table
     */
    public static Table surplusTable(Map<String, Segmentation> segmentations) {
        Arguments.notNull("segmentations", segmentations);
        StringColumn name = StringColumn.create("segmentation");
        IntColumn size = IntColumn.create("segments");
        DoubleColumn cs = DoubleColumn.create("consumer surplus");
        DoubleColumn ps = DoubleColumn.create("producer surplus");
        DoubleColumn total = DoubleColumn.create("total surplus");
        DoubleColumn violation = DoubleColumn.create("largest violation");
        segmentations.forEach((n, s) -> {
            name.append(n);
            size.append(s.size());
            cs.append(s.consumerSurplus());
            ps.append(s.producerSurplus());
            total.append(s.totalSurplus());
            violation.append(s.verify().violation());
        });
        return Table.create("surplus", name, size, cs, ps, total, violation);
    }

    /**
     * The welfare triangle of a market (BBM 2015, Theorem 1) with the uniform-price point and the
     * (CS, PS) point of each named segmentation.
     *
     * @param market        the aggregate market
     * @param segmentations name to segmentation of {@code market}, each marked as a point
     * @param title         the chart title
     * @return the chart
     */
    public static XYChart welfareTriangleChart(Market market, Map<String, Segmentation> segmentations, String title) {
        Arguments.notNull("market", market);
        Arguments.notNull("segmentations", segmentations);
        Arguments.notNull("title", title);
        XYChart chart = new XYChartBuilder().width(600).height(560).title(title)
                .xAxisTitle("consumer surplus").yAxisTitle("producer surplus").build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        addTriangle(chart, "triangle", WelfareTriangle.of(market));
        Map<String, Segmentation> points = new LinkedHashMap<>();
        points.put("uniform price", Segmentation.uniformPricing(market));
        points.putAll(segmentations);
        points.forEach((n, s) -> {
            XYSeries point = chart.addSeries(n, new double[] {s.consumerSurplus()}, new double[] {s.producerSurplus()});
            point.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        });
        return chart;
    }

    /**
     * The welfare triangles of several markets on one chart, to show how the set of achievable surplus
     * pairs moves with the market.
     *
     * @param markets name to market, in display order
     * @param title   the chart title
     * @return the chart
     */
    public static XYChart welfareTrianglesChart(Map<String, Market> markets, String title) {
        Arguments.notNull("markets", markets);
        Arguments.notNull("title", title);
        XYChart chart = new XYChartBuilder().width(600).height(560).title(title)
                .xAxisTitle("consumer surplus").yAxisTitle("producer surplus").build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        markets.forEach((n, m) -> addTriangle(chart, n, WelfareTriangle.of(m)));
        return chart;
    }

    private static void addTriangle(XYChart chart, String name, WelfareTriangle t) {
        double[][] corners = {t.minimumSurplusVertex(), t.producerOptimalVertex(), t.consumerOptimalVertex(),
            t.minimumSurplusVertex()};
        double[] x = new double[corners.length];
        double[] y = new double[corners.length];
        for (int i = 0; i < corners.length; i++) {
            x[i] = corners[i][0];
            y[i] = corners[i][1];
        }
        XYSeries edge = chart.addSeries(name, x, y);
        edge.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        edge.setMarker(SeriesMarkers.NONE);
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.4g", v);
    }
}
