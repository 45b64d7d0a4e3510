package org.mdlab.market;

import static org.mdlab.market.Attacks.rejects;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Bad input at every public entry point of {@code org.mdlab.market}: each must fail with an
 * {@link IllegalArgumentException} whose message names the offending argument — never a
 * NullPointerException, an ArrayIndexOutOfBoundsException, NaN in a result or a hang.
 */
class MarketAttackTest {

    @Provide
    Arbitrary<Double> notFinite() {
        return Arbitraries.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY);
    }

    @Provide
    Arbitrary<Double> negativeOrNotFinite() {
        return Arbitraries.oneOf(notFinite(), Arbitraries.of(-Double.MIN_VALUE, -1e-300, -1e300, -Double.MAX_VALUE),
                Arbitraries.doubles().between(-1e6, -1e-3).ofScale(6));
    }

    @Provide
    Arbitrary<Double> outsideUnitInterval() {
        return Arbitraries.oneOf(Arbitraries.of(Double.NaN, -1e-300, 1 + 1e-15, 1e300, -1e300),
                Arbitraries.doubles().between(1.01, 1e6).ofScale(6), Arbitraries.doubles().between(-1e6, -1e-3).ofScale(6));
    }

    @Property(tries = 40)
    void marketRejectsBadValues(@ForAll("negativeOrNotFinite") double bad) {
        rejects("values", () -> Market.of(new double[] {1, bad}, new double[] {0.5, 0.5}));
        rejects("values", () -> Market.uniform(bad, 2));
    }

    @Property(tries = 40)
    void marketRejectsBadProbabilities(@ForAll("negativeOrNotFinite") double bad) {
        rejects("probabilities", () -> Market.of(new double[] {1, 2}, new double[] {bad, 1}));
    }

    @Property(tries = 40)
    void marketRejectsProbabilitiesThatDoNotSumToOne(@ForAll @IntRange(min = 2, max = 50) int scale) {
        rejects("probabilities", () -> Market.of(new double[] {1, 2}, new double[] {0.5 * scale, 0.5}));
    }

    @Property(tries = 10)
    void marketRejectsNullsDuplicatesAndMismatchedLengths(@ForAll @IntRange(min = 1, max = 5) int extra) {
        rejects("values", () -> Market.of(null, new double[] {1}));
        rejects("probabilities", () -> Market.of(new double[] {1}, null));
        rejects("values", () -> Market.of(new double[] {1, 1}, new double[] {0.5, 0.5}));
        rejects("probabilities", () -> Market.of(new double[] {1}, new double[1 + extra]));
        rejects("values", () -> Market.of(new double[0], new double[0]));
        rejects("values", () -> Market.uniform((double[]) null));
    }

    @Property(tries = 40)
    void marketIndicesOutOfRangeAreRejected(@ForAll int k) {
        Market m = Market.uniform(1, 2, 3);
        if (k >= 0 && k < 3) {
            return;
        }
        rejects("k", () -> m.value(k));
        rejects("k", () -> m.probability(k));
        rejects("k", () -> m.revenueAtValue(k));
    }

    @Property(tries = 20)
    void marketPricesMustBeFinite(@ForAll("notFinite") double price) {
        Market m = Market.uniform(1, 2, 3);
        rejects("price", () -> m.demand(price));
        rejects("price", () -> m.revenue(price));
        rejects("price", () -> m.consumerSurplus(price));
        rejects("price", () -> m.producerSurplus(price));
    }

    @Property(tries = 20)
    void gridFactoriesRejectBadSizesAndBounds(@ForAll @IntRange(min = Integer.MIN_VALUE, max = 1) int k,
                                              @ForAll("negativeOrNotFinite") double bad) {
        rejects("k", () -> Market.uniformOn(0, 1, k));
        rejects("k", () -> Market.random(k - 1, 1));
        rejects("k", () -> Market.uniformOn(0, 1, Market.MAX_GRID_SIZE + 1));
        rejects("k", () -> Market.random(Market.MAX_GRID_SIZE + 1, 1));
        rejects("lo", () -> Market.uniformOn(bad, 1, 5));
        rejects("hi", () -> Market.uniformOn(0, Double.NaN, 5));
        rejects("lo", () -> Market.pareto(bad, 2, 1, 5));
        rejects("alpha", () -> Market.pareto(1, 2, bad, 5));
        rejects("sd", () -> Market.truncatedNormal(1, bad, 0, 2, 5));
        rejects("mean", () -> Market.truncatedNormal(Double.NaN, 1, 0, 2, 5));
    }

    @Property(tries = 30)
    void distributionsRejectBadParameters(@ForAll("negativeOrNotFinite") double bad, @ForAll("notFinite") double nan) {
        rejects("upper", () -> ValueDistribution.uniform(0, bad));
        rejects("lower", () -> ValueDistribution.uniform(nan, 1));
        rejects("a", () -> ValueDistribution.power(bad));
        rejects("breakpoints", () -> ValueDistribution.piecewiseUniform(new double[] {0, nan, 1}, new double[] {0.5, 0.5}));
        rejects("masses", () -> ValueDistribution.piecewiseUniform(new double[] {0, 0.5, 1}, new double[] {bad, 1}));
        rejects("breakpoints", () -> ValueDistribution.piecewiseUniform(null, new double[] {1}));
        rejects("masses", () -> ValueDistribution.piecewiseUniform(new double[] {0, 1}, null));
        rejects("cdf", () -> ValueDistribution.of(null, v -> 1, 0, 1));
        rejects("density", () -> ValueDistribution.of(v -> v, null, 0, 1));
        rejects("density", () -> ValueDistribution.of(v -> v, v -> bad, 0, 1));
    }

    @Property(tries = 30)
    void distributionArgumentsAreChecked(@ForAll("notFinite") double v, @ForAll("outsideUnitInterval") double u) {
        for (ValueDistribution d : new ValueDistribution[] {ValueDistribution.uniform(0, 1), ValueDistribution.power(2),
                ValueDistribution.piecewiseUniform(new double[] {0, 0.5, 1}, new double[] {0.9, 0.1}),
                ValueDistribution.of(x -> x, x -> 1, 0, 1)}) {
            rejects("v", () -> d.cdf(v));
            rejects("v", () -> d.density(v));
            rejects("v", () -> d.virtualValue(v));
            rejects("u", () -> d.quantile(u));
            rejects("random", () -> d.sample(null));
        }
    }

    @Property(tries = 30)
    void convexCostsRejectBadInput(@ForAll("negativeOrNotFinite") double bad, @ForAll("notFinite") double nan) {
        rejects("maxQuality", () -> ConvexCost.of(q -> q * q, bad));
        rejects("cost", () -> ConvexCost.of(null, 1));
        rejects("marginalCost", () -> ConvexCost.of(q -> q * q, null, 1));
        rejects("k", () -> ConvexCost.quadratic(bad, 1));
        ConvexCost c = ConvexCost.quadratic(1, 2);
        rejects("quality", () -> c.at(bad));
        rejects("quality", () -> c.marginal(nan));
        rejects("marginalValue", () -> c.bestQuality(nan));
    }

    @Property(tries = 20)
    void virtualValuesAndIroningRejectBadInput(@ForAll("notFinite") double nan) {
        rejects("types", () -> VirtualValues.of(new double[] {2, 1}, new double[] {0.5, 0.5}));
        rejects("types", () -> VirtualValues.of(null, new double[] {1}));
        rejects("probabilities", () -> VirtualValues.of(new double[] {1, 2}, new double[] {0.5, nan}));
        rejects("market", () -> VirtualValues.of((Market) null));
        rejects("virtualValues", () -> Ironing.ironed(null, new double[] {1}));
        rejects("virtualValues", () -> Ironing.ironed(new double[] {nan}, new double[] {1}));
        rejects("weights", () -> Ironing.ironed(new double[] {1}, new double[] {nan}));
        rejects("market", () -> DemandElasticity.inverseHazardRates(null));
        rejects("elasticity", () -> DemandElasticity.constant(new double[] {1, 2}, nan));
        rejects("values", () -> DemandElasticity.constant(new double[] {2, 1}, 1));
    }

    @Property(tries = 20)
    void auditsRejectNegativeTolerances(@ForAll("negativeOrNotFinite") double bad) {
        Audit exact = () -> 0;
        rejects("tolerance", () -> exact.holds(bad));
    }
}
