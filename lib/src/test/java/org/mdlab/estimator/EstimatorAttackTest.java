package org.mdlab.estimator;

import static org.mdlab.market.Attacks.rejects;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

/**
 * Bad input at every public entry point of {@code org.mdlab.estimator}: each property generates
 * arguments that break a documented rule and asserts an {@link IllegalArgumentException} whose message
 * names the argument.
 */
class EstimatorAttackTest {


    @Provide
    Arbitrary<double[]> badDistribution() {
        return Arbitraries.oneOf(
                Arbitraries.doubles().between(1.01, 5).map(sum -> new double[] {sum / 2, sum / 2}),
                Arbitraries.doubles().between(0.01, 0.99).map(p -> new double[] {-p, 1 + p}),
                Arbitraries.of(Double.NaN, Double.NEGATIVE_INFINITY).map(x -> new double[] {x, 0.5}));
    }

    @Provide
    Arbitrary<Double> notARate() {
        return Arbitraries.oneOf(Arbitraries.doubles().between(1.01, 100), Arbitraries.doubles().between(-100, -0.01),
                Arbitraries.of(Double.NaN));
    }

    @Property(tries = 30)
    void finiteEstimatorsRefuseRowsThatAreNotDistributions(@ForAll("badDistribution") double[] row) {
        rejects("probabilities[0]", () -> new FiniteEstimator(new double[] {0}, new double[] {0, 1}, new double[][] {row}));
    }

    @Property(tries = 10)
    void finiteEstimatorsRefuseBadStatesAndEstimates(@ForAll @DoubleRange(min = -1, max = 1) double x) {
        double[][] p = {{1}, {1}};
        rejects("states", () -> new FiniteEstimator(new double[] {x, x}, new double[] {0}, p));
        rejects("states", () -> new FiniteEstimator(new double[] {x, Double.NaN}, new double[] {0}, p));
        rejects("estimates", () -> new FiniteEstimator(new double[] {0, 1}, new double[] {Double.NaN}, p));
        rejects("probabilities", () -> new FiniteEstimator(new double[] {0, 1}, new double[] {0}, null));
        rejects("states", () -> FiniteEstimator.fullRevelation());
    }

    @Property(tries = 20)
    void clickEstimatorsRefuseBadImpressionsAndRates(@ForAll @IntRange(min = Integer.MIN_VALUE, max = 0) int m,
                                                     @ForAll("notARate") double rate) {
        rejects("m", () -> FiniteEstimator.sampleMean(m, 0.5));
        rejects("m", () -> FiniteEstimator.smoothedSampleMean(FiniteEstimator.MAX_IMPRESSIONS + 1, 0.5));
        rejects("states[1]", () -> FiniteEstimator.sampleMean(4, 0.5, rate));
    }

    @Property(tries = 10)
    void expectationsRefuseUnknownStatesAndFunctionsThatAreNotFinite(@ForAll @DoubleRange(min = 2, max = 10) double state) {
        FiniteEstimator e = FiniteEstimator.sampleMean(4, 0.25, 0.5);
        rejects("state", () -> e.expectation(state, w -> w));
        rejects("g", () -> e.expectation(0.5, null));
        rejects("g", () -> e.expectation(0.25, w -> 1 / (w - 0.25)));
        SampledEstimator s = SampledEstimator.gaussian(0.1, 1, 10);
        rejects("g", () -> s.expectation(0.5, null));
        rejects("state", () -> s.expectation(Double.NaN, w -> w));
    }

    @Property(tries = 10)
    void sampledEstimatorsRefuseBadComponents(@ForAll @IntRange(min = Integer.MIN_VALUE, max = 0) int draws,
                                              @ForAll @DoubleRange(min = -1e3, max = -0.01) double sigma) {
        rejects("sampler", () -> new SampledEstimator(null, 1, 10));
        rejects("draws", () -> new SampledEstimator((w, r) -> w, 1, draws));
        rejects("sigma", () -> SampledEstimator.gaussian(sigma, 1, 10));
    }

    @Property(tries = 10)
    void monteCarloRefusesBadCountsAndDraws(@ForAll @IntRange(min = Integer.MIN_VALUE, max = 0) int bad) {
        rejects("tasks", () -> MonteCarlo.mean(1, bad, 10, 1, r -> 1));
        rejects("samplesPerTask", () -> MonteCarlo.mean(1, 2, bad, 1, r -> 1));
        rejects("threads", () -> MonteCarlo.mean(1, 2, 10, bad, r -> 1));
        rejects("draw", () -> MonteCarlo.mean(1, 2, 10, 1, null));
        rejects("draw", () -> MonteCarlo.mean(1, 2, 10, 1, r -> Double.NaN));
        rejects("draw", () -> MonteCarlo.mean(1, 2, 10, 1, r -> 1e300));
    }
}
