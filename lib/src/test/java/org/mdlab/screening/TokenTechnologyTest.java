package org.mdlab.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.mdlab.market.ConvexCost;

class TokenTechnologyTest {

    private static final TokenTechnology SQUARE_ROOT = TokenTechnology.of(0.5, 1, 100);

    @Test
    void elasticityOfOneOrMoreIsRejectedAsANonConvexCostOfPrecision() {
        // α = 1.5 gives C(q) = c q^(2/3), concave; α = 1 gives a linear cost with no interior optimum.
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TokenTechnology.of(1.5, 1, 10));
        assertTrue(e.getMessage().contains("elasticity") && e.getMessage().contains("1.5"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> TokenTechnology.of(1, 1, 10));
        assertThrows(IllegalArgumentException.class, () -> TokenTechnology.of(0, 1, 10));
    }

    @Test
    void nonPositiveCostOrCapacityIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> TokenTechnology.of(0.5, 0, 10));
        assertThrows(IllegalArgumentException.class, () -> TokenTechnology.of(0.5, 1, -1));
        assertThrows(IllegalArgumentException.class, () -> TokenTechnology.of(0.5, Double.NaN, 10));
    }

    @Test
    void squareRootDemandIsIndexOverTwicePriceSquared() {
        // max θ√X - pX: θ/(2√X) = p, X = (θ/(2p))²; θ = 3, p = 0.5 gives 9.
        assertEquals(9, SQUARE_ROOT.demand(3, 0.5), 1e-12);
        // capped at maxTokens = 100: θ = 30, p = 1 would want 225.
        assertEquals(100, SQUARE_ROOT.demand(30, 1), 0);
    }

    @Test
    void marginalValueIsTheDerivativeOfIndexTimesPrecision() {
        // d(2 X^0.5)/dX at X = 4 is 2 · 0.5 · 4^-0.5 = 0.5.
        assertEquals(0.5, SQUARE_ROOT.marginalValue(2, 4), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> SQUARE_ROOT.marginalValue(2, 0));
    }

    @Test
    void costOfPrecisionIsTokenCostTimesTokensNeeded() {
        // α = 1/2, c = 2: C(q) = 2 q², at q = 3 it is 18; capacity 100 tokens is precision 10.
        ConvexCost cost = TokenTechnology.of(0.5, 2, 100).precisionCost();
        assertEquals(18, cost.at(3), 1e-12);
        assertEquals(10, cost.maxQuality(), 1e-12);
    }

    @Property
    void tokensForInvertsPrecision(@ForAll @DoubleRange(min = 0.05, max = 0.95) double alpha,
                                   @ForAll @DoubleRange(min = 0, max = 1000) double tokens) {
        TokenTechnology tech = TokenTechnology.of(alpha, 1, 1000);
        assertEquals(tokens, tech.tokensFor(tech.precision(tokens)), 1e-9 * Math.max(1, tokens));
    }

    @Property
    void demandEqualisesMarginalValueAndPrice(@ForAll @DoubleRange(min = 0.1, max = 0.7) double alpha,
                                              @ForAll @DoubleRange(min = 0.1, max = 5) double index,
                                              @ForAll @DoubleRange(min = 0.1, max = 5) double price) {
        // (α θ / p)^(1/(1-α)) <= 35^(10/3) < 1e6, below the capacity 1e12.
        TokenTechnology tech = TokenTechnology.of(alpha, 1, 1e12);
        double x = tech.demand(index, price);
        assertEquals(price, tech.marginalValue(index, x), 1e-9 * price);
    }
}
