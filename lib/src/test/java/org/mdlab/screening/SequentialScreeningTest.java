package org.mdlab.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mdlab.optimisation.Solution;
import org.mdlab.optimisation.Status;

class SequentialScreeningTest {

    // Ex-ante types L (α = 0.4), values U[0,1], and H (α = 0.6), values U[1/2, 1].
    // Courty-Li: H is served efficiently; L consumes iff α_L v f_L(v) >= α_H (F_L(v) - F_H(v)).
    // For v >= 1/2, F_L - F_H = v - (2v - 1) = 1 - v, so v >= 1.5 (1 - v): strike k = 0.6;
    // below 1/2, F_L - F_H = v and 0.4 v < 0.6 v, so L does not consume.
    // Revenue = α_H E_H[v] + α_L ∫_k^1 v dv - α_H ∫_k^1 (1 - v) dv = 0.45 + 0.128 - 0.048 = 0.53.
    // Posted price to the mixture, 1 - F(p) = 1.6 (1 - p) on [1/2, 1]: best p = 1/2, revenue 0.4.
    // Full extraction: 0.4 · 1/2 + 0.6 · 3/4 = 0.65.
    private static final SequentialScreening PROBLEM = SequentialScreening.discretised(0, 1, 201,
            new double[] {0.4, 0.6}, SequentialScreening.uniformCdf(0, 1), SequentialScreening.uniformCdf(0.5, 1));
    private static final Solution<SequentialMenu> SOLVED = PROBLEM.solve();

    @Test
    void lpRevenueApproachesTheCourtyLiClosedForm() {
        Solution<SequentialMenu> r = SOLVED;
        assertEquals(Status.OPTIMAL, r.status());
        // grid h = 1/200: cell masses shift values by at most h/2, so revenue within 0.005.
        assertEquals(0.53, r.value().revenue(), 0.005);
    }

    @Test
    void lowTypeContractHasTheClosedFormStrike() {
        SequentialMenu m = SOLVED.value();
        double[] v = PROBLEM.values();
        double[] x = m.allocation()[0];
        int first = 0;
        while (x[first] < 0.5) {
            first++;
        }
        assertEquals(0.6, v[first], 0.011);
        assertEquals(0.6, m.refund(0), 0.011);
        assertEquals(1, m.allocation()[1][v.length - 1], 1e-9);
    }

    @Test
    void computedMechanismIsIncentiveCompatibleAndIndividuallyRational() {
        assertTrue(SOLVED.value().audit().violation() < 1e-7);
    }

    @Test
    void benchmarksBracketTheOptimum() {
        assertEquals(0.4, PROBLEM.postedPriceProfit(), 0.005);
        assertEquals(0.65, PROBLEM.firstBestProfit(), 1e-9);
        double revenue = SOLVED.value().revenue();
        assertTrue(PROBLEM.postedPriceProfit() <= revenue && revenue <= PROBLEM.firstBestProfit());
    }

    @Test
    void withAUnitCostTheStrikeRisesAndProfitMatchesTheClosedForm() {
        // Cost c = 0.2: H consumes iff v ≥ c (always on [1/2, 1]); L iff α_L (v - c) ≥ α_H (1 - v) on [1/2, 1]:
        // strike k = α_H + α_L c = 0.68. Profit = α_H (3/4 - c) + α_L [(1 - k²)/2 - c (1 - k)] - α_H (1 - k)²/2
        // = 0.33 + 0.08192 - 0.03072 = 0.3812 (grid h = 1/200: within 0.005 as above).
        SequentialScreening costly = PROBLEM.withCost(0.2);
        SequentialMenu m = costly.solve().value();
        assertEquals(0.3812, m.profit(), 0.005);
        assertEquals(0.68, m.refund(0), 0.011);
        assertTrue(m.audit().violation() < 1e-7);
    }

    @Test
    void firstBestSellsOnlyAboveCostAndEqualsTheLpWithoutPrivateInformationAtContracting() {
        // Closed form: α_L ∫_c^1 (v - c) dv + α_H ∫_{1/2}^1 2(v - c) dv = 0.4·0.32 + 0.6·0.55 = 0.458 at c = 0.2, not
        // Σα E[v] = 0.65 (selling with certainty) nor 0.65 - c = 0.45; the kink at c costs O(h²) on the midpoint cells.
        SequentialScreening costly = PROBLEM.withCost(0.2);
        assertEquals(0.458, costly.firstBestProfit(), 1e-4);
        // Independent algorithm: with one ex-ante type (no private information at contracting) the LP extracts the first best.
        SequentialScreening informed = SequentialScreening.discretised(0, 1, 201, new double[] {1},
                SequentialScreening.uniformCdf(0, 1)).withCost(0.3);
        assertEquals(informed.firstBestProfit(), informed.solve().value().profit(), 1e-7);
        assertEquals(0.49 / 2, informed.firstBestProfit(), 1e-4);
    }

    @Test
    void negativeCostIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> PROBLEM.withCost(-0.1));
        assertThrows(IllegalArgumentException.class, () -> PROBLEM.withCost(Double.NaN));
    }

    @Test
    void identicalTypesAllowFullExtraction() {
        // without private ex-ante information the seller extracts E[v] = 1/2 (Courty-Li, Section 3).
        SequentialScreening same = SequentialScreening.discretised(0, 1, 51, new double[] {0.5, 0.5},
                SequentialScreening.uniformCdf(0, 1), SequentialScreening.uniformCdf(0, 1));
        assertEquals(0.5, same.solve().value().revenue(), 1e-7);
    }

    @Test
    void nonDistributionsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new SequentialScreening(new double[] {0.5, 0.4},
                new double[] {0, 1}, new double[][] {{0.5, 0.5}, {0.5, 0.5}}));
        assertThrows(IllegalArgumentException.class, () -> new SequentialScreening(new double[] {1},
                new double[] {0, 1}, new double[][] {{0.5, 0.6}}));
        assertThrows(IllegalArgumentException.class, () -> new SequentialScreening(new double[] {1},
                new double[] {1, 0}, new double[][] {{0.5, 0.5}}));
    }
}
