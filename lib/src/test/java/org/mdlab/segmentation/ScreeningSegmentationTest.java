package org.mdlab.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.mdlab.market.Market;
import org.mdlab.market.ConvexCost;

class ScreeningSegmentationTest {

    private static final ConvexCost QUADRATIC = ConvexCost.quadratic(1, 100);
    private static final double[] ONE_TWO_THREE = {1, 2, 3};

    private static ScreenedSegment segment(double weight, double... masses) {
        return new ScreenedSegment(weight, ScreenedMarket.of(Market.of(ONE_TWO_THREE, masses), QUADRATIC));
    }

    @Test
    void theHandDerivedSegmentationOfOneTwoThreeGivesConsumersFiveTwelfths() {
        // Segments (2/3, 1/6, 1/6) and (0, 1/2, 1/2), weight 1/2 each, average to (1/3, 1/3, 1/3).
        // First: h = ((2-1)(1/3)/(2/3), (3-2)(1/6)/(1/6), 0) = (1/2, 1, 0) = (v_1/2, v_2/2, 0), q = (1/2, 1, 3);
        // CS = sum x h q = (2/3)(1/2)(1/2) + (1/6)(1)(1) = 1/3.
        // Second: h_2 = 1 * (1/2)/(1/2) = 1, q = (1, 3); CS = (1/2)(1)(1) = 1/2.
        // Total CS = (1/3 + 1/2)/2 = 5/12 > 1/3 (no segmentation).
        ScreeningSegmentation s = ScreeningSegmentation.of(Market.uniform(ONE_TWO_THREE), QUADRATIC,
                List.of(segment(0.5, 2.0 / 3, 1.0 / 6, 1.0 / 6), segment(0.5, 0, 0.5, 0.5)));
        assertEquals(5.0 / 12, s.consumerSurplus(), 1e-9);
        assertEquals(0.0, s.averagingViolation(), 1e-12);
        assertEquals(0.0, s.qualitySpread(), 1e-9);
        assertEquals(0.0, s.monotonicityViolation(), 1e-9);
    }

    @Test
    void noSegmentationIsTheAggregateMenu() {
        // CS 1/3 and PS 5/3, from ScreenedMarketTest's closed form.
        ScreeningSegmentation s = ScreeningSegmentation.unsegmented(Market.uniform(ONE_TWO_THREE), QUADRATIC);
        assertEquals(1, s.size());
        assertEquals(1.0 / 3, s.consumerSurplus(), 1e-9);
        assertEquals(5.0 / 3, s.producerSurplus(), 1e-9);
        assertEquals(2.0, s.totalSurplus(), 1e-9);
    }

    @Property(tries = 60)
    void theGreedyBbmSegmentsLeaveScreenedConsumersNothing(@ForAll @LongRange(min = 0, max = 1_000_000) long seed,
            @ForAll @IntRange(min = 1, max = 10) int k) {
        // In an extremal market v_i D(v_i) = s_1 on its support, so h_i = (v_{i+1} - v_i) D(v_{i+1}) / x_i = v_i
        // (x_i = s_1/v_i - s_1/v_{i+1}): every virtual value below the top is 0, quality is 0 there, and no
        // buyer earns a rent. The greedy segments still average back to the aggregate.
        Market m = Market.random(k, seed);
        ScreeningSegmentation s = ScreeningSegmentation.screening(Segmentation.consumerOptimal(m), QUADRATIC);
        assertEquals(0.0, s.consumerSurplus(), 1e-9);
        assertTrue(s.averagingViolation() <= 1e-9);
    }

    @Test
    void spreadAndMonotonicityMeasureQualitiesAcrossSegments() {
        // Values {1.5, 2, 3}. Segment A uniform: h = (0.5*(2/3)/(1/3), 1*(1/3)/(1/3), 0) = (1, 1, 0),
        // q = (0.5, 1, 3). Segment B the point mass at 1.5: q = 1.5. Value 1.5 gets 0.5 and 1.5 (spread 1);
        // 1.5 in B exceeds the quality 1 of value 2 in A (monotonicity violated by 0.5).
        double[] v = {1.5, 2, 3};
        Market aggregate = Market.of(v, new double[] {2.0 / 3, 1.0 / 6, 1.0 / 6});
        ScreeningSegmentation s = ScreeningSegmentation.of(aggregate, QUADRATIC, List.of(
                new ScreenedSegment(0.5, ScreenedMarket.of(Market.uniform(v), QUADRATIC)),
                new ScreenedSegment(0.5, ScreenedMarket.of(Market.of(v, new double[] {1, 0, 0}), QUADRATIC))));
        assertEquals(1.0, s.qualitySpread(), 1e-9);
        assertEquals(0.5, s.monotonicityViolation(), 1e-9);
        assertEquals(0.0, s.averagingViolation(), 1e-12);
    }

    @Test
    void badSegmentationsAreRejectedWithTheRuleNamed() {
        Market m = Market.uniform(ONE_TWO_THREE);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ScreeningSegmentation.of(m, QUADRATIC, List.of()))
                .getMessage().contains("non-empty"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> ScreeningSegmentation.of(m, QUADRATIC, List.of(segment(0.5, 1, 0, 0))))
                .getMessage().contains("sum to 1"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ScreeningSegmentation.of(m, QUADRATIC,
                List.of(new ScreenedSegment(1, ScreenedMarket.of(Market.uniform(1, 2), QUADRATIC)))))
                .getMessage().contains("aggregate's values"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> ScreeningSegmentation.of(m,
                ConvexCost.quadratic(2, 100), List.of(segment(1, 1.0 / 3, 1.0 / 3, 1.0 / 3))))
                .getMessage().contains("cost"));
        assertThrows(IllegalArgumentException.class, () -> ScreeningSegmentation.of(null, QUADRATIC, List.of()));
    }
}
