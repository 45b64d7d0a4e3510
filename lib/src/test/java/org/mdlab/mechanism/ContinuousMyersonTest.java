package org.mdlab.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mdlab.market.Market;
import org.mdlab.market.ValueDistribution;

class ContinuousMyersonTest {

    /** The mixture 0.8·U[0, 1/2] + 0.2·U[0, 1]: density 9/5 on [0, 1/2), 1/5 on [1/2, 1]. */
    private static final ValueDistribution MIXTURE = ValueDistribution.piecewiseUniform(new double[]{0, 0.5, 1}, new double[]{0.9, 0.1});

    /*
     * Closed form for MIXTURE in the upper quantile q = 1 - F(v). High piece (density β = 1/5, q <= 1/10):
     * v = 1 - 5q, R = q - 5q², slope 1 - 10q. Low piece (density α = 9/5, q >= 1/10): v = (1 - q)·5/9,
     * R = 5(q - q²)/9, slope 5(1 - 2q)/9, maximal at q = 1/2 (reserve v = 5/18). A line tangent to
     * R = A q - q²/δ at q0 has slope A - 2q0/δ and intercept q0²/δ; the common tangent to both pieces has
     * q_low²/α = q_high²/β and 1 - 10 q_high = 5/9 - 10 q_low/9, whence q_high = q_low/3, q_low = 1/5,
     * q_high = 1/15, slope 1/3. The pooled values are v(1/5) = 4/9 to v(1/15) = 2/3.
     */
    private static final double[][] MIXTURE_PIECES = {
            // {from q, to q, constant, slope} of φ̄(q) = c0 + c1 q
            {0, 1.0 / 15, 1, -10}, {1.0 / 15, 0.2, 1.0 / 3, 0}, {0.2, 0.5, 5.0 / 9, -10.0 / 9}};

    /** E[max φ̄^+] = Σ ∫ (c0 + c1 q) n (1-q)^{n-1} dq, with antiderivative -P(1-q), P(t) = (c0+c1) t^n - c1 n t^{n+1}/(n+1). */
    private static double mixtureClosedForm(int n) {
        double total = 0;
        for (double[] p : MIXTURE_PIECES) {
            total += antiderivative(1 - p[0], p[2], p[3], n) - antiderivative(1 - p[1], p[2], p[3], n);
        }
        return total;
    }

    private static double antiderivative(double t, double c0, double c1, int n) {
        return (c0 + c1) * Math.pow(t, n) - c1 * n * Math.pow(t, n + 1) / (n + 1);
    }

    @Test
    void uniformReserveIsOneHalfAndNothingIsIroned() {
        // φ(v) = 2v - 1 = 0 at v = 1/2; φ is increasing, so no interval is pooled
        ContinuousMyerson auction = ContinuousMyerson.of(ValueDistribution.uniform(0, 1));
        assertEquals(0.5, auction.reserve(), 1e-12);
        assertTrue(auction.isRegular());
    }

    @Test
    void powerReserveSolvesTheFirstOrderCondition() {
        // F(v) = v^2: φ(v) = v - (1 - v^2)/(2v) = (3v^2 - 1)/(2v) = 0 at v = 1/sqrt(3)
        assertEquals(1 / Math.sqrt(3), ContinuousMyerson.of(ValueDistribution.power(2)).reserve(), 1e-12);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void revenueMatchesTheUniformClosedForm(int n) {
        // n ∫_{1/2}^1 (2v - 1) v^{n-1} dv = (n - 1 + 2^{-n}) / (n + 1): n=1 gives 1/4, n=2 gives 5/12
        double closed = (n - 1 + Math.pow(2, -n)) / (n + 1);
        assertEquals(closed, ContinuousMyerson.of(ValueDistribution.uniform(0, 1)).revenue(n), 1e-12);
        assertEquals(closed, ContinuousMyerson.uniformOptimalRevenue(n), 1e-15);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void forARegularDistributionTheOptimalAuctionIsSecondPriceWithTheMonopolyReserve(int n) {
        // F(v) = v^2 is regular: Myerson's auction is the second-price auction with reserve 1/sqrt(3)
        ValueDistribution d = ValueDistribution.power(2);
        ContinuousMyerson auction = ContinuousMyerson.of(d);
        assertTrue(auction.isRegular());
        assertEquals(ContinuousMyerson.secondPriceRevenue(d, n, 1 / Math.sqrt(3)), auction.revenue(n), 1e-10);
    }

    @Test
    void withoutReserveTwoUniformBiddersYieldOneThird() {
        // second price, no reserve: E[min of two U[0,1]] = 1/3
        assertEquals(1.0 / 3.0, ContinuousMyerson.secondPriceRevenue(ValueDistribution.uniform(0, 1), 2, 0), 1e-12);
    }

    @Test
    void theIrregularSquareRootPowerIsIronedBelowItsReserve() {
        // F(v) = sqrt(v): R(q) = q(1-q)^2 is convex for q > 2/3; the tangent from (1, 0) touches at
        // q(1-q)^2 = R'(q)(q - 1) = -(1-q)^2(1-3q), i.e. q = 1/2, v = 1/4, slope R'(1/2) = -1/4.
        // The reserve (1 + a)^{-1/a} = 4/9 lies above, so ironing does not change the revenue.
        ValueDistribution d = ValueDistribution.power(0.5);
        ContinuousMyerson auction = ContinuousMyerson.of(d);
        List<IronedInterval> intervals = auction.ironedIntervals();
        assertEquals(1, intervals.size());
        assertEquals(0, intervals.get(0).lower(), 1e-12);
        assertEquals(0.25, intervals.get(0).upper(), 1e-4);
        assertEquals(-0.25, intervals.get(0).virtualValue(), 1e-6);
        assertEquals(4.0 / 9, auction.reserve(), 1e-12);
        assertEquals(ContinuousMyerson.secondPriceRevenue(d, 3, 4.0 / 9), auction.revenue(3), 1e-9);
    }

    @Test
    void theMixtureIsIronedOnTheClosedFormInterval() {
        // see MIXTURE_PIECES: pooled [4/9, 2/3] at 1/3; one cell is 2^-16 in F, i.e. at most 2^-16/(1/5) in v
        ContinuousMyerson auction = ContinuousMyerson.of(MIXTURE);
        assertEquals(1, auction.ironedIntervals().size());
        IronedInterval pooled = auction.ironedIntervals().get(0);
        assertEquals(4.0 / 9, pooled.lower(), 1e-4);
        assertEquals(2.0 / 3, pooled.upper(), 1e-4);
        assertEquals(1.0 / 3, pooled.virtualValue(), 1e-8);
        assertEquals(1.0 / 3, auction.ironedVirtualValue(0.55), 1e-8);
        // off the interval φ̄ = φ: at v = 0.3 (density 9/5), φ = 0.3 - (1 - 0.54)/1.8 = 0.3 - 0.2556
        assertEquals(0.3 - 0.46 / 1.8, auction.ironedVirtualValue(0.3), 1e-12);
        assertEquals(5.0 / 18, auction.reserve(), 1e-12);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void mixtureRevenueMatchesTheClosedFormAndBeatsSecondPriceWithTheSameReserve(int n) {
        ContinuousMyerson auction = ContinuousMyerson.of(MIXTURE);
        assertEquals(mixtureClosedForm(n), auction.revenue(n), 1e-8);
        double secondPrice = ContinuousMyerson.secondPriceRevenue(MIXTURE, n, 5.0 / 18);
        if (n == 1) {
            // one bidder: both are the posted price 5/18 with demand 1/2
            assertEquals(5.0 / 36, secondPrice, 1e-9);
        } else {
            assertTrue(auction.revenue(n) > secondPrice + 1e-4);
        }
    }

    @Test
    void ironedRevenueCurveIsTheTangentOnThePooledQuantiles() {
        // tangent line through (1/15, R = 1/15 - 5/225 = 2/45) with slope 1/3, evaluated at q = 0.1
        ContinuousMyerson auction = ContinuousMyerson.of(MIXTURE);
        assertEquals(2.0 / 45 + (0.1 - 1.0 / 15) / 3, auction.ironedRevenueCurve(0.1), 1e-8);
        assertEquals(0.1 - 5 * 0.01, auction.revenueCurve(0.1), 1e-15);
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3})
    void revenueEqualsTheExpectedEnvelopePayments(int n) {
        // independent route: n E[p(v)] with p(v) = v x(v) - ∫_{r}^{v} x(s) ds (Myerson's payment identity),
        // integrated by the midpoint rule on 20,000 value cells per density piece
        ContinuousMyerson auction = ContinuousMyerson.of(MIXTURE);
        int cells = 40_000;
        double h = 1.0 / cells;
        double integralOfX = 0;
        double expectedPayment = 0;
        for (int k = 0; k < cells; k++) {
            double v = (k + 0.5) * h;
            double x = auction.allocation(n, v);
            double payment = v * x - (integralOfX + 0.5 * h * x);
            expectedPayment += payment * MIXTURE.density(v) * h;
            integralOfX += x * h;
        }
        assertEquals(auction.revenue(n), n * expectedPayment, 2e-4);
    }

    @Test
    void discreteMyersonOnAFineGridApproachesTheContinuousRevenue() {
        // independent route: the discrete optimal auction (ironed discrete virtual values, envelope payments)
        // for two bidders whose value is the lower end j/K of its cell, with the mixture's cell masses.
        // Measured errors against the closed form fall by 4 per doubling (4.5e-4 at K = 30, 2.8e-5 at K = 120)
        int k = 120;
        double[] values = new double[k];
        double[] masses = new double[k];
        for (int j = 0; j < k; j++) {
            values[j] = (double) j / k;
            masses[j] = MIXTURE.cdf((j + 1.0) / k) - MIXTURE.cdf((double) j / k);
        }
        Market grid = Market.of(values, masses);
        double discrete = MyersonAuction.optimal(List.of(grid, grid)).expectedRevenue();
        assertEquals(mixtureClosedForm(2), discrete, 1e-4);
    }

    @Test
    void badArgumentsAreRejected() {
        ContinuousMyerson auction = ContinuousMyerson.of(ValueDistribution.uniform(0, 1));
        assertThrows(IllegalArgumentException.class, () -> ContinuousMyerson.secondPriceRevenue(ValueDistribution.uniform(0, 1), 2, 1.5));
        assertThrows(IllegalArgumentException.class, () -> ContinuousMyerson.secondPriceRevenue(ValueDistribution.uniform(0, 1), 0, 0.5));
        assertThrows(IllegalArgumentException.class, () -> auction.revenue(0));
        assertThrows(IllegalArgumentException.class, () -> auction.allocation(2, 1.5));
        assertThrows(IllegalArgumentException.class, () -> auction.revenueCurve(-0.1));
        assertThrows(IllegalArgumentException.class, () -> ContinuousMyerson.of(ValueDistribution.uniform(0, 1), 2));
    }

    @Property(tries = 25)
    void onRandomHistogramsTheIronedAuctionBeatsEverySecondPriceAuctionAndItsCurveIsAConcaveMajorant(
            @ForAll @LongRange(min = 0, max = 1_000_000) long seed, @ForAll @IntRange(min = 1, max = 4) int bidders) {
        // Myerson (1981): the ironed auction maximises revenue over all IC/IR mechanisms, in particular over
        // second price with any reserve; R̄ >= R, and R̄ is concave (midpoint test on a grid)
        SplittableRandom random = new SplittableRandom(seed);
        double[] masses = new double[4];
        double total = 0;
        for (int k = 0; k < 4; k++) {
            masses[k] = 0.05 + random.nextDouble();
            total += masses[k];
        }
        for (int k = 0; k < 4; k++) {
            masses[k] /= total;
        }
        ValueDistribution d = ValueDistribution.piecewiseUniform(new double[]{0, 0.25, 0.5, 0.75, 1}, masses);
        ContinuousMyerson auction = ContinuousMyerson.of(d, 1 << 14);
        double optimal = auction.revenue(bidders);
        for (int j = 0; j <= 20; j++) {
            assertTrue(optimal >= ContinuousMyerson.secondPriceRevenue(d, bidders, j / 20.0) - 1e-6);
        }
        for (int j = 1; j < 100; j++) {
            double q = j / 100.0;
            assertTrue(auction.ironedRevenueCurve(q) >= auction.revenueCurve(q) - 1e-9);
            double mid = auction.ironedRevenueCurve(q);
            double chord = 0.5 * (auction.ironedRevenueCurve(q - 0.01) + auction.ironedRevenueCurve(q + 0.01));
            assertTrue(mid >= chord - 1e-9, "R̄ not concave at q = " + q);
        }
    }
}
