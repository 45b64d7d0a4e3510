package org.mdlab.dynamic.revenue;

import org.mdlab.estimator.MonteCarloEstimate;
import org.mdlab.market.ValueDistribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AutoregressiveContractTest {

    private final AutoregressiveContract contract = AutoregressiveContract.of(
            new AutoregressiveScreening(0.8, Innovation.of(ValueDistribution.uniform(-0.3, 0.3)), 0.9, 8));

    @Test
    void oneShotContractIsTheMussaRosenPriceThetaSquaredMinusAQuarter() {
        // T = 1: the Mussa–Rosen price of type r ≥ 1/2 is t(r) = r² - 1/4 (r q - ∫_{1/2}^r (2s - 1) ds).
        AutoregressiveContract one = AutoregressiveContract.of(new AutoregressiveScreening(0.8, 0.2, 0.9, 1));
        assertEquals(0.75 * 0.75 - 0.25, one.upfrontPayment(0.75), 1e-15);
        assertEquals(0, one.upfrontPayment(0.3), 1e-15);
    }

    @Test
    void truthfulReportingIsOptimalAndTheLowestTypeGetsNothing() {
        // Dynamic IC: V(θ, θ) ≥ V(θ, r) on a 41 × 41 grid; IR with U(0) = 0.
        double worst = 0;
        for (int i = 0; i <= 40; i++) {
            for (int j = 0; j <= 40; j++) {
                worst = Math.max(worst, contract.utility(i / 40.0, j / 40.0) - contract.utility(i / 40.0, i / 40.0));
            }
        }
        assertEquals(0, worst, 1e-12);
        assertEquals(0, contract.utility(0, 0), 1e-12);
    }

    @Test
    void laterTariffsAreAPerUnitDistortionPlusMarginalCost() {
        // T_t(q) = γ^{t-1}(1 - r) q + q²/2: at t = 3, r = 0.5, q = 0.2: 0.64·0.5·0.2 + 0.02.
        assertEquals(0.64 * 0.5 * 0.2 + 0.02, contract.tariff(3, 0.5, 0.2), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> contract.tariff(1, 0.5, 0.2));
        assertThrows(IllegalArgumentException.class, () -> contract.utility(1.2, 0.5));
    }

    @Test
    void profitFromTransfersAndBuyerUtilityMatchVirtualSurplusAndRent() {
        // Transfers route (realised fees and bills) against the virtual-surplus route of AutoregressiveScreening.
        MonteCarloEstimate[] sim = contract.simulate(100_000, new SplittableRandom(3));
        DynamicSurplus exact = contract.model().accounts();
        assertTrue(sim[0].covers(exact.profit(), 4), sim[0] + " vs " + exact.profit());
        assertTrue(sim[1].covers(exact.consumerRent(), 4), sim[1] + " vs " + exact.consumerRent());
    }
}
