package org.mdlab.market;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * Scale equivariance of the finite market (BBM 2015, §I): multiplying every value by
 * {@code s ∈ [1e-12, 1e12]} multiplies the monopoly price and profit, the efficient surplus and the
 * surpluses at the monopoly price by {@code s}, and leaves the set of buyers served unchanged. The
 * tolerance {@code 1e-12} relative covers the rounding of {@code s·v}.
 */
class MarketScaleTest {

    static double scale(double exponent) {
        return Math.pow(10, exponent);
    }

    @Property(tries = 200)
    void monopolyPricingIsScaleEquivariant(@ForAll @IntRange(min = 1, max = 12) int k,
                                           @ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                           @ForAll @DoubleRange(min = -12, max = 12) double exponent) {
        double s = scale(exponent);
        Market m = Market.random(k, seed);
        Market scaled = Market.of(Arrays.stream(m.values()).map(v -> s * v).toArray(), m.probabilities());
        assertEquals(s * m.monopolyProfit(), scaled.monopolyProfit(), 1e-12 * s * m.monopolyProfit());
        assertEquals(s * m.monopolyPrice(), scaled.monopolyPrice(), 1e-12 * s * m.monopolyPrice());
        assertEquals(m.demand(m.monopolyPrice()), scaled.demand(scaled.monopolyPrice()), 1e-15);
        assertEquals(s * m.efficientSurplus(), scaled.efficientSurplus(), 1e-12 * s * m.efficientSurplus());
        double cs = m.consumerSurplus(m.monopolyPrice());
        assertEquals(s * cs, scaled.consumerSurplus(scaled.monopolyPrice()), 1e-12 * s * m.efficientSurplus());
        assertArrayEquals(Arrays.stream(m.optimalPrices()).map(p -> s * p).toArray(), scaled.optimalPrices(),
                1e-12 * s * m.monopolyPrice());
    }

    @Property(tries = 50)
    void tinyValuesKeepTheOptimalPrice(@ForAll @DoubleRange(min = -14, max = -12) double exponent) {
        // Values {1, 2, 3}·s, uniform: revenues (1, 4/3, 1)·s, so p* = 2s for every s > 0.
        double s = scale(exponent);
        Market m = Market.uniform(s, 2 * s, 3 * s);
        assertEquals(2 * s, m.monopolyPrice(), 1e-12 * s);
        assertArrayEquals(new double[] {2 * s}, m.optimalPrices(), 1e-12 * s);
    }
}
