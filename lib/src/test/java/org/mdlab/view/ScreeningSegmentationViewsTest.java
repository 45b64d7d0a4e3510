package org.mdlab.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mdlab.market.Market;
import org.mdlab.market.ConvexCost;
import org.mdlab.segmentation.ScreenedMarket;
import org.mdlab.segmentation.ScreenedSegment;
import org.mdlab.segmentation.ScreeningSegmentation;
import tech.tablesaw.api.Table;

class ScreeningSegmentationViewsTest {

    private static final ConvexCost QUADRATIC = ConvexCost.quadratic(1, 100);
    private static final double[] V = {1, 2, 3};

    private static ScreeningSegmentation fiveTwelfths() {
        // Segments (2/3, 1/6, 1/6) and (0, 1/2, 1/2), weight 1/2 each (ScreeningSegmentationTest).
        return ScreeningSegmentation.of(Market.uniform(V), QUADRATIC, List.of(
                new ScreenedSegment(0.5, ScreenedMarket.of(Market.of(V, new double[] {2.0 / 3, 1.0 / 6, 1.0 / 6}), QUADRATIC)),
                new ScreenedSegment(0.5, ScreenedMarket.of(Market.of(V, new double[] {0, 0.5, 0.5}), QUADRATIC))));
    }

    @Test
    void menuTableListsTheMussaRosenMenu() {
        // q = (0, 1, 3), t = (0, 2, 8), rents (0, 0, 1) for {1,2,3} uniform with c = q^2/2.
        Table t = ScreeningSegmentationViews.menuTable(ScreenedMarket.of(Market.uniform(V), QUADRATIC));
        assertEquals(3, t.rowCount());
        assertEquals(8.0, t.doubleColumn("price").get(2), 1e-9);
        assertEquals(1.0, t.doubleColumn("rent").get(2), 1e-9);
        assertEquals(2.0, t.doubleColumn("first-best quality").get(1), 1e-9);
    }

    @Test
    void segmentsTableLeavesTheQualityOfAnAbsentValueEmpty() {
        Table t = ScreeningSegmentationViews.segmentsTable(fiveTwelfths());
        assertEquals(2, t.rowCount());
        assertEquals(2 + 3 + 3 + 2, t.columnCount());
        assertEquals(0.5, t.doubleColumn("q(1)").get(0), 1e-9);
        assertTrue(t.doubleColumn("q(1)").isMissing(1));
        assertEquals(1.0, t.doubleColumn("q(2)").get(1), 1e-9);
    }

    @Test
    void surplusTableAndChartsHaveOneEntryPerSegmentation() {
        Map<String, ScreeningSegmentation> s = new LinkedHashMap<>();
        s.put("none", ScreeningSegmentation.unsegmented(Market.uniform(V), QUADRATIC));
        s.put("two segments", fiveTwelfths());
        Table t = ScreeningSegmentationViews.surplusTable(s);
        assertEquals(1.0 / 3, t.doubleColumn("consumer surplus").get(0), 1e-9);
        assertEquals(5.0 / 12, t.doubleColumn("consumer surplus").get(1), 1e-9);
        assertEquals(3, ScreeningSegmentationViews.qualityChart(fiveTwelfths(), "q").getSeriesCollection().size());
        assertEquals(2, ScreeningSegmentationViews.segmentsChart(fiveTwelfths(), "x").getSeriesCollection().size());
    }
}
