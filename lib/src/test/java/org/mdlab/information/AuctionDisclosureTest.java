package org.mdlab.information;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void badInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> AuctionDisclosure.of(q -> q, 1, 3));
        assertThrows(IllegalArgumentException.class, () -> AuctionDisclosure.of(q -> q, 10, 1));
        assertThrows(IllegalArgumentException.class, () -> AuctionDisclosure.of(q -> 1 - q, 10, 3));
        assertThrows(IllegalArgumentException.class, () -> AuctionDisclosure.criticalQuantile(1));
    }
}
