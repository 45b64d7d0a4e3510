package org.mdlab.screening;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.mdlab.market.ConvexCost;
import org.mdlab.market.Market;
import org.mdlab.market.ValueDistribution;

/**
 * Scale equivariance of the screening models: multiplying every value (and with it the cost of quality
 * or of tokens, which is in the same money) by {@code s ∈ [1e-12, 1e12]} multiplies profits, rents and
 * payments by {@code s} and leaves qualities, token packages and sequential allocations unchanged
 * (Mussa and Rosen 1978: the first-order condition {@code φ(θ) = c'(q)} is homogeneous of degree one in
 * money). Tolerances: {@code 1e-9} relative for bisection-based qualities; {@code 1e-7} for the LP.
 */
class ScreeningScaleTest {

    private static double scale(double exponent) {
        return Math.pow(10, exponent);
    }

    @Property(tries = 100)
    void mussaRosenMenusAreScaleEquivariant(@ForAll @IntRange(min = 1, max = 8) int k,
                                            @ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                            @ForAll @DoubleRange(min = -12, max = 12) double exponent) {
        double s = scale(exponent);
        Market m = Market.random(k, seed);
        double top = m.value(k - 1);
        Market scaled = Market.of(Arrays.stream(m.values()).map(v -> s * v).toArray(), m.probabilities());
        PricingSolution base = NonlinearPricing.optimal(m, ConvexCost.quadratic(1, 2 * top));
        PricingSolution moved = NonlinearPricing.optimal(scaled, ConvexCost.quadratic(s, 2 * top));
        assertArrayEquals(base.menu().qualities(), moved.menu().qualities(), 1e-9 * top);
        assertEquals(s * base.profit(), moved.profit(), 1e-9 * s * base.firstBestSurplus());
        assertEquals(s * base.consumerRent(), moved.consumerRent(), 1e-9 * s * base.firstBestSurplus());
        assertEquals(base.menu().audit().violation() * s, moved.menu().audit().violation(), 1e-9 * s * base.firstBestSurplus());
    }

    @Property(tries = 30)
    void continuousMussaRosenIsScaleEquivariant(@ForAll @DoubleRange(min = -12, max = 12) double exponent) {
        double s = scale(exponent);
        PricingSolution base = NonlinearPricing.optimal(ValueDistribution.uniform(0, 1), ConvexCost.quadratic(1, 2), 201);
        PricingSolution moved = NonlinearPricing.optimal(ValueDistribution.uniform(0, s), ConvexCost.quadratic(s, 2), 201);
        assertArrayEquals(base.menu().qualities(), moved.menu().qualities(), 1e-9);
        assertEquals(s * base.profit(), moved.profit(), 1e-9 * s);
    }

    @Property(tries = 30)
    void tokenMenusAreScaleEquivariant(@ForAll @IntRange(min = 2, max = 6) int k,
                                       @ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                       @ForAll @DoubleRange(min = -12, max = 12) double exponent) {
        double s = scale(exponent);
        Market indices = Market.random(k, seed);
        Market scaled = Market.of(Arrays.stream(indices.values()).map(v -> s * v).toArray(), indices.probabilities());
        TokenMenu base = TokenMenu.optimal(indices, TokenTechnology.of(0.5, 1, 1e4));
        TokenMenu moved = TokenMenu.optimal(scaled, TokenTechnology.of(0.5, s, 1e4));
        assertArrayEquals(base.tokens(), moved.tokens(), 1e-9 * Arrays.stream(base.tokens()).max().orElseThrow() + 1e-12);
        assertEquals(s * base.profit(), moved.profit(), 1e-9 * s * Math.abs(base.profit()) + 1e-300);
    }

    @Property(tries = 30)
    void tokenPlansAreScaleEquivariant(@ForAll @DoubleRange(min = -12, max = 12) double exponent) {
        // Uniform indices on 5 points of [1/2, 2] with √X precision: distinct packages, so two-part plans exist.
        double s = scale(exponent);
        Market indices = Market.uniformOn(0.5, 2, 5);
        Market scaled = Market.of(Arrays.stream(indices.values()).map(v -> s * v).toArray(), indices.probabilities());
        TokenMenu base = TokenMenu.optimal(indices, TokenTechnology.of(0.5, 1, 1e4));
        TokenMenu moved = TokenMenu.optimal(scaled, TokenTechnology.of(0.5, s, 1e4));
        TokenPlanAudit a = TokenPlanAudit.of(base.plans(), base);
        TokenPlanAudit b = TokenPlanAudit.of(moved.plans(), moved);
        assertEquals(s * a.profit(), b.profit(), 1e-9 * s * Math.abs(a.profit()));
        assertEquals(a.maxTokenGap(), b.maxTokenGap(), 1e-9 * Arrays.stream(base.tokens()).max().orElseThrow());
        assertArrayEquals(Arrays.stream(base.plans().markups()).toArray(), moved.plans().markups(), 1e-9);
    }

    @Property(tries = 15)
    void sequentialScreeningIsScaleEquivariant(@ForAll @DoubleRange(min = -12, max = 12) double exponent) {
        // Courty–Li, α = (0.4, 0.6), F_L = U[0, 1], F_H = U[1/2, 1], on 41 values; values times s.
        double s = scale(exponent);
        SequentialScreening base = SequentialScreening.discretised(0, 1, 41, new double[] {0.4, 0.6},
                SequentialScreening.uniformCdf(0, 1), SequentialScreening.uniformCdf(0.5, 1)).withCost(0.2);
        SequentialScreening moved = new SequentialScreening(base.typeProbabilities(),
                Arrays.stream(base.values()).map(v -> s * v).toArray(), base.conditionals(), s * base.cost());
        SequentialMenu a = base.solve().value();
        SequentialMenu b = moved.solve().value();
        assertEquals(s * a.profit(), b.profit(), 1e-7 * s);
        assertEquals(s * base.firstBestProfit(), moved.firstBestProfit(), 1e-12 * s);
        for (int i = 0; i < 2; i++) {
            assertArrayEquals(a.allocation()[i], b.allocation()[i], 1e-6);
        }
        assertEquals(s * base.postedPriceProfit(), moved.postedPriceProfit(), 1e-12 * s);
    }

    @Property(tries = 20)
    void sellerOptimalDisclosureIsScaleEquivariant(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                                   @ForAll @DoubleRange(min = -12, max = 12) double exponent) {
        double s = scale(exponent);
        Market prior = Market.random(6, seed);
        double top = prior.value(5);
        Market scaled = Market.of(Arrays.stream(prior.values()).map(v -> s * v).toArray(), prior.probabilities());
        IntervalDisclosure a = IntervalDisclosure.sellerOptimal(prior, ConvexCost.quadratic(1, 2 * top));
        IntervalDisclosure b = IntervalDisclosure.sellerOptimal(scaled, ConvexCost.quadratic(s, 2 * top));
        assertArrayEquals(a.starts(), b.starts());
        assertEquals(s * a.screen(ConvexCost.quadratic(1, 2 * top)).profit(),
                b.screen(ConvexCost.quadratic(s, 2 * top)).profit(), 1e-9 * s * top);
    }
}
