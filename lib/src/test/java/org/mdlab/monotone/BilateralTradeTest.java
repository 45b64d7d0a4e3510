package org.mdlab.monotone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.mdlab.optimisation.SolverOptions;

class BilateralTradeTest {

    private static final SolverOptions OPTIONS = SolverOptions.defaults();

    private static BilateralTrade random(int m, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] v = new double[m];
        double[] c = new double[m];
        double a = random.nextDouble(), b = random.nextDouble();
        for (int k = 0; k < m; k++) {
            a += 0.1 + random.nextDouble();
            b += 0.1 + random.nextDouble();
            v[k] = a;
            c[k] = b;
        }
        return new BilateralTrade(v, MonotoneInstances.prior(m, random), c, MonotoneInstances.prior(m, random));
    }

    @Property(tries = 25)
    void theReducedProgramOverMonotoneRulesMatchesTheFullBayesianProgram(@ForAll @IntRange(min = 1, max = 4) int m,
                                                                          @ForAll long seed,
                                                                          @ForAll @DoubleRange(min = 0, max = 1) double weight) {
        // Independent route: every Bayesian IC and IR constraint written out with free interim transfers and no
        // monotonicity imposed on q; equal optima is the equivalence of Bayesian and dominant-strategy
        // implementation together with the discrete envelope formula for minimal rents.
        BilateralTrade trade = random(m, seed);
        TradeMechanism reduced = trade.reducedProgram(weight, OPTIONS).value();
        TradeMechanism bayesian = trade.bayesianProgram(weight, OPTIONS).value();
        assertEquals(bayesian.objective(), reduced.objective(), 1e-7 * (1 + Math.abs(bayesian.objective())));
        assertTrue(reduced.gainsFromTrade() <= trade.efficientGains() + 1e-9);
    }

    @Property(tries = 25)
    void theOptimumMixesAtMostTwoUpSets(@ForAll @IntRange(min = 2, max = 5) int m, @ForAll long seed,
                                        @ForAll @DoubleRange(min = 0, max = 1) double weight) {
        // A vertex of the order polytope cut by the one budget half-space lies on an edge between two up-set
        // indicators; its layer-cake decomposition therefore has at most two up-sets.
        BilateralTrade trade = random(m, seed);
        TradeMechanism reduced = trade.reducedProgram(weight, OPTIONS).value();
        double[] rule = trade.asFunction(reduced.trade());
        assertEquals(0, trade.grid().monotonicityViolation(rule), 1e-9);
        assertTrue(UpSetMixture.decompose(trade.grid(), rule, 1e-7).size() <= 2);
    }

    @Test
    void whenEveryValueExceedsEveryCostTheUtilitarianOptimumIsEfficient() {
        // v ∈ {3, 4}, c ∈ {1, 2} equally likely: a posted price of 2.5 trades always, so at λ = ½ (total
        // surplus) the optimum reaches the first best E[v] − E[c] = 3.5 − 1.5 = 2.
        BilateralTrade trade = BilateralTrade.uniform(new double[] {3, 4}, new double[] {1, 2});
        assertEquals(2, trade.efficientGains(), 1e-12);
        assertEquals(2, trade.reducedProgram(0.5, OPTIONS).value().gainsFromTrade(), 1e-9);
        // λ = 1: the buyer gets the gains minus the seller's minimal rent (c_2 − c_1)·R_1·Q_S(c_2) = ½·Q_S(c_2).
        // Trading everywhere gives 2 − ½; skipping (v = 3, c = 2) gives 1.75 − ¼: both 1.5.
        assertEquals(1.5, trade.reducedProgram(1, OPTIONS).value().buyerSurplus(), 1e-9);
    }

    @Test
    void theSellersAxisIsReversedOnTheGrid() {
        BilateralTrade trade = BilateralTrade.uniform(new double[] {1, 2}, new double[] {0, 3});
        // Trade only at (v = 2, c = 0): on the grid, buyer type 1 and seller strength 1 (the lowest cost).
        double[] f = trade.asFunction(new double[][] {{0, 0}, {1, 0}});
        assertEquals(1, f[trade.grid().point(1, 1)], 0);
        assertEquals(1.0, f[0] + f[1] + f[2] + f[3], 0);
    }

    @Test
    void badInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> BilateralTrade.uniform(new double[] {1, 2}, new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> BilateralTrade.uniform(new double[] {2, 1}, new double[] {1, 2}));
        BilateralTrade trade = BilateralTrade.uniform(new double[] {1, 2}, new double[] {0, 1});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> trade.reducedProgram(1.5, OPTIONS));
        assertEquals("weight must lie in [0, 1] (got 1.5)", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> trade.bayesianProgram(-0.1, OPTIONS));
    }
}
