package org.mdlab.cloud;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.mdlab.optimisation.Solution;
import org.mdlab.optimisation.SolverOptions;
import org.mdlab.optimisation.Status;

class TwoPartTariffMenuTest {

    private static final MultiplicativeDemand HAND = MultiplicativeInstances.HAND;

    @Test
    void handExamplePricesFeesAndProfit() {
        // θ = (2, 3), θ̃ = (1, 3), c = 1/2: p = c θ/θ̃ = (1, 1/2). W(s, p) = (s - p)²/(2s).
        // F_1 = E W(2ε, 1) = (1/2)(1/4 + 9/8) = 0.6875.
        // U_2 = E W(3ε, 1) - F_1 = (1/2)(4/6 + 25/12) - 0.6875 = 1.375 - 0.6875 = 0.6875.
        // F_2 = E W(3ε, 1/2) - U_2 = (1/2)(6.25/6 + 30.25/12) - 0.6875 = 1.78125 - 0.6875 = 1.09375.
        // E q_1 = (1/2)(1/2 + 3/4) = 0.625, so profit = (1/2)(0.6875 + (1 - 1/2) 0.625) + (1/2) 1.09375 = 1.046875.
        TwoPartTariffMenu menu = TwoPartTariffMenu.relaxedOptimum(HAND);
        assertArrayEquals(new double[] {1, 0.5}, menu.unitPrices(), 1e-12);
        assertArrayEquals(new double[] {0.6875, 1.09375}, menu.fees(), 1e-12);
        assertEquals(1.046875, menu.profit(HAND), 1e-12);
    }

    @Test
    void handExampleFallsShortOfTheRelaxedBoundByOneSixtyFourth() {
        // Gap = (1 - G_1) E[W(3ε, 1) - W(2ε, 1) - ε u(q(2ε, 1))]: the deviator re-optimises usage.
        // ε = 1: 2/3 - 1/4 - u(1/2) = 5/12 - 3/8 = 1/24; ε = 2: 25/12 - 9/8 - 2 u(3/4) = 23/24 - 15/16 = 1/48.
        // (1/2)(1/2)(1/24 + 1/48) = 1/64 = 1.0625 - 1.046875.
        assertEquals(1.0 / 64, HAND.relaxedBound() - TwoPartTariffMenu.relaxedOptimum(HAND).profit(HAND), 1e-12);
    }

    @Test
    void handExampleBuyersChooseTheirOwnTariffAndTheRelaxedUsage() {
        // Usage q(θ_i ε, p_i): signal 1 (1/2, 3/4), signal 2 1 - 1/(6ε) = (5/6, 11/12).
        TwoPartTariffMenu menu = TwoPartTariffMenu.relaxedOptimum(HAND);
        assertEquals(0, menu.choice(HAND, 0));
        assertEquals(1, menu.choice(HAND, 1));
        assertEquals(0.5, menu.usage(HAND, 0, 0), 1e-12);
        assertEquals(0.75, menu.usage(HAND, 0, 1), 1e-12);
        assertEquals(5.0 / 6, menu.usage(HAND, 1, 0), 1e-12);
        assertEquals(11.0 / 12, menu.usage(HAND, 1, 1), 1e-12);
    }

    @Test
    void bestTwoPartTariffsOfTheHandExampleExcludeNothingAndPriceTheLowSignalAtThreeQuarters() {
        // With p_2 = c = 1/2 and binding fees, profit(p_1) = E W(2ε, p_1) + (1/2)(p_1 - 1/2) E q(2ε, p_1)
        // + (1/2)(E W(3ε, 1/2) - E W(3ε, p_1)); E q(2ε, p) = 1 - 3p/8, E q(3ε, p) = 1 - p/4, so
        // profit'(p) = -(1/2)(1 - 3p/8) - (3/16)(p - 1/2) + (1/2)(1 - p/4) = 3/32 - p/8 = 0 at p_1 = 3/4.
        // Profit = 0.85546875 + 0.08984375 + (1/2)(1.78125 - 1.5703125) = 1.05078125 > 1.046875 (relaxed prices).
        TwoPartTariffMenu best = TwoPartTariffMenu.optimisedPrices(HAND, SolverOptions.defaults().withIterationLimit(30)).payload().orElseThrow();
        assertEquals(0.75, best.unitPrices()[0], 1e-6);
        assertEquals(0.5, best.unitPrices()[1], 1e-6);
        assertEquals(1.05078125, best.profit(HAND), 1e-9);
    }

    @Property(tries = 30)
    void optimisedPricesAreIcAndNeverWorseThanTheRelaxedPrices(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        // Coordinate ascent starts at the relaxed prices and keeps only improving moves, so the optimised menu
        // earns at least the relaxed-price menu; binding fees with falling prices keep it IC and IR.
        MultiplicativeDemand d = MultiplicativeInstances.random(seed);
        TwoPartTariffMenu best = TwoPartTariffMenu.optimisedPrices(d, SolverOptions.defaults().withIterationLimit(40)).payload().orElseThrow();
        assertTrue(best.maxIcViolation(d) <= 1e-9 && best.maxIrViolation(d) <= 1e-9);
        assertTrue(best.profit(d) >= TwoPartTariffMenu.relaxedOptimum(d).profit(d) - 1e-6,
                best.profit(d) + " < " + TwoPartTariffMenu.relaxedOptimum(d).profit(d));
        assertTrue(best.profit(d) <= d.relaxedBound() + 1e-9);
    }

    @Test
    void priceSearchStopsAtAFixedPointOrReportsTheIterationLimit() {
        // On the hand example the relaxed prices earn 1.046875 < 1.05078125 (the best menu above), so the first
        // sweep moves a price and one sweep cannot certify a fixed point (ITERATION_LIMIT, with the last
        // menu), while 30 sweeps reach one (OPTIMAL).
        Solution<TwoPartTariffMenu> one = TwoPartTariffMenu.optimisedPrices(HAND, SolverOptions.defaults().withIterationLimit(1));
        assertEquals(Status.ITERATION_LIMIT, one.status());
        assertTrue(one.payload().isPresent());
        Solution<TwoPartTariffMenu> many = TwoPartTariffMenu.optimisedPrices(HAND, SolverOptions.defaults().withIterationLimit(30));
        assertEquals(Status.OPTIMAL, many.status());
        assertTrue(many.diagnostics().iterations() < 30);
    }

    @Test
    void priceSearchObservesCancellation() {
        SolverOptions cancelled = SolverOptions.defaults().withCancellation(() -> true);
        assertThrows(CancellationException.class, () -> TwoPartTariffMenu.optimisedPrices(HAND, cancelled));
    }

    @Test
    void lowerEnvelopeIsTheCheaperTariff() {
        // F_1 + q = F_2 + q/2 at q = 2 (F_2 - F_1) = 0.8125: below it the low tariff is cheaper.
        TwoPartTariffMenu menu = TwoPartTariffMenu.relaxedOptimum(HAND);
        assertEquals(0.6875 + 0.5, menu.lowerEnvelope(0.5), 1e-12);
        assertEquals(1.09375 + 0.5, menu.lowerEnvelope(1), 1e-12);
    }

    @Test
    void rejectsExcludedSignalsAndFallingDiscountRatios() {
        // θ = (2, 3), g = (1/4, 3/4): θ̃_1 = 2 - 3 · 1 = -1.
        MultiplicativeDemand excluded = new MultiplicativeDemand(new double[] {2, 3}, new double[] {0.25, 0.75},
                new double[] {1}, new double[] {1}, ConcaveUsageValue.QUADRATIC, 0.5);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> TwoPartTariffMenu.relaxedOptimum(excluded));
        assertTrue(e.getMessage().contains("virtual signal must be > 0"), e.getMessage());
        // θ = (2, 2.2, 3), g = (1/2, 1/4, 1/4): θ̃/θ = (1 - 0.1, 1 - 0.8/2.2, 1) = (0.9, 0.636, 1), falls.
        MultiplicativeDemand nonMonotone = new MultiplicativeDemand(new double[] {2, 2.2, 3}, new double[] {0.5, 0.25, 0.25},
                new double[] {1}, new double[] {1}, ConcaveUsageValue.QUADRATIC, 0.5);
        e = assertThrows(IllegalArgumentException.class, () -> TwoPartTariffMenu.relaxedOptimum(nonMonotone));
        assertTrue(e.getMessage().contains("ironing needed"), e.getMessage());
    }

    @Test
    void auditsRequireOneContractPerSignal() {
        TwoPartTariffMenu single = new TwoPartTariffMenu(new double[] {0}, new double[] {1});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> single.maxIcViolation(HAND));
        assertTrue(e.getMessage().contains("one contract per signal"), e.getMessage());
    }

    @Test
    void logarithmicUsageHandExample() {
        // θ = (2, 3), g = (1/2, 1/2), ε = 1, u = ln(1 + q), c = 1/2: θ̃ = (1, 3), p = (1, 1/2).
        // W(s, p) = s ln(s/p) - s + p. F_1 = W(2, 1) = 2 ln 2 - 1.
        // F_2 = F_1 + W(3, 1/2) - W(3, 1) = F_1 + (3 ln 6 - 2.5) - (3 ln 3 - 2) = F_1 + 3 ln 2 - 1/2.
        // Usage q = s/p - 1: signal 1 uses 1, signal 2 uses 5 = q(θ̃_2, c) = 3/(1/2) - 1.
        MultiplicativeDemand d = new MultiplicativeDemand(new double[] {2, 3}, new double[] {0.5, 0.5}, new double[] {1},
                new double[] {1}, ConcaveUsageValue.LOGARITHMIC, 0.5);
        TwoPartTariffMenu menu = TwoPartTariffMenu.relaxedOptimum(d);
        double f1 = 2 * Math.log(2) - 1;
        assertArrayEquals(new double[] {f1, f1 + 3 * Math.log(2) - 0.5}, menu.fees(), 1e-12);
        assertEquals(1, menu.usage(d, 0, 0), 1e-12);
        assertEquals(5, menu.usage(d, 1, 0), 1e-12);
    }

    @Property(tries = 60)
    void eachSignalPicksItsOwnTariffAndUsesTheRelaxedUsage(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        MultiplicativeDemand d = MultiplicativeInstances.random(seed);
        TwoPartTariffMenu menu = TwoPartTariffMenu.relaxedOptimum(d);
        for (int i = 0; i < d.signalCount(); i++) {
            // A signal may be indifferent between its own tariff and another that gives it the same outcome
            // (an excluded signal buys nothing at either, e.g. seed 1498): what must hold is that the chosen
            // tariff is outcome-equivalent to its own — same surplus, same profit — not that the index is i.
            int j = menu.choice(d, i);
            double scale = 1 + Math.abs(menu.sellerProfit(d, i, i));
            assertEquals(menu.exAnteSurplus(d, i, i), menu.exAnteSurplus(d, i, j), 1e-9 * scale, "signal " + i + " surplus");
            assertEquals(menu.sellerProfit(d, i, i), menu.sellerProfit(d, i, j), 1e-9 * scale, "signal " + i + " profit");
            for (int k = 0; k < d.shocks().length; k++) {
                assertEquals(d.relaxedUsage(i, k), menu.usage(d, i, k), 1e-9, "signal " + i + ", shock " + k);
            }
        }
    }

    @Test
    void anExcludedSignalIndifferentBetweenTwoTariffsStillGetsItsOutcome() {
        // seed 1498: signal 1 is excluded (zero surplus and profit at tariffs 0 and 1) and picks tariff 0
        eachSignalPicksItsOwnTariffAndUsesTheRelaxedUsage(1498);
    }

    @Property(tries = 60)
    void menuIsGloballyIcAndIrWithReoptimisedUsage(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        MultiplicativeDemand d = MultiplicativeInstances.random(seed);
        TwoPartTariffMenu menu = TwoPartTariffMenu.relaxedOptimum(d);
        assertTrue(menu.maxIcViolation(d) <= 1e-9, "IC " + menu.maxIcViolation(d));
        assertTrue(menu.maxIrViolation(d) <= 1e-9, "IR " + menu.maxIrViolation(d));
    }

    @Property(tries = 60)
    void profitNeverExceedsTheRelaxedBoundAndFeesRiseAsPricesFall(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        // The relaxed bound is an upper bound on every mechanism; the fee increments
        // E W(θ_{i+1} ε, p_{i+1}) - E W(θ_{i+1} ε, p_i) are >= 0 because W falls in the price.
        MultiplicativeDemand d = MultiplicativeInstances.random(seed);
        TwoPartTariffMenu menu = TwoPartTariffMenu.relaxedOptimum(d);
        assertTrue(menu.profit(d) <= d.relaxedBound() + 1e-9, menu.profit(d) + " > " + d.relaxedBound());
        double[] f = menu.fees();
        double[] p = menu.unitPrices();
        for (int i = 1; i < f.length; i++) {
            assertTrue(p[i] <= p[i - 1] + 1e-12 && f[i] >= f[i - 1] - 1e-12, "signal " + i);
        }
    }

    @Property(tries = 40)
    void gapIsTheExpectedExcessOfTheReoptimisingDeviatorsRent(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        // Independent computation: gap = Σ_i (1 - G_i) E[W(θ_{i+1} ε, p_i) - W(θ_i ε, p_i) - Δθ_i ε u(q(θ_i ε, p_i))].
        MultiplicativeDemand d = MultiplicativeInstances.random(seed);
        TwoPartTariffMenu menu = TwoPartTariffMenu.relaxedOptimum(d);
        double[] theta = d.signals();
        double[] g = d.signalProbabilities();
        double[] e = d.shocks();
        double[] h = d.shockProbabilities();
        double[] p = menu.unitPrices();
        ConcaveUsageValue u = d.usageValue();
        double gap = 0;
        double cumulative = 0;
        for (int i = 0; i < theta.length - 1; i++) {
            cumulative += g[i];
            for (int k = 0; k < e.length; k++) {
                double excess = u.surplus(theta[i + 1] * e[k], p[i]) - u.surplus(theta[i] * e[k], p[i])
                        - (theta[i + 1] - theta[i]) * e[k] * u.value(u.demand(theta[i] * e[k], p[i]));
                assertTrue(excess >= -1e-12, "excess rent must be >= 0 by convexity of W");
                gap += (1 - cumulative) * h[k] * excess;
            }
        }
        assertEquals(gap, d.relaxedBound() - menu.profit(d), 1e-9);
    }

    /** I signals evenly spaced on [1, 1.5], equally likely; ε uniform on [0.5, 1.5] (6 cells); quadratic u; c = 0.4. */
    private static MultiplicativeDemand evenSignals(int count) {
        double[] theta = new double[count];
        double[] g = new double[count];
        for (int i = 0; i < count; i++) {
            theta[i] = 1 + 0.5 * i / (count - 1);
            g[i] = 1.0 / count;
        }
        return MultiplicativeDemand.uniformShocks(theta, g, 0.5, 1.5, 6, ConcaveUsageValue.QUADRATIC, 0.4);
    }

    /**
     * The second-order prediction of the gap: gap = Σ_i (1 - G_i) E ∫_{θ_i ε}^{θ_{i+1} ε} [u(q(s, p_i)) - u(q(θ_i ε, p_i))] ds
     * and, expanding to first order in s, the integrand is (s - θ_i ε) ∂_s u(q(s, p_i)), so each term is
     * (Δ²/2) E[ε² ∂_s u(q(θ_i ε, p_i))] + O(Δ³). Quadratic u: q = 1 - p/s, ∂_s u(q(s, p)) = u'(q) ∂q/∂s = (p/s)(p/s²) = p²/s³
     * for s > p, 0 below.
     */
    private static double secondOrderGap(MultiplicativeDemand d, double[] prices) {
        double[] theta = d.signals();
        double[] g = d.signalProbabilities();
        double[] e = d.shocks();
        double[] h = d.shockProbabilities();
        double cumulative = 0;
        double sum = 0;
        for (int i = 0; i < theta.length - 1; i++) {
            cumulative += g[i];
            double step = theta[i + 1] - theta[i];
            for (int k = 0; k < e.length; k++) {
                double s = theta[i] * e[k];
                double slope = s > prices[i] ? prices[i] * prices[i] / (s * s * s) : 0;
                sum += (1 - cumulative) * h[k] * step * step / 2 * e[k] * e[k] * slope;
            }
        }
        return sum;
    }

    @Test
    void gapToTheRelaxedBoundVanishesLinearlyInTheSignalStep() {
        // Derived rate: each of the I - 1 terms is O(Δ²) (envelope theorem: the deviator's re-optimisation gain is second
        // order), the weights 1 - G_i = (I - i)/I sum to (I - 1)/2, and Δ = 0.5/(I - 1): gap ≈ C (I - 1) Δ² / 2 ∝ Δ.
        // Least-squares slope of log gap on log Δ over I = 8, 16, 32, 64 must be 1 within 0.05; the measured gap must match
        // the second-order prediction within 5% at I = 64 (relative error O(Δ) from the kink of q at s = p).
        int[] counts = {8, 16, 32, 64};
        double[] x = new double[counts.length];
        double[] y = new double[counts.length];
        double ratio = 0;
        for (int n = 0; n < counts.length; n++) {
            MultiplicativeDemand d = evenSignals(counts[n]);
            TwoPartTariffMenu menu = TwoPartTariffMenu.relaxedOptimum(d);
            double gap = d.relaxedBound() - menu.profit(d);
            x[n] = Math.log(0.5 / (counts[n] - 1));
            y[n] = Math.log(gap);
            ratio = gap / secondOrderGap(d, menu.unitPrices());
        }
        double mx = java.util.Arrays.stream(x).average().orElseThrow();
        double my = java.util.Arrays.stream(y).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        for (int n = 0; n < x.length; n++) {
            sxy += (x[n] - mx) * (y[n] - my);
            sxx += (x[n] - mx) * (x[n] - mx);
        }
        assertEquals(1, sxy / sxx, 0.05);
        assertEquals(1, ratio, 0.05);
    }
}
