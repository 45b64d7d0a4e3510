package org.mdlab.mechanism;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import org.mdlab.estimator.FiniteEstimator;
import org.mdlab.market.Market;
import org.mdlab.market.ValueDistribution;

/**
 * Scale equivariance: multiplying every value by {@code s = 10^u}, {@code u ∈ [-12, 12]}, multiplies
 * revenues, welfare, payments and gains by {@code s} and leaves every allocation unchanged. The expected
 * side is the unscaled run times {@code s}, with a relative tolerance of {@code 1e-9} (a few roundings
 * per payment, none of them scale-dependent).
 */
class MechanismScaleTest {

    private static final double RELATIVE = 1e-9;

    private static Market scaled(Market m, double s) {
        double[] v = m.values();
        for (int k = 0; k < v.length; k++) {
            v[k] *= s;
        }
        return Market.of(v, m.probabilities());
    }

    private static void assertScaled(double expected, double actual, double s) {
        assertEquals(expected * s, actual, RELATIVE * Math.max(Math.abs(expected * s), Double.MIN_NORMAL));
    }

    private static void assertSameAllocationAndScaledPayments(DirectMechanism base, DirectMechanism scaled, double s) {
        double[][] a = base.allocation();
        double[][] b = scaled.allocation();
        for (int r = 0; r < a.length; r++) {
            assertArrayEquals(a[r], b[r], 1e-12, "allocation at profile " + r);
        }
        double[][] p = base.payments();
        double[][] q = scaled.payments();
        for (int r = 0; r < p.length; r++) {
            for (int i = 0; i < p[r].length; i++) {
                assertEquals(p[r][i] * s, q[r][i], RELATIVE * s * (1 + Math.abs(p[r][i])));
            }
        }
        assertScaled(base.expectedRevenue(), scaled.expectedRevenue(), s);
    }

    @Property(tries = 40)
    void myersonIsScaleEquivariant(@ForAll @DoubleRange(min = -12, max = 12) double u,
                                   @ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        double s = Math.pow(10, u);
        Market m = Market.random(4, seed);
        Market n = Market.random(3, seed + 1);
        assertSameAllocationAndScaledPayments(MyersonAuction.optimal(List.of(m, n)),
                MyersonAuction.optimal(List.of(scaled(m, s), scaled(n, s))), s);
    }

    @Property(tries = 40)
    void secondPriceIsScaleEquivariant(@ForAll @DoubleRange(min = -12, max = 12) double u,
                                       @ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        double s = Math.pow(10, u);
        Market m = Market.random(4, seed);
        double reserve = m.value(1);
        assertSameAllocationAndScaledPayments(SecondPriceAuction.withReserve(List.of(m, m), reserve),
                SecondPriceAuction.withReserve(List.of(scaled(m, s), scaled(m, s)), reserve * s), s);
    }

    @Property(tries = 40)
    void vcgIsScaleEquivariant(@ForAll @DoubleRange(min = -12, max = 12) double u,
                               @ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        double s = Math.pow(10, u);
        Market m = Market.random(3, seed);
        Market n = Market.random(3, seed + 7);
        DirectMechanism base = Vcg.clarkePivot(Environment.singleItem(List.of(m, n)));
        DirectMechanism big = Vcg.clarkePivot(Environment.singleItem(List.of(scaled(m, s), scaled(n, s))));
        assertSameAllocationAndScaledPayments(base, big, s);
        assertScaled(base.expectedWelfare(), big.expectedWelfare(), s);
    }

    @Property(tries = 30)
    void continuousMyersonIsScaleEquivariant(@ForAll @DoubleRange(min = -12, max = 12) double u,
                                             @ForAll @DoubleRange(min = 0.5, max = 0.95) double w) {
        double s = Math.pow(10, u);
        // the mixture w·U[0, 1/2] + (1 - w)·U[0, 1] needs ironing; scaling the support scales φ̄ and r*
        ContinuousMyerson base = ContinuousMyerson.of(ValueDistribution.piecewiseUniform(new double[] {0, 0.5, 1},
                new double[] {(1 + w) / 2, (1 - w) / 2}), 1 << 12);
        ContinuousMyerson big = ContinuousMyerson.of(ValueDistribution.piecewiseUniform(new double[] {0, 0.5 * s, s},
                new double[] {(1 + w) / 2, (1 - w) / 2}), 1 << 12);
        assertEquals(base.ironedIntervals().size(), big.ironedIntervals().size());
        assertScaled(base.reserve(), big.reserve(), s);
        for (int n = 1; n <= 3; n++) {
            assertScaled(base.revenue(n), big.revenue(n), s);
        }
    }

    @Property(tries = 40)
    void perClickAuctionPicksTheSameWinnerAtEveryScale(@ForAll @DoubleRange(min = -12, max = 12) double u,
                                                        @ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        double s = Math.pow(10, u);
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        double[] values = {random.nextDouble(0.5, 5), random.nextDouble(0.5, 5), random.nextDouble(0.5, 5)};
        double[] rates = {random.nextDouble(0.01, 1), random.nextDouble(0.01, 1), random.nextDouble(0.01, 1)};
        double[] big = {values[0] * s, values[1] * s, values[2] * s};
        PerClickAuction auction = new PerClickAuction(new double[][] {{values[0]}, {values[1]}, {values[2]}},
                new double[][] {{rates[0]}, {rates[1]}, {rates[2]}});
        PerClickAuction scaled = new PerClickAuction(new double[][] {{big[0]}, {big[1]}, {big[2]}},
                new double[][] {{rates[0]}, {rates[1]}, {rates[2]}});
        int winner = auction.winner(values, rates);
        assertEquals(winner, scaled.winner(big, rates));
        assertScaled(auction.pricePerClick(winner, values, rates), scaled.pricePerClick(winner, big, rates), s);
        assertScaled(auction.epsilonWithReportedRates().gain(), scaled.epsilonWithReportedRates().gain(), s);
    }

    @Property(tries = 30)
    void dataDrivenVcgGainIsScaleEquivariant(@ForAll @DoubleRange(min = -12, max = 12) double u) {
        double s = Math.pow(10, u);
        // per-click environment with values {1, 2} and {1.5}; the sample mean of 8 clicks estimates the rate
        DataDrivenEnvironment base = DataDrivenExamples.perClickAuction(new double[][] {{1, 2}, {1.5}},
                new double[] {0.25, 0.75});
        DataDrivenEnvironment big = DataDrivenExamples.perClickAuction(new double[][] {{s, 2 * s}, {1.5 * s}},
                new double[] {0.25, 0.75});
        FiniteEstimator estimator = FiniteEstimator.sampleMean(8, 0.25, 0.75);
        DataDrivenDeviation a = DataDrivenVcg.epsilon(base, estimator);
        DataDrivenDeviation b = DataDrivenVcg.epsilon(big, estimator);
        assertEquals(a.agent(), b.agent());
        assertEquals(a.types(), b.types());
        assertScaled(a.gain(), b.gain(), s);
        for (int tp = 0; tp < base.typeProfiles(); tp++) {
            for (int sp = 0; sp < base.signalProfiles(); sp++) {
                assertEquals(DataDrivenVcg.efficientOutcome(base, tp, sp), DataDrivenVcg.efficientOutcome(big, tp, sp));
            }
        }
    }
}
