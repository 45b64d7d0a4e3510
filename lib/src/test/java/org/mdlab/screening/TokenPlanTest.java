package org.mdlab.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TokenPlanTest {

    private static final TokenTechnology SQUARE_ROOT = TokenTechnology.of(0.5, 2, 100);

    @Test
    void billIsFeePlusPriceTimesUsage() {
        assertEquals(1 + 0.5 * 6, new TokenPlan(1, 0.5).bill(6), 1e-15);
    }

    @Test
    void squareRootSurplusIsIndexSquaredOverFourPriceMinusFee() {
        // max θ√X - pX = θ²/(4p) at X = (θ/(2p))²: θ = 3, p = 1.5 gives X = 1, W = 1.5; minus F = 0.25.
        TokenPlan plan = new TokenPlan(0.25, 1.5);
        assertEquals(1, plan.usage(3, SQUARE_ROOT), 1e-12);
        assertEquals(1.25, plan.surplus(3, SQUARE_ROOT), 1e-12);
    }

    @Test
    void markupIsPriceOverTokenCost() {
        assertEquals(1.5, new TokenPlan(0, 3).markup(SQUARE_ROOT), 1e-15);
    }

    @Test
    void invalidTariffsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new TokenPlan(0, 0));
        assertThrows(IllegalArgumentException.class, () -> new TokenPlan(Double.POSITIVE_INFINITY, 1));
        assertThrows(IllegalArgumentException.class, () -> new TokenPlan(0, 1).bill(-1));
    }
}
