package org.mdlab.cloud;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class CommittedSpendMenuTest {

    private static final MultiplicativeDemand HAND = MultiplicativeInstances.HAND;

    @Test
    void matchingExpectedSpendBreaksTheHandExample() {
        // Two-part tariffs (TwoPartTariffMenuTest): F = (0.6875, 1.09375), p = (1, 1/2), E q = (0.625, 0.875).
        // S = F + p E q = (1.3125, 1.53125); m = S/p = (1.3125, 3.0625) > satiation 1, so every buyer uses q = 1
        // and pays S. Surplus of θ from contract j: θ E[ε] u(1) - S_j = 0.75 θ - S_j.
        // Signal 2: 2.25 - 1.3125 = 0.9375 from contract 1 > 2.25 - 1.53125 = 0.71875 from its own: IC fails by 0.21875.
        // Both signals take contract 1: profit = 1.3125 - c · 1 = 0.8125.
        CommittedSpendMenu menu = CommittedSpendMenu.matchingExpectedSpend(HAND, TwoPartTariffMenu.relaxedOptimum(HAND));
        assertArrayEquals(new double[] {1.3125, 1.53125}, menu.commitments(), 1e-12);
        assertEquals(0, menu.choice(HAND, 1));
        assertEquals(1, menu.usage(HAND, 0, 0), 1e-12);
        assertEquals(0.21875, menu.maxIcViolation(HAND), 1e-12);
        assertEquals(0.8125, menu.profit(HAND), 1e-12);
    }

    @Test
    void paymentIsTheCommitmentUntilUsageSpendsIt() {
        CommittedSpendMenu menu = new CommittedSpendMenu(new double[] {1}, new double[] {2});
        assertEquals(1, menu.payment(0, 0.25), 1e-12);
        assertEquals(3, menu.payment(0, 1.5), 1e-12);
    }

    @Property(tries = 60)
    void zeroFeeTariffsAndNonBindingCommitmentsAreEquivalentOnPath(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        // The stated condition: F_j = 0 and S_j <= p_j min_ε q(θ ε, p_j). Take the optimal prices, zero fees and
        // S_j = p_j q(θ_j ε_1, p_j): every signal i >= j uses at least that much under contract j, so both contracts
        // charge p_j q and usage and surplus agree; a lower signal i < j may fall short of the commitment and then
        // pays more under committed spend, never less (max(S, p q) >= p q).
        MultiplicativeDemand d = MultiplicativeInstances.random(seed);
        double[] p = TwoPartTariffMenu.relaxedOptimum(d).unitPrices();
        double[] s = new double[p.length];
        for (int j = 0; j < p.length; j++) {
            s[j] = p[j] * d.usageValue().demand(d.signals()[j] * d.shocks()[0], p[j]);
        }
        TwoPartTariffMenu linear = new TwoPartTariffMenu(new double[p.length], p);
        CommittedSpendMenu committed = new CommittedSpendMenu(s, p);
        for (int i = 0; i < p.length; i++) {
            for (int j = 0; j < p.length; j++) {
                if (i >= j) {
                    assertEquals(linear.exAnteSurplus(d, i, j), committed.exAnteSurplus(d, i, j), 1e-9,
                            "surplus of signal " + i + " from contract " + j);
                    for (int k = 0; k < d.shocks().length; k++) {
                        double intensity = d.signals()[i] * d.shocks()[k];
                        assertEquals(d.usageValue().demand(intensity, p[j]), committed.bestUsage(d, j, intensity), 1e-9);
                    }
                } else {
                    assertTrue(committed.exAnteSurplus(d, i, j) <= linear.exAnteSurplus(d, i, j) + 1e-12);
                }
            }
        }
    }

    @Property(tries = 60)
    void bestUsageBeatsAFineGrid(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        // Independent check of the kinked best response: brute force over q ∈ {0, 0.002, ..., 8}.
        MultiplicativeDemand d = MultiplicativeInstances.random(seed);
        CommittedSpendMenu menu = CommittedSpendMenu.matchingExpectedSpend(d, TwoPartTariffMenu.relaxedOptimum(d));
        ConcaveUsageValue u = d.usageValue();
        double intensity = d.signals()[0] * d.shocks()[0];
        double q = menu.bestUsage(d, 0, intensity);
        double chosen = intensity * u.value(q) - menu.payment(0, q);
        for (int k = 0; k <= 4000; k++) {
            double x = Math.min(k * 0.002, u.satiation());
            assertTrue(chosen >= intensity * u.value(x) - menu.payment(0, x) - 1e-12, "usage " + x + " beats " + q);
        }
    }
}
