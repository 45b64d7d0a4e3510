package org.mdlab.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.mdlab.market.Market;
import org.mdlab.market.ConvexCost;
import org.mdlab.screening.MenuAudit;

class ScreenedMarketTest {

    private static final ConvexCost QUADRATIC = ConvexCost.quadratic(1, 100);

    @Test
    void oneTwoThreeUniformGetsTheMussaRosenMenu() {
        // c(q) = q^2/2, so q = max(phi, 0). h = (2, 1, 0), phi = v - h = (-1, 1, 3): q = (0, 1, 3).
        // Prices: t_1 = 1*0 = 0, t_2 = 0 + 2 (1 - 0) = 2, t_3 = 2 + 3 (3 - 1) = 8.
        // Rents U = (0, 0, 3*3 - 8 = 1): CS = 1/3. Profit = (1/3)[(2 - 1/2) + (8 - 9/2)] = 5/3.
        ScreenedMarket s = ScreenedMarket.of(Market.uniform(1, 2, 3), QUADRATIC);
        assertEquals(0.0, s.quality(0), 1e-9);
        assertEquals(1.0, s.quality(1), 1e-9);
        assertEquals(3.0, s.quality(2), 1e-9);
        assertEquals(2.0, s.price(1), 1e-9);
        assertEquals(8.0, s.price(2), 1e-9);
        assertEquals(1.0 / 3, s.consumerSurplus(), 1e-9);
        assertEquals(5.0 / 3, s.producerSurplus(), 1e-9);
        assertEquals(2.0, s.totalSurplus(), 1e-9);
    }

    @Test
    void anAbsentValueIsSkippedAndTheNextPresentValueSetsTheRent() {
        // Values {1,2,3}, masses (1/2, 0, 1/2): the types are {1, 3}; h_1 = (3-1)(1/2)/(1/2) = 2,
        // phi_1 = -1, q = (0, 3); rents (0, 0): CS = 0, profit = (1/2)(9 - 9/2) = 9/4.
        ScreenedMarket s = ScreenedMarket.of(Market.of(new double[] {1, 2, 3}, new double[] {0.5, 0, 0.5}), QUADRATIC);
        assertFalse(s.contains(1));
        assertTrue(s.contains(2));
        assertEquals(0.0, s.quality(0), 1e-9);
        assertEquals(3.0, s.quality(2), 1e-9);
        assertEquals(0.0, s.consumerSurplus(), 1e-9);
        assertEquals(9.0 / 4, s.producerSurplus(), 1e-9);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> s.quality(1)).getMessage().contains("present"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> s.contains(3)).getMessage().contains("[0, 3)"));
    }

    @Test
    void aLinearCostOnUnitQualityIsUnitDemandPricing() {
        // c = 0 on [0, 1]: q_k = 1 iff the ironed virtual value is > 0; for {1,2,3} uniform phi = (-1, 1, 3),
        // so the menu is the posted price 2: CS = (3 - 2)/3 = 1/3, profit = 2 * 2/3 = 4/3 = pi*.
        ScreenedMarket s = ScreenedMarket.of(Market.uniform(1, 2, 3), ConvexCost.quadratic(0, 1));
        assertEquals(1.0 / 3, s.consumerSurplus(), 1e-9);
        assertEquals(4.0 / 3, s.producerSurplus(), 1e-9);
    }

    @Property(tries = 100)
    void theMenuIsIncentiveCompatibleAndSurplusesAreBelowTheFirstBest(
            @ForAll @LongRange(min = 0, max = 1_000_000) long seed, @ForAll @IntRange(min = 1, max = 12) int k) {
        ScreenedMarket s = ScreenedMarket.of(Market.random(k, seed), QUADRATIC);
        assertTrue(MenuAudit.of(s.solution().menu()).holds(1e-7));
        assertTrue(s.consumerSurplus() >= -1e-9);
        assertTrue(s.totalSurplus() <= s.solution().firstBestSurplus() + 1e-9);
    }

    @Test
    void nullArgumentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> ScreenedMarket.of(null, QUADRATIC));
        assertThrows(IllegalArgumentException.class, () -> ScreenedMarket.of(Market.uniform(1), null));
    }
}
