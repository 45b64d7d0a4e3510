package org.mdlab.segmentation;

import static org.mdlab.market.Attacks.rejects;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.mdlab.market.Market;
import org.mdlab.market.ConvexCost;
import org.mdlab.optimisation.SolverOptions;

/**
 * Bad input at every public entry point of {@code org.mdlab.segmentation}: each property generates
 * arguments that break a documented rule and asserts an {@link IllegalArgumentException} whose message
 * names the argument. Targets outside the welfare triangle are generated at every scale of values
 * ({@code 10^u}, {@code u ∈ [-13, 12]}), since the triangle's tolerance is relative.
 */
class SegmentationAttackTest {

    private static final ConvexCost QUADRATIC = ConvexCost.quadratic(1, 100);


    @Provide
    Arbitrary<Double> notFinite() {
        return Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
    }

    private static Market scaled(Market m, double s) {
        double[] v = m.values();
        for (int k = 0; k < v.length; k++) {
            v[k] *= s;
        }
        return Market.of(v, m.probabilities());
    }

    @Property(tries = 60)
    void targetsOutsideTheWelfareTriangleAreRefusedAtEveryScale(@ForAll @DoubleRange(min = -13, max = 12) double u,
                                                                @ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                                                @ForAll @DoubleRange(min = -6, max = 1) double e) {
        double outside = Math.pow(10, e);
        Market m = scaled(Market.random(4, seed), Math.pow(10, u));
        double w = m.efficientSurplus();
        double pi = m.monopolyProfit();
        rejects("welfare triangle", () -> Segmentation.reaching(m, -outside * w, pi));
        rejects("welfare triangle", () -> Segmentation.reaching(m, 0, pi - outside * pi));
        rejects("welfare triangle", () -> Segmentation.reaching(m, (w - pi) / 2, pi + (w - pi) / 2 + outside * w));
        rejects("welfare triangle", () -> ObedienceProgram.solveReaching(m, -outside * w, pi));
    }

    @Property(tries = 10)
    void nonFiniteTargetsAndNullMarketsAreRefused(@ForAll("notFinite") double x) {
        Market m = Market.uniform(1, 2, 3);
        rejects("cs", () -> Segmentation.reaching(m, x, 1.5));
        rejects("ps", () -> Segmentation.reaching(m, 0.1, x));
        rejects("aggregate", () -> Segmentation.reaching(null, 0.1, 1.5));
        rejects("aggregate", () -> Segmentation.consumerOptimal(null));
        rejects("aggregate", () -> Segmentation.producerOptimal(null));
        rejects("aggregate", () -> GreedySegmentation.of(null));
        rejects("aggregate", () -> ObedienceProgram.solveConsumerOptimal(null));
        rejects("options", () -> ObedienceProgram.solveConsumerOptimal(m, null));
        rejects("cs", () -> WelfareTriangle.of(m).contains(x, 1));
    }

    @Property(tries = 10)
    void screeningSearchRefusesNullsAndBadCurvatures(@ForAll @DoubleRange(min = -1e6, max = 0) double curvature) {
        Market m = Market.uniform(1, 2, 3);
        rejects("aggregate", () -> ConsumerOptimalScreening.solve(null, QUADRATIC));
        rejects("cost", () -> ConsumerOptimalScreening.solve(m, null));
        rejects("options", () -> ConsumerOptimalScreening.solve(m, QUADRATIC, null));
        rejects("aggregate", () -> ConsumerOptimalScreening.benefitingAll(null, QUADRATIC, SolverOptions.defaults()));
        rejects("curvature", () -> RentBound.of(m, curvature));
        rejects("curvature", () -> RentBound.of(m, Double.NaN));
        rejects("aggregate", () -> RentBound.of(null, 1));
        rejects("cost", () -> ScreeningExtremalMarkets.greedy(m, ConvexCost.of(q -> Math.exp(q), 1)));
        rejects("elasticity", () -> ScreeningExtremalMarkets.extremal(m.values(), new int[] {0, 1}, curvature));
        rejects("indices", () -> ScreeningExtremalMarkets.extremal(m.values(), new int[] {1, 0}, 2));
        rejects("indices[1]", () -> ScreeningExtremalMarkets.extremal(m.values(), new int[] {0, 3}, 2));
        rejects("gamma", () -> ConvexCost.power(1 + curvature * 1e-9, 1));
    }

    @Property(tries = 3)
    void quadraticSizesAreRefusedUpFrontWithSizeCostAndLimit(@ForAll @IntRange(min = 201, max = 1_000) int values) {
        Market m = Market.random(values, values);
        rejects("values with positive mass", () -> ObedienceProgram.solveConsumerOptimal(m));
        rejects("values with positive mass", () -> ConsumerOptimalScreening.solve(Market.random(values, 1), QUADRATIC));
    }

    @Property(tries = 1)
    void materialisingAMillionSegmentsIsRefusedWithTheLimit(@ForAll @IntRange(min = 100_000, max = 100_000) int k) {
        GreedySegmentation g = GreedySegmentation.of(Market.random(k, 3));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> g.toSegmentation(true));
        assertTrue(e.getMessage().contains("segments x values") && e.getMessage().contains("limit"), e.getMessage());
    }

    @Property(tries = 10)
    void verificationRefusesNegativeTolerancesAndErrors(@ForAll @DoubleRange(min = -9, max = 6) double e) {
        double negative = -Math.pow(10, e);
        rejects("tolerance", () -> new Verification(0, 0).holds(negative));
        rejects("averagingError", () -> new Verification(negative, 0));
        rejects("obedienceError", () -> new Verification(0, Double.NaN));
    }
}
