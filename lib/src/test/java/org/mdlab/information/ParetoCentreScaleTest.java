package org.mdlab.information;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.mdlab.market.ValueDistribution;
import org.mdlab.optimisation.SolverOptions;

class ParetoCentreScaleTest {

    private static final ParetoCentrePolicy BASE = ParetoCentreDisclosure.of(q -> q * q + 0.1, 3, 1000)
            .solve(1e-3, SolverOptions.defaults()).value();

    @Property(tries = 12)
    void valuesTimesSScaleSurplusRevenueAndTheCentreButNotTheQuantiles(@ForAll @IntRange(min = -12, max = 12) int e) {
        double s = Math.pow(10, e);
        ParetoCentrePolicy p = ParetoCentreDisclosure.of(q -> s * (q * q + 0.1), 3, 1000)
                .solve(1e-3, SolverOptions.defaults()).value();
        // admission tests are relative to the largest value, so the same (a, b) is chosen exactly
        assertEquals(BASE.lowerQuantile(), p.lowerQuantile(), 0);
        assertEquals(BASE.upperQuantile(), p.upperQuantile(), 0);
        assertEquals(s * BASE.bidderSurplus(), p.bidderSurplus(), 1e-12 * s);
        assertEquals(s * BASE.revenue(), p.revenue(), 1e-12 * s);
        assertEquals(s * BASE.virtualValue(), p.virtualValue(), 1e-12 * s);
        assertEquals(s * BASE.scale(), p.scale(), 1e-12 * s);
    }

    @Property(tries = 12)
    void oneBidderRoutesScaleWithValues(@ForAll @IntRange(min = -12, max = 12) int e) {
        double s = Math.pow(10, e);
        double lp = OptimalAuctionDisclosure.of(q -> q, 12, 1).solve(SolverOptions.defaults()).value().reserve();
        double lpScaled = OptimalAuctionDisclosure.of(q -> s * q, 12, 1).solve(SolverOptions.defaults()).value().reserve();
        assertEquals(s * lp, lpScaled, 1e-7 * s);
        BuyerOptimalSignal one = BuyerOptimalSignal.solve(ValueDistribution.uniform(0, 1), 1001, 1e-6,
                SolverOptions.defaults()).value();
        BuyerOptimalSignal scaled = BuyerOptimalSignal.solve(ValueDistribution.uniform(0, s), 1001, 1e-6,
                SolverOptions.defaults()).value();
        // the bisection bracket is relative to the support, the grid scales exactly: same steps, 1e-9 relative
        assertEquals(s * one.price(), scaled.price(), 1e-9 * s);
        assertEquals(s * one.buyerSurplus(), scaled.buyerSurplus(), 1e-9 * s);
    }
}
