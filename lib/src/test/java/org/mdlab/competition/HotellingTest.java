package org.mdlab.competition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class HotellingTest {

    private static final Hotelling MARKET = Hotelling.of(2, 0.5, 1);

    @Test
    void consumerKnowsLocationPricesAtCostPlusTransport() {
        // p = c + t (FOC of (p0 − c)(1/2 + (p1 − p0)/(2t))); CS = v − c − t − E[t min(x, 1 − x)] = 2 − 0.5 − 1 − 1/4
        Surplus s = MARKET.surplus(HotellingInformation.CONSUMER_KNOWS_LOCATION);
        assertEquals(0.25, s.consumer(), 1e-15);
        assertEquals(1.0, s.producer(), 1e-15);
        assertEquals(1.25, s.total(), 1e-15);
    }

    @Test
    void everyoneKnowsLocationLeavesTheRunnerUpsSurplus() {
        // winner's price c + t(1 − 2x); CS(x) = v − c − t(1 − x), E[1 − x | x < 1/2] = 3/4: CS = 1.5 − 0.75
        Surplus s = MARKET.surplus(HotellingInformation.EVERYONE_KNOWS_LOCATION);
        assertEquals(0.75, s.consumer(), 1e-15);
        assertEquals(0.5, s.producer(), 1e-15);
        assertEquals(MARKET.efficientSurplus(), s.total(), 1e-15);
    }

    @Test
    void nobodyKnowsLocationIsBertrand() {
        // E[v − t x] = E[v − t(1 − x)] = v − t/2: homogeneous in expectation, p = c; CS = TS = 1.5 − 0.5
        Surplus s = MARKET.surplus(HotellingInformation.NOBODY_KNOWS_LOCATION);
        assertEquals(1.0, s.consumer(), 1e-15);
        assertEquals(0.0, s.producer(), 1e-15);
    }

    @Property(tries = 50)
    void surplusesScaleWithValuesCostsAndTransport(@ForAll @DoubleRange(min = 0.01, max = 100) double factor) {
        for (HotellingInformation info : HotellingInformation.values()) {
            Surplus base = MARKET.surplus(info);
            Surplus scaled = MARKET.scaled(factor).surplus(info);
            assertEquals(factor * base.consumer(), scaled.consumer(), 1e-12 * factor);
            assertEquals(factor * base.total(), scaled.total(), 1e-12 * factor);
        }
    }

    @Test
    void gridPutsLocationsAtCellMidpointsAndPricesOnStepsOfTOverN() {
        PricingGame game = MARKET.game(4);
        assertEquals(4, game.states().size());
        assertEquals(2 - 0.125, game.states().get(0).value(0), 1e-15);
        double[] grid = game.priceGrid(0);
        assertEquals(0.5, grid[0], 1e-15);
        assertEquals(0.25, grid[1] - grid[0], 1e-15);
        assertTrue(grid[grid.length - 1] <= 2 + 1e-12);
    }

    @Test
    void badInputIsRejectedWithTheRule() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Hotelling.of(Double.NaN, 0, 1)).getMessage()
                .contains("value must be finite"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Hotelling.of(1, 0, 1)).getMessage()
                .contains(">= cost + 3 transport / 2"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Hotelling.of(2, 0, 0)).getMessage()
                .contains("transport must be finite and > 0"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MARKET.game(5)).getMessage()
                .contains("locations must be even"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MARKET.game(0)).getMessage()
                .contains("locations must be >= 2"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MARKET.game(400)).getMessage()
                .contains("exceeds the supported limit"));
    }

    @Test
    void aGridTooCoarseForTheToleranceIsRefusedNamingTheFinerGrid() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MARKET.game(4, 0.1));
        assertTrue(e.getMessage().contains("too coarse"), e.getMessage());
        assertTrue(e.getMessage().contains("need locations >= 10"), e.getMessage());
        assertEquals(10, MARKET.game(10, 0.1).states().size());
    }
}
