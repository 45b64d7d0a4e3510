package org.mdlab.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mdlab.estimator.MonteCarlo;
import org.mdlab.estimator.MonteCarloEstimate;
import org.mdlab.market.ValueDistribution;

class SealedBidSimulationTest {

    private final SealedBidSimulation auction = new SealedBidSimulation(ValueDistribution.uniform(0, 1), 3, 0.5);

    @Test
    void uniformEquilibriumBidMatchesTheClosedForm() {
        // U[0,1], n = 3, r = 1/2: b(v) = v - (v^3 - r^3) / (3 v^2); at v = 0.8: 0.8 - (0.512 - 0.125)/1.92
        assertEquals(0.8 - (0.512 - 0.125) / 1.92, auction.equilibriumBid(0.8), 1e-12);
    }

    @Test
    void bothFormatsEarnTheOptimalRevenueWithinSamplingError() {
        // revenue equivalence: both equal (n - 1 + 2^{-n})/(n + 1) = (2 + 1/8)/4 = 0.53125 for n = 3;
        // 200,000 draws give a standard error ~ 5e-4, so 5 standard errors is a test that can fail on a bias
        double target = 0.53125;
        MonteCarloEstimate second = MonteCarlo.mean(1L, 8, 25_000, 1, auction::secondPrice);
        MonteCarloEstimate first = MonteCarlo.mean(2L, 8, 25_000, 1, auction::firstPrice);
        assertTrue(Math.abs(second.mean() - target) < 5 * second.standardError(), second.toString());
        assertTrue(Math.abs(first.mean() - target) < 5 * first.standardError(), first.toString());
    }
}
