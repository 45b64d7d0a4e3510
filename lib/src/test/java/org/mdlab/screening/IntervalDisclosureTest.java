package org.mdlab.screening;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mdlab.market.ConvexCost;
import org.mdlab.market.Market;

class IntervalDisclosureTest {

    private static final ConvexCost HALF_SQUARE = ConvexCost.quadratic(1, 10);
    private static final Market FOUR = Market.of(new double[] {1, 2, 3, 4},
            new double[] {0.25, 0.25, 0.25, 0.25});

    @Test
    void noInformationLetsTheSellerExtractTheMeanSurplus() {
        // one type at the mean 2.5: q = 2.5, t = 2.5·2.5, profit 2.5²/2 = 3.125.
        assertEquals(3.125, IntervalDisclosure.none(FOUR).screen(HALF_SQUARE).profit(), 1e-9);
    }

    @Test
    void priorsWithAZeroProbabilityValueAreRejected() {
        // the interval {2} alone would have no conditional mean.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IntervalDisclosure.full(
                Market.of(new double[] {1, 2, 3}, new double[] {0.5, 0, 0.5})));
        assertTrue(e.getMessage().contains("value 2.0"), e.getMessage());
    }

    @Test
    void posteriorTypesAreIntervalMeans() {
        Market posterior = new IntervalDisclosure(FOUR, new int[] {0, 2}).posteriorTypes();
        assertArrayEquals(new double[] {1.5, 3.5}, posterior.values(), 1e-15);
        assertArrayEquals(new double[] {0.5, 0.5}, posterior.probabilities(), 1e-15);
    }

    @Test
    void sellerOptimalPartitionIsAtLeastAsGoodAsNoAndFullInformation() {
        // every partition is a candidate, and the enumeration includes both extremes.
        IntervalDisclosure best = IntervalDisclosure.sellerOptimal(FOUR, HALF_SQUARE);
        double profit = best.screen(HALF_SQUARE).profit();
        assertTrue(profit >= IntervalDisclosure.none(FOUR).screen(HALF_SQUARE).profit() - 1e-12);
        assertTrue(profit >= IntervalDisclosure.full(FOUR).screen(HALF_SQUARE).profit() - 1e-12);
    }

    @Test
    void sellerOptimalPartitionBeatsEveryTwoIntervalSplitComputedByHand() {
        // two intervals {1..s}, {s+1..4}: means m1, m2 with masses p1, p2; φ1 = m1 - (m2 - m1) p2/p1,
        // profit = p1 max(φ1, 0)²/2 + p2 m2²/2 when φ1 <= m2 (no ironing needed).
        double best = IntervalDisclosure.sellerOptimal(FOUR, HALF_SQUARE).screen(HALF_SQUARE).profit();
        double[] v = {1, 2, 3, 4};
        for (int s = 1; s < 4; s++) {
            double p1 = s / 4.0;
            double p2 = 1 - p1;
            double m1 = 0;
            double m2 = 0;
            for (int k = 0; k < 4; k++) {
                if (k < s) {
                    m1 += v[k] / s;
                } else {
                    m2 += v[k] / (4 - s);
                }
            }
            double phi1 = Math.max(0, m1 - (m2 - m1) * p2 / p1);
            double twoIntervals = p1 * phi1 * phi1 / 2 + p2 * m2 * m2 / 2;
            assertTrue(best >= twoIntervals - 1e-9, "split at " + s);
        }
    }

    @Test
    void malformedPartitionsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new IntervalDisclosure(FOUR, new int[] {1}));
        assertThrows(IllegalArgumentException.class, () -> new IntervalDisclosure(FOUR, new int[] {0, 2, 2}));
        assertThrows(IllegalArgumentException.class, () -> new IntervalDisclosure(FOUR, new int[] {0, 4}));
    }
}
