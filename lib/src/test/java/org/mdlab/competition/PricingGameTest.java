package org.mdlab.competition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PricingGameTest {

    private static final double[][] GRIDS = {{0, 1}, {0, 1}};

    @Test
    void independentCostsFormTheProductStateSpace() {
        PricingGame game = PricingGame.independentCosts(new double[][] {{2, 1}, {1, 2}}, new double[] {0.5, 0.5},
                new double[][] {{0, 1}, {0, 1}}, new double[][] {{0.25, 0.75}, {0.5, 0.5}}, GRIDS);
        assertEquals(8, game.states().size());
        // Pr(values 0, c0 = 1, c1 = 0) = 0.5 · 0.75 · 0.5
        assertEquals(0.1875, game.states().get(2).probability(), 1e-15);
        // E[max(0, v0 − c0, v1 − c1)] by enumeration: per value profile the 4 cost pairs give 2, 2, 1, 1 (weights 1/8, 1/8, 3/8, 3/8) and 2, 1, 2, 1 ...
        assertEquals(0.5 * (0.125 * 2 + 0.125 * 2 + 0.375 * 1 + 0.375 * 1) + 0.5 * (0.125 * 2 + 0.125 * 1 + 0.375 * 2 + 0.375 * 1),
                game.efficientSurplus(), 1e-12);
    }

    @Test
    void nonMonotoneCostLevelsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PricingGame.independentCosts(
                new double[][] {{1, 1}}, new double[] {1}, new double[][] {{1, 0}, {0, 1}},
                new double[][] {{0.5, 0.5}, {0.5, 0.5}}, GRIDS));
        assertTrue(e.getMessage().contains("costLevels[0] must be strictly increasing"), e.getMessage());
    }

    @Test
    void emptyGridsNaNAndBadProbabilitiesAreRejected() {
        MarketState state = MarketState.of(1, new double[] {1, 1}, new double[] {0, 0});
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PricingGame.of(List.of(state), new double[][] {{}, {0}}))
                .getMessage().contains("priceGrids[0] must be non-empty"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PricingGame.of(List.of(), GRIDS))
                .getMessage().contains("states must be non-empty"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> MarketState.of(1, new double[] {Double.NaN, 1}, new double[] {0, 0}))
                .getMessage().contains("values must be finite (got NaN at index 0)"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PricingGame.of(List.of(MarketState.of(0.5, new double[] {1, 1},
                new double[] {0, 0})), GRIDS)).getMessage().contains("must sum to 1"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PricingGame.of(List.of(state), new double[][] {{1, 0}, {0, 1}}))
                .getMessage().contains("strictly increasing"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> PricingGame.of(List.of(state), new double[][] {{0, 1}}))
                .getMessage().contains("one grid per firm"));
    }
}
