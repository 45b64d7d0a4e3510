package org.mdlab.segmentation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.mdlab.market.Market;

class GreedySegmentationTest {

    private static final double EPS = 1e-12;

    @Test
    void oneTwoThreeSplitsIntoTwoThirdsOneSixthOneSixth() {
        // Hand computation (papers.md §1): step 1, S = {1,2,3}, x^S = (1/2, 1/6, 1/3),
        // alpha = min(1/3 / 1/2, 1/3 / 1/6, 1/3 / 1/3) = 2/3, residual (0, 2/9, 1/9);
        // step 2, S = {2,3}, x^S = (0, 1/3, 2/3), alpha = min(2/9 / 1/3, 1/9 / 2/3) = 1/6, residual (0, 1/6, 0);
        // step 3, S = {2}, alpha = 1/6.
        GreedySegmentation g = GreedySegmentation.of(Market.uniform(1, 2, 3));
        assertEquals(3, g.segmentCount());
        assertArrayEquals(new double[] {2.0 / 3, 1.0 / 6, 1.0 / 6},
                new double[] {g.weight(0), g.weight(1), g.weight(2)}, EPS);
        assertArrayEquals(new int[] {0, 1, 2}, g.support(0));
        assertArrayEquals(new int[] {1, 2}, g.support(1));
        assertArrayEquals(new int[] {1}, g.support(2));
        assertArrayEquals(new double[] {0.5, 1.0 / 6, 1.0 / 3}, g.segment(0, true).market().probabilities(), EPS);
        assertArrayEquals(new double[] {0, 1.0 / 3, 2.0 / 3}, g.segment(1, true).market().probabilities(), EPS);
        assertArrayEquals(new double[] {0, 1, 0}, g.segment(2, true).market().probabilities(), EPS);
        assertEquals(1.0, g.segment(0, true).price(), 0);
        assertEquals(3.0, g.segment(0, false).price(), 0);
    }

    @Test
    void oneTwoThreeGivesConsumersTwoThirdsAndTheSellerFourThirds() {
        // CS = 2/3 * (1*1/6 + 2*1/3) + 1/6 * (1*2/3) + 1/6 * 0 = 5/9 + 1/9 = 2/3 = w* - pi* = 2 - 4/3.
        GreedySegmentation g = GreedySegmentation.of(Market.uniform(1, 2, 3));
        assertEquals(2.0 / 3, g.consumerSurplus(), EPS);
        assertEquals(4.0 / 3, g.producerSurplus(), EPS);
    }

    @Test
    void aZeroValueFormsItsOwnSegmentPricedAtZero() {
        // x = (1/4, 1/4, 1/2) on {0, 1, 2}: pi* = max(0, 3/4, 1) = 1, w* = 1/4 + 1 = 5/4.
        Market m = Market.of(new double[] {0, 1, 2}, new double[] {0.25, 0.25, 0.5});
        GreedySegmentation g = GreedySegmentation.of(m);
        assertArrayEquals(new int[] {0}, g.support(0));
        assertEquals(0.25, g.weight(0), EPS);
        assertEquals(1.0, g.producerSurplus(), EPS);
        assertEquals(0.25, g.consumerSurplus(), EPS);
        assertTrue(g.toSegmentation(true).verify().holds(1e-12));
    }

    @Property(tries = 200)
    void compactSurplusesMatchTheMaterialisedSegments(@ForAll @LongRange(min = 0, max = 1_000_000) long seed,
            @ForAll @IntRange(min = 1, max = 25) int k) {
        GreedySegmentation g = GreedySegmentation.of(Market.random(k, seed));
        Segmentation s = g.toSegmentation(true);
        assertEquals(s.consumerSurplus(), g.consumerSurplus(), 1e-12);
        assertEquals(s.producerSurplus(), g.producerSurplus(), 1e-12);
        assertTrue(g.segmentCount() <= k);
    }

    @Property(tries = 100)
    void supportsAreNestedAndShrink(@ForAll @LongRange(min = 0, max = 1_000_000) long seed,
            @ForAll @IntRange(min = 2, max = 25) int k) {
        GreedySegmentation g = GreedySegmentation.of(Market.random(k, seed));
        for (int j = 1; j < g.segmentCount(); j++) {
            int[] before = g.support(j - 1);
            int[] after = g.support(j);
            assertTrue(after.length < before.length);
            for (int i : after) {
                assertTrue(java.util.Arrays.binarySearch(before, i) >= 0);
            }
        }
    }

    @Test
    void anExtremalMarketIsItsOwnOnlySegment() {
        // All residuals of x^S run out at once (alpha = 1 for every value), so there is one step.
        Market x = ExtremalMarket.on(new double[] {1, 2, 4, 5}, 0, 1, 2, 3);
        GreedySegmentation g = GreedySegmentation.of(x);
        assertEquals(1, g.segmentCount());
        assertEquals(1.0, g.weight(0), 1e-12);
    }

    @Property(tries = 30)
    void largeMarketsAreSplitIntoValidSegmentsThatLeaveTheSellerPiStar(
            @ForAll @LongRange(min = 0, max = 1_000_000) long seed, @ForAll @IntRange(min = 50, max = 400) int k) {
        Market m = Market.random(k, seed);
        GreedySegmentation g = GreedySegmentation.of(m);
        Segmentation s = g.toSegmentation(true);
        assertTrue(s.verify().holds(1e-12), () -> s.verify().toString());
        assertEquals(m.monopolyProfit(), g.producerSurplus(), 1e-11);
        assertEquals(m.efficientSurplus() - m.monopolyProfit(), g.consumerSurplus(), 1e-11);
    }
}
