package org.mdlab.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class CommittedSpendMenuTest {

    private static final MultiplicativeDemand HAND = MultiplicativeInstances.HAND;

    @Test
    void coveringLowestUsageOnTheHandExample() {
        // Two-part tariffs (TwoPartTariffMenuTest): F = (0.6875, 1.09375), p = (1, 1/2). Quadratic u: q(s, p) = 1 - p/s.
        // Lowest usages: q(2·1, 1) = 1/2, q(3·1, 1/2) = 5/6; B = F + p m = (1.1875, 1.09375 + 5/12).
        CommittedSpendMenu menu = CommittedSpendMenu.coveringLowestUsage(HAND, TwoPartTariffMenu.relaxedOptimum(HAND));
        assertEquals(CommittedSpendContract.withUnitPrice(0.5, 1.1875, 1), menu.contracts().get(0));
        assertEquals(5.0 / 6, menu.contracts().get(1).commitment(), 1e-12);
        assertEquals(1.09375 + 5.0 / 12, menu.contracts().get(1).basePayment(), 1e-12);
        // Profit = two-part profit 1.046875 (TwoPartTariffMenuTest's closed form).
        assertEquals(1.046875, menu.profit(HAND), 1e-12);
    }

    @Test
    void commitmentAboveOnPathUsageBreaksTheEquivalence() {
        // m = (3/4, 11/12), the highest on-path usages. Signal 1 at ε = 1 would use 1/2 but units up to 3/4 are free:
        // it uses 3/4 and pays B_1 = 0.6875 + 3/4 = 1.4375 > F_1 + p_1/2 = 1.1875. Its surplus there:
        // 2 u(3/4) - 1.4375 = 0.9375 - 1.4375 = -0.5 against -0.4375 under the tariff; at ε = 2 it uses 3/4 either way.
        // U_1 = (0 - 0.0625)/2 = -1/32 (the two-part U_1 is 0): ex-ante IR fails by 1/32.
        TwoPartTariffMenu tariffs = TwoPartTariffMenu.relaxedOptimum(HAND);
        CommittedSpendMenu menu = CommittedSpendMenu.fromTwoPartTariffs(tariffs, new double[] {0.75, 11.0 / 12});
        assertEquals(0.75, menu.bestUsage(HAND, 0, 2), 1e-12);
        assertEquals(1.4375, menu.payment(0, menu.bestUsage(HAND, 0, 2)), 1e-12);
        assertEquals(1.0 / 32, menu.maxIrViolation(HAND), 1e-12);
    }

    @Test
    void paymentIsTheBaseUntilTheCommitmentThenTheMarginalPrice() {
        CommittedSpendMenu menu = new CommittedSpendMenu(List.of(CommittedSpendContract.withUnitPrice(0.5, 1, 2)));
        assertEquals(1, menu.payment(0, 0.25), 1e-12);
        assertEquals(2, menu.payment(0, 1), 1e-12);
    }

    @Test
    void rejectsAZeroMarginalPriceAndMismatchedCommitments() {
        assertThrows(IllegalArgumentException.class, () -> new CommittedSpendMenu(List.of(CommittedSpendContract.postedPrice(0))));
        assertThrows(IllegalArgumentException.class,
                () -> CommittedSpendMenu.fromTwoPartTariffs(TwoPartTariffMenu.relaxedOptimum(HAND), new double[] {0}));
    }

    @Property(tries = 60)
    void commitmentsCoveringOnPathUsageImplementTheTwoPartMenuExactly(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        // With m_i ≤ min_ε q(θ_i ε, p_i) and B_i = F_i + p_i m_i: T_i(q) = F_i + p_i q for q ≥ m_i, so on path usage,
        // payments and surplus agree; off path T_j(q) = F_j + p_j max(q, m_j) ≥ F_j + p_j q, so a deviation pays at most
        // its two-part payoff, exactly that for a higher signal (its usage under j is ≥ θ_j's ≥ m_j). Any commitment in
        // [0, m_i] works: take a seeded fraction of the largest one.
        MultiplicativeDemand d = MultiplicativeInstances.random(seed);
        TwoPartTariffMenu tariffs = TwoPartTariffMenu.relaxedOptimum(d);
        double[] p = tariffs.unitPrices();
        double fraction = new java.util.SplittableRandom(seed).nextDouble();
        double[] m = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            m[i] = fraction * Math.min(1, CommittedSpendMenu.lowestUsage(d, i, p[i]));
        }
        CommittedSpendMenu committed = CommittedSpendMenu.fromTwoPartTariffs(tariffs, m);
        for (int i = 0; i < p.length; i++) {
            assertEquals(tariffs.choice(d, i), committed.choice(d, i), "choice of signal " + i);
            for (int k = 0; k < d.shocks().length; k++) {
                double q = tariffs.usage(d, i, k);
                assertEquals(q, committed.usage(d, i, k), 1e-9);
                assertEquals(tariffs.payment(i, q), committed.paymentOnPath(d, i, k), 1e-9);
            }
            for (int j = 0; j < p.length; j++) {
                if (i >= j) {
                    assertEquals(tariffs.exAnteSurplus(d, i, j), committed.exAnteSurplus(d, i, j), 1e-9, "U(" + i + ", " + j + ")");
                } else {
                    assertTrue(committed.exAnteSurplus(d, i, j) <= tariffs.exAnteSurplus(d, i, j) + 1e-12);
                }
            }
        }
        assertEquals(tariffs.profit(d), committed.profit(d), 1e-9);
        assertTrue(committed.maxIcViolation(d) <= 1e-9 && committed.maxIrViolation(d) <= 1e-9);
    }

    @Property(tries = 60)
    void bestUsageBeatsAFineGrid(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        // Independent check of the kinked best response: brute force over q ∈ {0, 0.002, ..., 8}, with a commitment
        // (the whole unit interval) binding for low intensities.
        MultiplicativeDemand d = MultiplicativeInstances.random(seed);
        TwoPartTariffMenu tariffs = TwoPartTariffMenu.relaxedOptimum(d);
        double[] m = new double[d.signalCount()];
        java.util.Arrays.fill(m, 1);
        CommittedSpendMenu menu = CommittedSpendMenu.fromTwoPartTariffs(tariffs, m);
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
