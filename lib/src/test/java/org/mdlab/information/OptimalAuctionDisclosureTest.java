package org.mdlab.information;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.mdlab.market.ValueDistribution;
import org.mdlab.optimisation.SolverOptions;

class OptimalAuctionDisclosureTest {

    /**
     * Roesler–Szentes for U[0,1], derived independently: ∫_0^x G = x − p − p ln(x/p) must stay below
     * ∫_0^x F = x²/2; the gap is largest where G = F, 1 − p/x = x, at x = (1 + √(1 − 4p))/2, and the optimal
     * p makes that largest gap zero. Solved here by bisection on that scalar equation.
     */
    private static double uniformPrice() {
        double lo = 0.1;
        double hi = 0.25;
        for (int i = 0; i < 200; i++) {
            double p = (lo + hi) / 2;
            double x = (1 + Math.sqrt(1 - 4 * p)) / 2;
            double gap = x - p - p * Math.log(x / p) - x * x / 2;
            if (gap > 0) {
                lo = p;
            } else {
                hi = p;
            }
        }
        return (lo + hi) / 2;
    }

    @Test
    void buyerOptimalSignalForUniformValuesSolvesTheTangencyEquation() {
        double p = uniformPrice();
        BuyerOptimalSignal s = BuyerOptimalSignal.solve(ValueDistribution.uniform(0, 1), 20_001, 1e-8,
                SolverOptions.defaults()).value();
        // grid error O(h²) = 2.5e-9 in the integrals, bracket 1e-8: price within 1e-6.
        assertEquals(p, s.price(), 1e-6);
        assertEquals(0.5, s.mean(), 1e-6);
        assertEquals(0.5 - p, s.buyerSurplus(), 1e-6);
        assertTrue(s.top() <= 1);
    }

    @Test
    void oneBidderLpConvergesToTheRoeslerSzentesPrice() {
        // The LP on N cells of the prior's cell means is a restriction (cell means contract F), so its
        // price is at least the continuous one and the gap shrinks with N.
        double p = uniformPrice();
        double coarse = OptimalAuctionDisclosure.of(q -> q, 20, 1).solve(SolverOptions.defaults()).value().reserve();
        double fine = OptimalAuctionDisclosure.of(q -> q, 60, 1).solve(SolverOptions.defaults()).value().reserve();
        assertTrue(coarse >= p - 1e-9 && fine >= p - 1e-9);
        assertTrue(fine - p < coarse - p);
        assertEquals(p, fine, 0.01);
    }

    @Test
    void oneBidderLpPriceConvergesAtFirstOrder() {
        // Cell means lose the rent of one cell at the price: the LP price exceeds the tangency price by O(1/N).
        double p = uniformPrice();
        int[] sizes = {10, 20, 40};
        double[] errors = new double[sizes.length];
        for (int i = 0; i < sizes.length; i++) {
            errors[i] = OptimalAuctionDisclosure.of(q -> q, sizes[i], 1).solve(SolverOptions.defaults()).value().reserve() - p;
            assertTrue(errors[i] > 0);
        }
        double rate = Math.log(errors[0] / errors[2]) / Math.log(4);
        assertEquals(1, rate, 0.1);
    }

    @Test
    void auditAgreesWithTheProgramOnReserveRegularityAndSurplus() {
        for (int n = 2; n <= 4; n++) {
            OptimalAuctionPolicy policy = OptimalAuctionDisclosure.of(q -> q, 30, n).solve(SolverOptions.defaults()).value();
            OptimalAuctionAudit audit = OptimalAuctionAudit.ofQuantiles(policy.quantiles(), n);
            assertTrue(audit.regular());
            assertEquals(policy.reserve(), audit.reserve(), 1e-7);
            // the audit recomputes the second-price auction from merged values' order statistics
            assertEquals(policy.bidderSurplus(), audit.bidderSurplus(), 1e-7);
            assertEquals(policy.revenue(), audit.revenue(), 1e-7);
            assertTrue(audit.discreteRevenue() >= audit.revenue() - 1e-9);
        }
    }

    @Test
    void fullDisclosureOfUniformValuesMatchesOrderStatistics() {
        // U[0,1] with n bidders, reserve 1/2: revenue (n−1)/(n+1) + 2^{-n}·... computed by the audit on fine
        // cells against the closed form E[max(second, 1/2) 1{first ≥ 1/2}] = (n−1)/(n+1) − ∫_0^{1/2} ... ;
        // here only n = 2: revenue 5/12, welfare E[max 1{max ≥ 1/2}] = 2/3 − 2/3·(1/8) = 7/12. The reserve
        // cell's mean is 1/2 + h/2 and the cells are atoms, so the error is O(h): tolerance h = 1/400.
        OptimalAuctionDisclosure problem = OptimalAuctionDisclosure.of(q -> q, 400, 2);
        double[] f = problem.priorQuantiles();
        assertEquals(5.0 / 12, problem.revenue(f, 200), 1.0 / 400);
        assertEquals(7.0 / 12 - 5.0 / 12, problem.bidderSurplus(f, 200), 1.0 / 400);
    }

    @Property(tries = 5)
    void bidderOptimumBeatsFullAndNoDisclosure(@ForAll @IntRange(min = 1, max = 4) int n) {
        OptimalAuctionDisclosure problem = OptimalAuctionDisclosure.of(q -> q * q, 24, n);
        double best = problem.solve(SolverOptions.defaults()).value().bidderSurplus();
        OptimalAuctionAudit full = OptimalAuctionAudit.ofQuantiles(problem.priorQuantiles(), n);
        // no disclosure: every bidder's interim value is the mean 1/3; the seller charges it, surplus 0.
        assertTrue(best >= full.bidderSurplus() - 1e-9);
        assertTrue(best >= -1e-12);
    }

    @Property(tries = 4)
    void scaledPriorScalesSurplus(@ForAll @IntRange(min = -6, max = 6) int exponent) {
        double s = Math.pow(10, 2 * exponent);
        double base = OptimalAuctionDisclosure.of(q -> q, 16, 2).solve(SolverOptions.defaults()).value().bidderSurplus();
        double scaled = OptimalAuctionDisclosure.of(q -> s * q, 16, 2).solve(SolverOptions.defaults()).value().bidderSurplus();
        assertEquals(s * base, scaled, 1e-7 * s);
    }
}
