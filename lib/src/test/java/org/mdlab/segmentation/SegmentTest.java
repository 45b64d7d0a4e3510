package org.mdlab.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.mdlab.market.Market;

class SegmentTest {

    @Test
    void surplusesAreWeightedByTheSegmentsShare() {
        // Market {1,2,3} uniform at price 2, weight 1/2: CS = 1/2 * 1/3, PS = 1/2 * 4/3.
        Segment s = new Segment(0.5, Market.uniform(1, 2, 3), 2);
        assertEquals(1.0 / 6, s.consumerSurplus(), 1e-15);
        assertEquals(2.0 / 3, s.producerSurplus(), 1e-15);
        assertEquals(0, s.obedienceShortfall(), 1e-15);
        // Price 1 earns 1 < 4/3.
        assertEquals(1.0 / 3, new Segment(1, Market.uniform(1, 2, 3), 1).obedienceShortfall(), 1e-15);
    }

    @Test
    void invalidSegmentsAreRejected() {
        Market m = Market.uniform(1, 2);
        assertThrows(IllegalArgumentException.class, () -> new Segment(0, m, 1));
        assertThrows(IllegalArgumentException.class, () -> new Segment(1.5, m, 1));
        assertThrows(IllegalArgumentException.class, () -> new Segment(1, null, 1));
        assertThrows(IllegalArgumentException.class, () -> new Segment(1, m, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new Segment(1, m, -1));
    }
}
