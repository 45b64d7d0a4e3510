package org.mdlab.dynamic.revenue;

import org.mdlab.estimator.MonteCarloEstimate;
import org.mdlab.market.ValueDistribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class AutoregressiveScreeningTest {

    @Test
    void firstPeriodIsMussaRosenWithProfitOneTwelfthRentOneTwentyFourthFirstBestOneSixth() {
        // t = 1: q = (2θ - 1)+; E[½ q²] = ∫_{1/2}^{1} (2θ - 1)²/2 dθ = 1/12, rent ∫_{1/2}^1 (1 - θ)(2θ - 1) dθ = 1/24,
        // first best ∫_0^1 θ²/2 dθ = 1/6 (no innovation enters period 1, so these are exact).
        DynamicSurplus one = new AutoregressiveScreening(0.8, Innovation.of(ValueDistribution.uniform(-0.3, 0.3)), 0.9, 1).accounts();
        assertEquals(1.0 / 12, one.profit(), 1e-15);
        assertEquals(1.0 / 24, one.consumerRent(), 1e-15);
        assertEquals(1.0 / 6, one.firstBest(), 1e-15);
    }

    @Test
    void withoutPersistenceLaterPeriodsAreUndistortedHalfMoments() {
        // γ = 0: θ_t = ε_t for t ≥ 2, no distortion. Normal: E[½ ε₊²] = σ²/4; uniform on [-a, a]: ∫_0^a x²/(4a) dx = a²/12.
        // Lattice error: the midpoint rule on ½ x₊² with spacing w = sd/64 errs by about w²·f(0)/24 < 1e-6 here.
        DynamicSurplus normal = new AutoregressiveScreening(0, 0.3, 0.9, 4).accounts();
        assertEquals(0.09 / 4, normal.periodProfit()[2], 1e-6);
        DynamicSurplus uniform = new AutoregressiveScreening(0, Innovation.of(ValueDistribution.uniform(-0.4, 0.4)), 0.9, 4).accounts();
        assertEquals(0.16 / 12, uniform.periodProfit()[2], 1e-6);
        assertEquals(0, uniform.consumerRent() - 1.0 / 24, 1e-15);
    }

    @Test
    void normalInnovationsAgreeWithTheClosedFormNormalMomentsIntegratedBySimpson() {
        // Independent route: given θ_1, X_t = θ_t - γ^{t-1}(1 - θ_1) ~ N(m, s²), m = γ^{t-1}(2θ_1 - 1), s² = σ² Σ_{k<t-1} γ^{2k},
        // E[½ X₊²] = ½[(m² + s²)Φ(m/s) + m s φ(m/s)], integrated over θ_1 by Simpson's rule with 2000 intervals (error ~1e-13).
        double gamma = 0.7;
        double sigma = 0.25;
        DynamicSurplus accounts = new AutoregressiveScreening(gamma, sigma, 0.9, 10).accounts();
        for (int t = 2; t <= 10; t++) {
            double g = Math.pow(gamma, t - 1);
            double variance = 0;
            for (int k = 0; k < t - 1; k++) {
                variance += Math.pow(gamma, 2 * k);
            }
            double s = sigma * Math.sqrt(variance);
            int n = 2000;
            double sum = 0;
            for (int j = 0; j <= n; j++) {
                double m = g * (2.0 * j / n - 1);
                double z = m / s;
                double value = 0.5 * ((m * m + s * s) * phi(z) + m * s * Math.exp(-0.5 * z * z) / Math.sqrt(2 * Math.PI));
                sum += (j == 0 || j == n ? 1 : j % 2 == 1 ? 4 : 2) * value;
            }
            assertEquals(sum / n / 3, accounts.periodProfit()[t - 1], 2e-6, "period " + t);
        }
    }

    private static double phi(double z) {
        // Marsaglia (2004) Taylor series for Φ.
        double sum = z;
        double previous = 0;
        double term = z;
        for (int i = 1; sum != previous; ) {
            previous = sum;
            i += 2;
            term *= z * z / i;
            sum = previous + term;
        }
        return 0.5 + sum * Math.exp(-0.5 * z * z - 0.91893853320467274178);
    }

    @Test
    void latticeErrorFallsLikeTheSquareOfTheSpacing() {
        // Against the exact uniform γ = 0 value a²/12 per later period: halving w divides the error by about 4.
        double a = 0.4;
        AutoregressiveScreening model = new AutoregressiveScreening(0, Innovation.of(ValueDistribution.uniform(-a, a)), 0.5, 2);
        double exact = 1.0 / 12 + 0.5 * a * a / 12;
        double coarse = Math.abs(model.accounts(4).profit() - exact);
        double fine = Math.abs(model.accounts(8).profit() - exact);
        assertTrue(coarse > 0 && fine > 0, coarse + " " + fine);
        assertEquals(2, Math.log(coarse / fine) / Math.log(2), 0.3);
    }

    @Test
    void profitPlusRentNeverExceedsTheFirstBest() {
        for (double gamma : new double[] {0, 0.5, 0.9, 1}) {
            DynamicSurplus d = new AutoregressiveScreening(gamma, Innovation.of(ValueDistribution.uniform(-0.3, 0.3)), 0.9, 15).accounts();
            assertTrue(d.deadweightLoss() >= -1e-12, gamma + ": " + d);
        }
    }

    @Property(tries = 20)
    void distortionsVanishGeometrically(@ForAll @DoubleRange(min = 0, max = 0.95) double gamma,
                                        @ForAll @DoubleRange(min = 0, max = 1) double theta1,
                                        @ForAll @IntRange(min = 1, max = 99) int t) {
        AutoregressiveScreening model = new AutoregressiveScreening(gamma, 0.2, 0.9, 100);
        assertEquals(Math.pow(gamma, t - 1), model.impulseResponse(t), 1e-15);
        assertTrue(model.distortion(t + 1, theta1) <= model.distortion(t, theta1) + 1e-15);
        assertTrue(model.allocation(t, theta1, 0.7) <= model.efficientAllocation(0.7));
    }

    @Test
    void simulatedProfitCoversTheQuadratureForNormalAndUniformInnovations() {
        for (Innovation law : new Innovation[] {Innovation.normal(0.25), Innovation.of(ValueDistribution.uniform(-0.4, 0.4))}) {
            AutoregressiveScreening model = new AutoregressiveScreening(0.7, law, 0.9, 10);
            MonteCarloEstimate estimate = model.simulateProfit(200_000, new SplittableRandom(7));
            double exact = model.accounts().profit();
            assertTrue(estimate.covers(exact, 4), law + ": " + estimate + " vs " + exact);
        }
    }

    @Test
    void invalidParametersAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new AutoregressiveScreening(1.2, 0.1, 0.9, 5));
        assertThrows(IllegalArgumentException.class, () -> new AutoregressiveScreening(0.5, 0, 0.9, 5));
        assertThrows(IllegalArgumentException.class, () -> new AutoregressiveScreening(0.5, 0.1, 1, 5));
        assertThrows(IllegalArgumentException.class, () -> new AutoregressiveScreening(0.5, 0.1, 0.9, 0));
        assertThrows(IllegalArgumentException.class, () -> new AutoregressiveScreening(0.5, null, 0.9, 5));
        AutoregressiveScreening model = new AutoregressiveScreening(0.5, 0.1, 0.9, 5);
        assertThrows(IllegalArgumentException.class, () -> model.impulseResponse(6));
        assertThrows(IllegalArgumentException.class, () -> model.distortion(2, 1.5));
        assertThrows(IllegalArgumentException.class, () -> model.accounts(1));
        assertThrows(IllegalArgumentException.class, () -> Innovation.of(ValueDistribution.uniform(0, 1e-300)));
    }
}
