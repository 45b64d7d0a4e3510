package org.mdlab.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mdlab.market.Market;
import org.mdlab.market.ConvexCost;

class ScreenedSegmentTest {

    private static final ScreenedMarket ONE_TWO_THREE = ScreenedMarket.of(Market.uniform(1, 2, 3), ConvexCost.quadratic(1, 100));

    @Test
    void surplusesAreScaledByTheWeight() {
        // Segment surpluses 1/3 and 5/3 (ScreenedMarketTest), weight 1/4.
        ScreenedSegment s = new ScreenedSegment(0.25, ONE_TWO_THREE);
        assertEquals(1.0 / 12, s.consumerSurplus(), 1e-9);
        assertEquals(5.0 / 12, s.producerSurplus(), 1e-9);
    }

    @Test
    void weightsOutsideTheUnitIntervalAndNullMarketsAreRejected() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new ScreenedSegment(0, ONE_TWO_THREE))
                .getMessage().contains("(0, 1]"));
        assertThrows(IllegalArgumentException.class, () -> new ScreenedSegment(Double.NaN, ONE_TWO_THREE));
        assertThrows(IllegalArgumentException.class, () -> new ScreenedSegment(1.5, ONE_TWO_THREE));
        assertThrows(IllegalArgumentException.class, () -> new ScreenedSegment(0.5, null));
    }
}
