package org.mdlab.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.mdlab.market.Arguments;
import org.mdlab.market.Market;
import org.mdlab.screening.Menu;
import org.mdlab.segmentation.ScreenedMarket;
import org.mdlab.segmentation.ScreenedSegment;
import org.mdlab.segmentation.ScreeningSegmentation;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

/**
 * Tables and charts for segmentations in which the seller screens with menus of qualities inside each
 * segment (Bergemann, Heumann and Wang, "Screening and Segmenting: A Consumer Surplus Perspective",
 * arXiv 2401.12366): a segment's menu, the segments with their masses and qualities, surplus
 * comparisons, qualities across segments, and segments as stacked bars.
 *
 * <p>Every method refuses a null argument with an {@link IllegalArgumentException} naming it.
 */
public final class ScreeningSegmentationViews {

    /**
     * Segments share values, so their markers overlap: a filled diamond under a cross under a plus keeps
     * every segment's quality visible where they coincide.
     */
    private static final Marker[] SEGMENT_MARKERS = {SeriesMarkers.DIAMOND, SeriesMarkers.CROSS, SeriesMarkers.PLUS,
        SeriesMarkers.TRIANGLE_UP, SeriesMarkers.CIRCLE};

    private ScreeningSegmentationViews() {
    }

    /**
     * The seller's menu in one screened market: value, mass, quality, price, information rent and the
     * first-best quality.
     *
     * @param market the screened market
     * @return the table, one row per value present
     */
    public static Table menuTable(ScreenedMarket market) {
        Arguments.notNull("market", market);
        Menu menu = market.solution().menu();
        double[] firstBest = market.solution().firstBestQualities();
        double[] rents = menu.rents();
        return Table.create("menu", DoubleColumn.create("value", menu.types()),
                DoubleColumn.create("mass", menu.masses()), DoubleColumn.create("quality", menu.qualities()),
                DoubleColumn.create("price", menu.prices()), DoubleColumn.create("rent", rents),
                DoubleColumn.create("first-best quality", firstBest));
    }

    /**
     * The segments: weight, the mass at each value, the quality each present value gets (a missing
     * value, shown as NaN, where the value is absent), and the weighted consumer and producer surplus.
     *
     * @param segmentation the segmentation
     * @return the table, one row per segment
     */
    public static Table segmentsTable(ScreeningSegmentation segmentation) {
        Arguments.notNull("segmentation", segmentation);
        Market aggregate = segmentation.aggregate();
        IntColumn index = IntColumn.create("segment");
        DoubleColumn weight = DoubleColumn.create("weight");
        List<DoubleColumn> masses = new ArrayList<>();
        List<DoubleColumn> qualities = new ArrayList<>();
        for (int k = 0; k < aggregate.size(); k++) {
            masses.add(DoubleColumn.create("x(" + format(aggregate.value(k)) + ")"));
            qualities.add(DoubleColumn.create("q(" + format(aggregate.value(k)) + ")"));
        }
        DoubleColumn cs = DoubleColumn.create("CS");
        DoubleColumn ps = DoubleColumn.create("PS");
        int j = 1;
        for (ScreenedSegment s : segmentation.segments()) {
            index.append(j++);
            weight.append(s.weight());
            for (int k = 0; k < aggregate.size(); k++) {
                masses.get(k).append(s.market().market().probability(k));
                if (s.market().contains(k)) {
                    qualities.get(k).append(s.market().quality(k));
                } else {
                    qualities.get(k).appendMissing();
                }
            }
            cs.append(s.consumerSurplus());
            ps.append(s.producerSurplus());
        }
        Table table = Table.create("segments", index, weight);
        masses.forEach(table::addColumns);
        qualities.forEach(table::addColumns);
        return table.addColumns(cs, ps);
    }

    /**
     * Surplus of named segmentations with the paper's two structural measures: the spread of one
     * value's quality across segments and the largest violation of quality monotonicity across segments.
     *
     * @param segmentations name to segmentation, in display order
     * @return the table
     */
    public static Table surplusTable(Map<String, ScreeningSegmentation> segmentations) {
        Arguments.notNull("segmentations", segmentations);
        StringColumn name = StringColumn.create("segmentation");
        IntColumn size = IntColumn.create("segments");
        DoubleColumn cs = DoubleColumn.create("consumer surplus");
        DoubleColumn ps = DoubleColumn.create("producer surplus");
        DoubleColumn total = DoubleColumn.create("total surplus");
        DoubleColumn spread = DoubleColumn.create("quality spread");
        DoubleColumn monotone = DoubleColumn.create("monotonicity violation");
        DoubleColumn averaging = DoubleColumn.create("averaging error");
        segmentations.forEach((n, s) -> {
            name.append(n);
            size.append(s.size());
            cs.append(s.consumerSurplus());
            ps.append(s.producerSurplus());
            total.append(s.totalSurplus());
            spread.append(s.qualitySpread());
            monotone.append(s.monotonicityViolation());
            averaging.append(s.averagingViolation());
        });
        return Table.create("surplus", name, size, cs, ps, total, spread, monotone, averaging);
    }

    /**
     * Quality against value in every segment (one series of markers per segment, at its present values)
     * with the first-best quality {@code argmax_q v q - c(q)} as a line for comparison; markers that
     * coincide show that each value gets one quality in every segment.
     *
     * @param segmentation the segmentation
     * @param title        the chart title
     * @return the chart
     */
    public static XYChart qualityChart(ScreeningSegmentation segmentation, String title) {
        Arguments.notNull("segmentation", segmentation);
        Arguments.notNull("title", title);
        XYChart chart = new XYChartBuilder().width(640).height(360).title(title).xAxisTitle("value v")
                .yAxisTitle("quality q").build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
        Market aggregate = segmentation.aggregate();
        double[] v = aggregate.values();
        double[] firstBest = new double[v.length];
        for (int k = 0; k < v.length; k++) {
            firstBest[k] = segmentation.cost().bestQuality(v[k]);
        }
        chart.getStyler().setMarkerSize(10);
        XYSeries fb = chart.addSeries("first best", v, firstBest);
        fb.setMarker(SeriesMarkers.NONE);
        int j = 1;
        for (ScreenedSegment s : segmentation.segments()) {
            List<Double> xs = new ArrayList<>();
            List<Double> qs = new ArrayList<>();
            for (int k = 0; k < v.length; k++) {
                if (s.market().contains(k)) {
                    xs.add(v[k]);
                    qs.add(s.market().quality(k));
                }
            }
            XYSeries series = chart.addSeries("segment " + j + " (weight " + format(s.weight()) + ")", xs, qs);
            series.setLineStyle(SeriesLines.NONE);
            series.setMarker(SEGMENT_MARKERS[(j - 1) % SEGMENT_MARKERS.length]);
            j++;
        }
        return chart;
    }

    /**
     * The segments as stacked bars: at each value, the mass of buyers in each segment.
     *
     * @param segmentation the segmentation
     * @param title        the chart title
     * @return the chart
     */
    public static CategoryChart segmentsChart(ScreeningSegmentation segmentation, String title) {
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
        for (ScreenedSegment s : segmentation.segments()) {
            List<Double> heights = new ArrayList<>();
            for (int k = 0; k < aggregate.size(); k++) {
                heights.add(s.weight() * s.market().market().probability(k));
            }
            chart.addSeries("segment " + j++, categories, heights);
        }
        return chart;
    }

    private static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : String.format(Locale.ROOT, "%.4g", v);
    }
}
