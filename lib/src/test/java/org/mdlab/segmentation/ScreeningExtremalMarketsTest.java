package org.mdlab.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.mdlab.market.ConvexCost;
import org.mdlab.market.DemandElasticity;
import org.mdlab.market.Market;

class ScreeningExtremalMarketsTest {

    @Test
    void thresholdsAreGammaOverGammaMinusOne() {
        assertEquals(2, ScreeningExtremalMarkets.threshold(ConvexCost.quadratic(3, 10)), 1e-15);
        assertEquals(1.5, ScreeningExtremalMarkets.threshold(ConvexCost.power(3, 10)), 1e-15);
        assertEquals(4.0 / 3, ScreeningExtremalMarkets.threshold(ConvexCost.power(4, 10)), 1e-15);
    }

    @Test
    void onOneTwoThreeTheGreedyGivesTheTwoHandDerivedSegments() {
        // By hand: the elasticity-2 market on {1, 2, 3} is (2/3, 1/6, 1/6); the largest multiple under
        // (1/3, 1/3, 1/3) is 1/2, leaving (0, 1/4, 1/4) = 1/2 · (0, 1/2, 1/2), elasticity 2 at v = 2.
        ScreeningSegmentation g = ScreeningExtremalMarkets.greedy(Market.uniform(1, 2, 3), ConvexCost.quadratic(1, 100));
        assertEquals(2, g.size());
        assertEquals(0.5, g.segments().get(0).weight(), 1e-12);
        assertEquals(2.0 / 3, g.segments().get(0).market().market().probability(0), 1e-12);
        assertEquals(0.5, g.segments().get(1).market().market().probability(1), 1e-12);
        assertEquals(5.0 / 12, g.consumerSurplus(), 1e-12);
    }

    @Property(tries = 30)
    void greedySegmentsAverageBackAndHaveTheThresholdElasticityBelowTheirTop(
            @ForAll @LongRange(min = 0, max = 1_000_000) long seed, @ForAll @IntRange(min = 2, max = 30) int n) {
        Market m = Market.random(n, seed);
        ScreeningSegmentation g = ScreeningExtremalMarkets.greedy(m, ConvexCost.power(3, 100));
        assertTrue(g.averagingViolation() < 1e-9);
        assertTrue(g.size() <= n);
        for (ScreenedSegment s : g.segments()) {
            Market x = s.market().market();
            int[] support = ConsumerOptimalScreening.support(x);
            double[] e = DemandElasticity.of(ConsumerOptimalScreening.restrict(x, support));
            for (int i = 0; i < support.length - 1; i++) {
                assertEquals(1.5, e[i], 1e-9);
            }
        }
    }
}
