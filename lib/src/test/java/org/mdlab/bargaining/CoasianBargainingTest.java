package org.mdlab.bargaining;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.mdlab.optimisation.SolverOptions;

class CoasianBargainingTest {

    @Property(tries = 200)
    void stationaryCoefficientsSolveTheSellersFirstOrderConditionAndTheBuyersIndifference(
            @ForAll @DoubleRange(min = 0.001, max = 0.999) @net.jqwik.api.constraints.Scale(4) double discount) {
        // r is the root in (0, 1) of δr² − 2r + 1 = 0 (FOC with the envelope condition); the marginal buyer k' = r k
        // is indifferent: k' − γk = δ(k' − γk'), i.e. γ = (1 − δ) r / (1 − δ r)
        CoasianBargaining game = CoasianBargaining.uniform(discount);
        double r = game.cutoffRatio();
        assertEquals(0, discount * r * r - 2 * r + 1, 1e-12);
        assertEquals((1 - discount) * r / (1 - discount * r), game.priceCoefficient(), 1e-12);
    }

    @Test
    void oneAndTwoPeriodGamesMatchHandComputation() {
        // T = 1: static monopoly on U[0, 1], price 1/2, revenue 1/4. T = 2 at δ = 1/2: c = 1 − δ + δ/2 = 3/4,
        // r = c / (2(c − δ/4)) = 0.75 / (2 · 0.625) = 0.6, γ = c r = 0.45
        CoasianBargaining game = CoasianBargaining.uniform(0.5);
        HorizonPricing one = game.backwardInduction(1).value();
        assertEquals(0.5, one.openingPrice(), 1e-15);
        assertEquals(0.25, one.revenue(), 1e-15);
        assertEquals(0.45, game.backwardInduction(2).value().openingPrice(), 1e-15);
    }

    @Property(tries = 60)
    void longHorizonBackwardInductionReachesTheStationaryEquilibrium(
            @ForAll @DoubleRange(min = 0.01, max = 0.99) double discount) {
        CoasianBargaining game = CoasianBargaining.uniform(discount);
        HorizonPricing pricing = game.backwardInduction(20_000).value();
        assertEquals(game.openingPrice(), pricing.openingPrice(), 1e-10);
        assertEquals(game.revenue(), pricing.revenue(), 1e-10);
    }

    @Property(tries = 100)
    void theMarginalBuyerIsIndifferentAlongTheStationaryPath(@ForAll @DoubleRange(min = 0.01, max = 0.99) double discount) {
        // the buyer at the cutoff k_{t+1} = r^{t+1} gets the same from p_t now as from p_{t+1} a period later
        CoasianBargaining game = CoasianBargaining.uniform(discount);
        double[] prices = game.pricePath(6);
        for (int t = 0; t + 1 < prices.length; t++) {
            double marginal = Math.pow(game.cutoffRatio(), t + 1);
            assertEquals(marginal - prices[t], discount * (marginal - prices[t + 1]), 1e-12);
        }
    }

    @Property(tries = 12)
    void gridRevenueLiesBelowTheExactRevenueWithinTheGridBound(@ForAll @DoubleRange(min = 0.2, max = 0.9) double discount) {
        // every grid policy is feasible in the continuous problem, so W_N ≤ W; choosing the grid point nearest the
        // optimal cutoff loses at most (q/(2r))(h/2)² per period against the exact continuation (the objective has
        // curvature q/r), so W − W_N ≤ q h² / (8 r (1 − δ)) with h = v̄/N (v̄ = 1)
        CoasianBargaining game = CoasianBargaining.uniform(discount);
        int cells = 60;
        GridPricing grid = game.solveSellerProgram(cells, SolverOptions.defaults().withTolerance(1e-13)).value();
        double bound = game.acceptanceFactor() / (8 * game.cutoffRatio() * (1 - discount) * cells * cells);
        double slack = 1e-13 / (1 - discount);
        double[] k = grid.cutoffs();
        double[] w = grid.revenues();
        for (int i = 0; i <= cells; i++) {
            double exact = game.priceCoefficient() / 2 * k[i] * k[i];
            assertTrue(w[i] <= exact + slack, "grid above the exact revenue at " + i);
            assertTrue(exact - w[i] <= bound + slack, "grid below the bound at " + i);
        }
    }

    @Test
    void openingPriceDriftsToTheLowestValueLikeTheSquareRootOfImpatience() {
        // γ = q/(1 + q) with q = √(1 − δ): γ / √(1 − δ) → 1 as δ → 1
        assertEquals(1, CoasianBargaining.uniform(1 - 1e-10).openingPrice() / Math.sqrt(1e-10), 1e-4);
    }
}
