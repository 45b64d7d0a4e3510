package org.mdlab.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.mdlab.optimisation.Solution;
import org.mdlab.optimisation.Status;

class MultiplicativeContractLpTest {

    @Test
    void singleSignalExtractsTheWholeSurplusOnTheGrid() {
        // One signal θ = 2, ε ∈ {1, 2}, u = q - q²/2, c = 1/2: no ex-ante private information, so the seller
        // extracts E max_q (θ ε u(q) - c q) = E W(2ε, 1/2) = (1/2)(2.25/4 + 12.25/8) = 1.046875.
        // Optimal usage 1 - 1/(4ε) = 3/4 and 7/8 lie on the grid of step 1/8, so the LP attains it exactly.
        MultiplicativeDemand d = new MultiplicativeDemand(new double[] {2}, new double[] {1}, new double[] {1, 2},
                new double[] {0.5, 0.5}, ConcaveUsageValue.QUADRATIC, 0.5);
        Solution<Double> lp = MultiplicativeContractLp.solve(d, 8, 1);
        assertEquals(Status.OPTIMAL, lp.status());
        assertEquals(1.046875, lp.value(), 1e-7);
    }

    @Test
    void handExampleLpLiesBetweenTheTariffsAndTheRelaxedBound() {
        // The best two-part tariffs earn 1.05078125 with usage (5/8, 13/16) and (5/6, 11/12)
        // (TwoPartTariffMenuTest); the LP's grid of step 1/48 contains that usage, and the tariffs are a
        // feasible deterministic mechanism on it, so 1.05078125 <= LP <= relaxed bound 1.0625.
        Solution<Double> lp = MultiplicativeContractLp.solve(MultiplicativeInstances.HAND, 48, 1);
        double profit = lp.value();
        assertTrue(profit >= 1.05078125 - 1e-7 && profit <= 1.0625 + 1e-7, "LP profit " + profit);
    }

    @Property(tries = 8)
    void lpNeverBeatsTheRelaxedBound(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        MultiplicativeDemand d = MultiplicativeInstances.random(seed);
        if (d.usageValue() == ConcaveUsageValue.QUADRATIC && d.shocks().length <= 6) {
            double profit = MultiplicativeContractLp.solve(d, 20, 1).value();
            assertTrue(profit <= d.relaxedBound() + 1e-7, profit + " > " + d.relaxedBound());
        }
    }
}
