package org.mdlab.information;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AuctionDisclosureTest {

    @Test
    void criticalQuantileForThreeBiddersIsOneQuarter() {
        // n = 3: 6x = 1 + 2x gives x = 1/4.
        assertEquals(0.25, AuctionDisclosure.criticalQuantile(3), 1e-12);
        // n = 4: 12x² = 1 + 2x + 3x², 9x² - 2x - 1 = 0, x = (2 + √40)/18.
        assertEquals((2 + Math.sqrt(40)) / 18, AuctionDisclosure.criticalQuantile(4), 1e-12);
        assertEquals(0, AuctionDisclosure.criticalQuantile(2), 0);
    }

    @Test
    void revenueOptimalPolicyForUniformValuesAndThreeBiddersPoolsAboveOneQuarter() {
        // Upper censorship at 1/4 for U[0,1]: revenue ∫_0^{1/4} q·6q(1-q) dq + (5/8)·(3/4)²(1 + 2/4)
        // = 13/512 + 270/512 = 283/512 = 0.552734375. Cells of width 1/200: revealed cell means
        // differ from F⁻¹ by O(h²) in the objective.
        AuctionDisclosure problem = AuctionDisclosure.of(q -> q, 200, 3);
        double[] g = problem.solveRevenue().value().quantiles();
        assertEquals(283.0 / 512, problem.revenue(g), 1e-5);
        assertEquals(0.25, problem.poolingQuantile(g), 1.0 / 200);
    }

    @Test
    void revenueOptimumBeatsFullAndNoDisclosure() {
        // full disclosure: E[second highest of n uniforms] = (n-1)/(n+1); no disclosure: E[v] = 1/2.
        for (int n = 3; n <= 6; n++) {
            AuctionDisclosure problem = AuctionDisclosure.of(q -> q, 100, n);
            double full = problem.revenue(problem.priorQuantiles());
            assertEquals((n - 1.0) / (n + 1), full, 1e-4);
            double best = problem.revenue(problem.solveRevenue().value().quantiles());
            assertTrue(best >= full - 1e-9 && best >= 0.5 - 1e-9);
            assertEquals(AuctionDisclosure.criticalQuantile(n),
                    problem.poolingQuantile(problem.solveRevenue().value().quantiles()), 0.011);
        }
    }

    @Test
    void twoBiddersArePooledCompletely() {
        // n = 2: revenue E[min] is maximised by no disclosure, both bid the mean 1/2.
        AuctionDisclosure problem = AuctionDisclosure.of(q -> q, 50, 2);
        assertEquals(0.5, problem.revenue(problem.solveRevenue().value().quantiles()), 1e-9);
    }

    @Test
    void bidderOptimalPolicyGivesBiddersAtLeastFullDisclosureSurplus() {
        // full disclosure bidder surplus for U[0,1]: n/(n+1) - (n-1)/(n+1) = 1/(n+1).
        AuctionDisclosure problem = AuctionDisclosure.of(q -> q, 100, 4);
        double full = problem.bidderSurplus(problem.priorQuantiles());
        assertEquals(0.2, full, 1e-4);
        assertTrue(problem.bidderSurplus(problem.solveBidderSurplus().value().quantiles()) >= full - 1e-9);
    }

    @Test
    void bottomPoolAtOneHalfForThreeUniformBiddersMatchesItsClosedForm() {
        // U[0,1], n = 3, pool [0, 1/2] at its mean 1/4, reveal above. With s(q) = 3q² - 6q(1 - q) = 9q² - 6q:
        // bidder surplus (1/4)∫_0^{1/2} s + ∫_{1/2}^1 q s = (1/4)(-3/8) + 23/64 = 17/64; with w(q) = 6q(1 - q):
        // revenue (1/4)∫_0^{1/2} w + ∫_{1/2}^1 q w = (1/4)(1/2) + 11/32 = 15/32. The pooled part is exact on cells
        // (a linear F⁻¹ averages exactly); each revealed cell of width h errs by at most h³ sup|f'|/12, so the
        // total by h² sup|f'|/12: sup|s'| = 12 gives h², sup|w'| = 6 gives h²/2.
        int cells = 200;
        double h = 1.0 / cells;
        AuctionDisclosure problem = AuctionDisclosure.of(q -> q, cells, 3);
        DisclosurePolicy pool = problem.bottomPool(cells / 2);
        assertEquals(17.0 / 64, problem.value(AuctionDisclosure.Objective.BIDDER_SURPLUS, pool), h * h);
        assertEquals(15.0 / 32, problem.value(AuctionDisclosure.Objective.REVENUE, pool), h * h / 2);
        assertEquals(0.5, problem.bottomPoolingQuantile(pool.quantiles()), 1e-12);
    }

    @Test
    void topPoolAtTheCriticalQuantileEarnsTheUpperCensorshipRevenue() {
        // U[0,1], n = 3, pool [1/4, 1] at 5/8: 13/512 + 270/512 = 283/512 (see above); the top pool of 150 of
        // 200 cells starts exactly at 1/4, so only the revealed cells err, by at most h² sup|w'|/12 = h²/2.
        int cells = 200;
        double h = 1.0 / cells;
        AuctionDisclosure problem = AuctionDisclosure.of(q -> q, cells, 3);
        DisclosurePolicy pool = problem.topPool(150);
        assertEquals(283.0 / 512, problem.value(AuctionDisclosure.Objective.REVENUE, pool), h * h / 2);
        assertEquals(0.25, problem.poolingQuantile(pool.quantiles()), 1e-12);
    }

    @Test
    void poolsAreMeanPreservingAndSpanFullToNoDisclosure() {
        // Pooling replaces cells by their mean, so the sum over cells (N times the prior mean) is unchanged.
        AuctionDisclosure problem = AuctionDisclosure.of(q -> q * q, 30, 4);
        double[] prior = problem.priorQuantiles();
        double total = Arrays.stream(prior).sum();
        for (int k = 0; k <= 30; k++) {
            assertEquals(total, Arrays.stream(problem.bottomPool(k).quantiles()).sum(), 1e-12);
            assertEquals(total, Arrays.stream(problem.topPool(k).quantiles()).sum(), 1e-12);
        }
        assertArrayEquals(prior, problem.bottomPool(1).quantiles(), 0);
        assertArrayEquals(prior, problem.topPool(0).quantiles(), 0);
        double[] none = problem.bottomPool(30).quantiles();
        for (double g : none) {
            assertEquals(total / 30, g, 1e-12);
        }
    }

    @Test
    void bidderOptimalQuantileMaximisesTheContinuousBottomPoolSurplus() {
        // Independent route: U[0,1], bottom pool at x, S(x) = (x/2) n x^{n-1}(x - 1) + 1/(n+1) - n² x^{n+1}/(n+1)
        // + (n - 1) x^n (from ∫_0^x s = n x^{n-1}(x - 1) and ∫_x^1 q s = n²(1 - x^{n+1})/(n+1) - (n - 1)(1 - x^n)),
        // maximised by golden-section search; S is unimodal (its derivative changes sign once).
        for (int n = 3; n <= 8; n++) {
            int bidders = n;
            java.util.function.DoubleUnaryOperator surplus = x -> x / 2 * bidders * Math.pow(x, bidders - 1) * (x - 1)
                    + 1.0 / (bidders + 1) - (double) bidders * bidders * Math.pow(x, bidders + 1) / (bidders + 1)
                    + (bidders - 1) * Math.pow(x, bidders);
            double lo = 0;
            double hi = 1;
            double ratio = (Math.sqrt(5) - 1) / 2;
            for (int it = 0; it < 200; it++) {
                double a = hi - ratio * (hi - lo);
                double b = lo + ratio * (hi - lo);
                if (surplus.applyAsDouble(a) < surplus.applyAsDouble(b)) {
                    lo = a;
                } else {
                    hi = b;
                }
            }
            assertEquals((lo + hi) / 2, AuctionDisclosure.bidderOptimalQuantile(n), 1e-6);
        }
        assertEquals(0, AuctionDisclosure.bidderOptimalQuantile(2), 0);
    }

    @Test
    void bestBottomPoolForBiddersIsTheLpOptimumAndPoolsUpToTheClosedForm() {
        // The LP over all mean-preserving contractions and the search over N + 1 bottom pools are independent
        // routes; their optima agree to the LP's tolerance, and the pool ends within one cell of (n - 2)/(n - 1)
        // for either prior (the threshold does not depend on F).
        int cells = 60;
        for (int n = 2; n <= 6; n++) {
            for (java.util.function.DoubleUnaryOperator prior : new java.util.function.DoubleUnaryOperator[] {q -> q, Math::sqrt}) {
                AuctionDisclosure problem = AuctionDisclosure.of(prior, cells, n);
                DisclosurePolicy pool = problem.bestBottomPool(AuctionDisclosure.Objective.BIDDER_SURPLUS);
                double lp = problem.bidderSurplus(problem.solveBidderSurplus().value().quantiles());
                assertEquals(lp, problem.value(AuctionDisclosure.Objective.BIDDER_SURPLUS, pool), 1e-7);
                assertEquals((n - 2.0) / (n - 1.0), problem.bottomPoolingQuantile(pool.quantiles()), 1.0 / cells + 1e-12);
            }
        }
    }

    @Test
    void bestTopPoolForRevenueIsTheLpOptimum() {
        // Theorem 1 of BHMSW: the revenue optimum is upper censorship; LP and search over top pools agree.
        int cells = 60;
        for (int n = 2; n <= 6; n++) {
            AuctionDisclosure problem = AuctionDisclosure.of(Math::sqrt, cells, n);
            DisclosurePolicy pool = problem.bestTopPool(AuctionDisclosure.Objective.REVENUE);
            double lp = problem.revenue(problem.solveRevenue().value().quantiles());
            assertEquals(lp, problem.value(AuctionDisclosure.Objective.REVENUE, pool), 1e-7);
            assertEquals(AuctionDisclosure.criticalQuantile(n), problem.poolingQuantile(pool.quantiles()), 1.0 / cells + 1e-12);
        }
    }

    @Test
    void badInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> AuctionDisclosure.of(q -> q, 1, 3));
        assertThrows(IllegalArgumentException.class, () -> AuctionDisclosure.of(q -> q, 10, 1));
        assertThrows(IllegalArgumentException.class, () -> AuctionDisclosure.of(q -> 1 - q, 10, 3));
        assertThrows(IllegalArgumentException.class, () -> AuctionDisclosure.criticalQuantile(1));
    }
}
