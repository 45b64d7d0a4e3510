package org.mdlab.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.XYChart;
import org.mdlab.market.Market;
import org.mdlab.segmentation.Segmentation;
import tech.tablesaw.api.Table;

class SegmentationViewsTest {

    private static final Market ONE_TWO_THREE = Market.uniform(1, 2, 3);

    @Test
    void marketTableListsDemandRevenueAndTheOptimalPrice() {
        Table t = SegmentationViews.marketTable(ONE_TWO_THREE);
        assertEquals(3, t.rowCount());
        // Revenue at 2 is 2 * 2/3 = 4/3, the unique optimum.
        assertEquals(4.0 / 3, t.doubleColumn("revenue").get(1), 1e-15);
        assertEquals("yes", t.stringColumn("optimal price").get(1));
        assertEquals("", t.stringColumn("optimal price").get(0));
    }

    @Test
    void segmentsTableHasOneRowPerSegmentAndOneMassColumnPerValue() {
        Table t = SegmentationViews.segmentsTable(Segmentation.consumerOptimal(ONE_TWO_THREE));
        assertEquals(3, t.rowCount());
        assertEquals(3 + 3 + 2, t.columnCount());
        assertEquals(2.0 / 3, t.doubleColumn("weight").get(0), 1e-12);
        assertEquals(1.0 / 6, t.doubleColumn("x(2)").get(0), 1e-12);
    }

    @Test
    void stackedBarsHaveOneSeriesPerSegment() {
        CategoryChart c = SegmentationViews.segmentsChart(Segmentation.consumerOptimal(ONE_TWO_THREE), "greedy");
        assertEquals(3, c.getSeriesCollection().size());
    }

    @Test
    void triangleChartMarksTheUniformPriceAndEachSegmentation() {
        Map<String, Segmentation> s = new LinkedHashMap<>();
        s.put("consumer-optimal", Segmentation.consumerOptimal(ONE_TWO_THREE));
        XYChart c = SegmentationViews.welfareTriangleChart(ONE_TWO_THREE, s, "triangle");
        assertEquals(3, c.getSeriesCollection().size());
        Table surplus = SegmentationViews.surplusTable(s);
        assertEquals(2.0 / 3, surplus.doubleColumn("consumer surplus").get(0), 1e-12);
        assertEquals(2, SegmentationViews.welfareTrianglesChart(
                Map.of("a", ONE_TWO_THREE, "b", Market.uniform(1, 2)), "t").getSeriesCollection().size());
    }
}
