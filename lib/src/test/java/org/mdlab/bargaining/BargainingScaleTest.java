package org.mdlab.bargaining;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.mdlab.optimisation.SolverOptions;

/**
 * Multiplying the pie (alternating offers) or the value range (seller-offer bargaining) by
 * {@code s ∈ [1e-12, 1e12]} multiplies every payoff, price and revenue by {@code s} and changes no share, agreement
 * round, cutoff ratio or grid policy. Values are compared relative to their scale: {@code 1e-12} for closed forms
 * and backward induction, {@code 1e-9} for value iteration (tolerance {@code 1e-12 s}, divided by {@code 1 − δ}).
 */
class BargainingScaleTest {

    @Provide
    Arbitrary<Double> scales() {
        return Arbitraries.oneOf(Arbitraries.doubles().between(-12, 12).map(e -> Math.pow(10, e)),
                Arbitraries.of(1e-12, 1e12, 1.0, 3.7e-7));
    }

    @Property(tries = 40)
    void alternatingOffersPayoffsScaleWithThePie(@ForAll("scales") double s) {
        AlternatingOffers unit = AlternatingOffers.of(0.9, 0.8);
        AlternatingOffers scaled = unit.withPie(s);
        assertEquals(unit.stationaryShare(), scaled.stationaryShare(), 0);
        assertEquals(s * unit.stationaryPayoff(0), scaled.stationaryPayoff(0), 1e-12 * s);
        assertEquals(unit.backwardInduction(9).value(), scaled.backwardInduction(9).value());
        for (BargainingAgent agent : List.of(BargainingAgent.subgamePerfect(), BargainingAgent.greedy(),
                BargainingAgent.myopic(), BargainingAgent.conceding(1, 0.3, 0.6))) {
            for (int player = 0; player < 2; player++) {
                AgentScore a = unit.score(agent, player, 9);
                AgentScore b = scaled.score(agent, player, 9);
                assertEquals(a.outcome().agreementRound(), b.outcome().agreementRound());
                assertEquals(s * a.payoff(), b.payoff(), 1e-12 * s);
                assertEquals(s * a.regret(), b.regret(), 1e-12 * s);
            }
        }
        double best = unit.bestReply(0, 9, 40, SolverOptions.defaults().withTolerance(1e-12)).value().value(0);
        double scaledBest = scaled.bestReply(0, 9, 40, SolverOptions.defaults().withTolerance(1e-12 * s)).value().value(0);
        assertEquals(s * best, scaledBest, 1e-12 * s);
    }

    @Property(tries = 40)
    void coasianPricesAndRevenuesScaleWithTheValues(@ForAll("scales") double s) {
        CoasianBargaining unit = CoasianBargaining.uniform(0.8);
        CoasianBargaining scaled = new CoasianBargaining(s, 0.8);
        assertEquals(s * unit.openingPrice(), scaled.openingPrice(), 1e-12 * s);
        assertEquals(s * unit.revenue(), scaled.revenue(), 1e-12 * s);
        assertEquals(unit.cutoffRatio(), scaled.cutoffRatio(), 0);
        HorizonPricing a = unit.backwardInduction(30).value();
        HorizonPricing b = scaled.backwardInduction(30).value();
        assertArrayEquals(a.cutoffRatios(), b.cutoffRatios(), 0);
        assertEquals(s * a.revenue(), b.revenue(), 1e-12 * s);
        GridPricing g = unit.solveSellerProgram(20, SolverOptions.defaults().withTolerance(1e-12)).value();
        GridPricing h = scaled.solveSellerProgram(20, SolverOptions.defaults().withTolerance(1e-12 * s)).value();
        assertArrayEquals(g.next(), h.next());
        assertEquals(s * g.revenue(), h.revenue(), 1e-9 * s);
        assertEquals(s * g.openingPrice(), h.openingPrice(), 1e-12 * s);
    }
}
