package org.mdlab.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.mdlab.market.ConvexCost;
import org.mdlab.market.Market;
import org.mdlab.market.ValueDistribution;
import org.mdlab.market.VirtualValues;

class NonlinearPricingTest {

    private static final ConvexCost HALF_SQUARE = ConvexCost.quadratic(1, 10);

    @Test
    void uniformQuadraticMenuMatchesTheMussaRosenClosedForm() {
        // θ ~ U[0,1], c(q) = q²/2: φ(θ) = 2θ - 1, q(θ) = (2θ - 1)+, U(θ) = ∫_{1/2}^θ q = (θ - 1/2)²,
        // t(θ) = θ q(θ) - U(θ) = θ² - 1/4 on θ >= 1/2 and 0 below.
        PricingSolution s = NonlinearPricing.optimal(ValueDistribution.uniform(0, 1), HALF_SQUARE, 2001);
        double[] theta = s.menu().types();
        double[] q = s.menu().qualities();
        double[] t = s.menu().prices();
        for (int k = 0; k < theta.length; k++) {
            assertEquals(Math.max(0, 2 * theta[k] - 1), q[k], 1e-9, "q at " + theta[k]);
            assertEquals(theta[k] >= 0.5 ? theta[k] * theta[k] - 0.25 : 0, t[k], 1e-9, "t at " + theta[k]);
        }
    }

    @Test
    void uniformQuadraticProfitRentAndFirstBestMatchTheirIntegrals() {
        // profit ∫_{1/2}^1 (θ² - 1/4 - (2θ-1)²/2) dθ = 1/12; rent ∫_{1/2}^1 (θ-1/2)² dθ = 1/24;
        // first best ∫_0^1 θ²/2 dθ = 1/6; trapezoid error on h = 1/2000 is below 1e-7.
        PricingSolution s = NonlinearPricing.optimal(ValueDistribution.uniform(0, 1), HALF_SQUARE, 2001);
        assertEquals(1.0 / 12, s.profit(), 1e-6);
        assertEquals(1.0 / 24, s.consumerRent(), 1e-6);
        assertEquals(1.0 / 6, s.firstBestSurplus(), 1e-6);
        assertEquals(1.0 / 6 - 1.0 / 12 - 1.0 / 24, s.deadweightLoss(), 1e-6);
    }

    @Test
    void uniformQuadraticTariffIsHalfQPlusQuarterQSquared() {
        // eliminating θ = (1 + q)/2 from t = θ² - 1/4 gives T(q) = q/2 + q²/4.
        Tariff tariff = NonlinearPricing.optimal(ValueDistribution.uniform(0, 1), HALF_SQUARE, 2001).menu().tariff();
        for (double q = 0; q <= 1; q += 0.01) {
            assertEquals(q / 2 + q * q / 4, tariff.price(q), 1e-6, "T at " + q);
        }
    }

    @Test
    void discreteIroningPoolsTheTwoLowTypes() {
        // types {4,5,6}, probabilities (0.45, 0.10, 0.45): φ = (4 - 0.55/0.45, 5 - 0.45/0.10, 6)
        // = (2.778, 0.5, 6); ironing pools types 1-2 at (0.45·2.778 + 0.1·0.5)/0.55 = 26/11.
        // With c = q²/2: q = (26/11, 26/11, 6), t1 = t2 = 4·26/11 = 104/11, t3 = 104/11 + 6(6 - 26/11) = 344/11.
        PricingSolution s = NonlinearPricing.optimal(
                Market.of(new double[] {4, 5, 6}, new double[] {0.45, 0.10, 0.45}), HALF_SQUARE);
        double[] ironed = s.ironedVirtualValues();
        assertEquals(26.0 / 11, ironed[0], 1e-12);
        assertEquals(26.0 / 11, ironed[1], 1e-12);
        assertEquals(6, ironed[2], 1e-12);
        assertEquals(26.0 / 11, s.menu().qualities()[0], 1e-9);
        assertEquals(26.0 / 11, s.menu().qualities()[1], 1e-9);
        assertEquals(6, s.menu().qualities()[2], 1e-9);
        assertEquals(104.0 / 11, s.menu().prices()[1], 1e-8);
        assertEquals(344.0 / 11, s.menu().prices()[2], 1e-8);
        // profit = Σ p φ̄ q - c(q) = 0.55 (26/11)²/2 + 0.45 · 6²/2 = 1.536364 + 8.1
        assertEquals(0.55 * 676.0 / 242 + 8.1, s.profit(), 1e-8);
    }

    @Test
    void twoTypesExcludeTheLowTypeWhenItsVirtualValueIsZero() {
        // θ ∈ {1, 2} equally likely, c = q²/2: φ_L = 1 - (2-1)(0.5)/0.5 = 0, φ_H = 2;
        // q = (0, 2), t = (0, 0 + 2·(2 - 0)) = (0, 4); profit 0.5 (4 - 2²/2) = 1.
        PricingSolution s = NonlinearPricing.optimal(Market.of(new double[] {1, 2}, new double[] {0.5, 0.5}),
                HALF_SQUARE);
        assertEquals(0, s.menu().qualities()[0], 1e-9);
        assertEquals(2, s.menu().qualities()[1], 1e-9);
        assertEquals(4, s.menu().prices()[1], 1e-8);
        assertEquals(1, s.profit(), 1e-8);
    }

    @Test
    void zeroProbabilityValuesAreNotTypes() {
        // {4, 5, 6} with masses (0.45, 0, 0.55): the types are 4 and 6, φ = (4 - 2·0.55/0.45, 6) = (1.556, 6);
        // with c = q²/2, q = (14/9, 6), t = (4·14/9, 56/9 + 6(6 - 14/9)).
        PricingSolution s = NonlinearPricing.optimal(Market.of(new double[] {4, 5, 6}, new double[] {0.45, 0, 0.55}),
                HALF_SQUARE);
        assertEquals(2, s.menu().size());
        assertEquals(14.0 / 9, s.menu().qualities()[0], 1e-12);
        assertEquals(56.0 / 9 + 6 * (6 - 14.0 / 9), s.menu().prices()[1], 1e-12);
    }

    @Test
    void nullArgumentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> NonlinearPricing.optimal((Market) null, HALF_SQUARE));
        assertThrows(IllegalArgumentException.class, () -> NonlinearPricing.optimal(Market.uniform(1), null));
    }

    @Test
    void gridWithFewerThanTwoPointsIsRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> NonlinearPricing.optimal(ValueDistribution.uniform(0, 1), HALF_SQUARE, 1));
    }

    @Property(tries = 200)
    void computedDiscreteMenusAreIncentiveCompatibleAndIndividuallyRational(
            @ForAll @LongRange(min = 1, max = 1_000_000) long seed, @ForAll @IntRange(min = 1, max = 7) int n) {
        SplittableRandom random = new SplittableRandom(seed);
        Market types = randomTypes(random, n);
        double cubic = random.nextDouble();
        ConvexCost cost = ConvexCost.of(q -> q * q / 2 + cubic * q * q * q, 20);
        PricingSolution s = NonlinearPricing.optimal(types, cost);
        assertTrue(MenuAudit.of(s.menu()).holds(1e-8), () -> MenuAudit.of(s.menu()).toString());
    }

    @Property(tries = 200)
    void profitEqualsExpectedVirtualSurplus(
            @ForAll @LongRange(min = 1, max = 1_000_000) long seed, @ForAll @IntRange(min = 1, max = 7) int n) {
        // Myerson's identity with the unironed virtual values: Σ p_i (φ_i q_i - c(q_i)) equals profit
        // for any monotone allocation with binding local downward IC and lowest IR.
        SplittableRandom random = new SplittableRandom(seed);
        Market types = randomTypes(random, n);
        PricingSolution s = NonlinearPricing.optimal(types, HALF_SQUARE);
        double[] phi = VirtualValues.of(types);
        double[] p = types.probabilities();
        double[] q = s.menu().qualities();
        double virtualSurplus = 0;
        for (int i = 0; i < n; i++) {
            virtualSurplus += p[i] * (phi[i] * q[i] - q[i] * q[i] / 2);
        }
        assertEquals(virtualSurplus, s.profit(), 1e-8);
        assertTrue(s.profit() <= s.firstBestSurplus() + 1e-9);
        assertTrue(s.deadweightLoss() >= -1e-9);
    }

    @Property(tries = 50)
    void computedGridMenusAreIncentiveCompatibleAndIndividuallyRational(
            @ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double a = 0.2 + 3 * random.nextDouble();
        ValueDistribution types = ValueDistribution.of(t -> (Math.exp(a * t) - 1) / (Math.exp(a) - 1),
                t -> a * Math.exp(a * t) / (Math.exp(a) - 1), 0, 1);
        PricingSolution s = NonlinearPricing.optimal(types, HALF_SQUARE, 201);
        assertTrue(MenuAudit.of(s.menu()).holds(1e-9), () -> MenuAudit.of(s.menu()).toString());
    }

    private static Market randomTypes(SplittableRandom random, int n) {
        double[] theta = new double[n];
        double[] p = new double[n];
        double level = random.nextDouble();
        double sum = 0;
        for (int i = 0; i < n; i++) {
            level += 0.05 + random.nextDouble();
            theta[i] = level;
            p[i] = 0.05 + random.nextDouble();
            sum += p[i];
        }
        for (int i = 0; i < n; i++) {
            p[i] /= sum;
        }
        double rest = 1;
        for (int i = 0; i < n - 1; i++) {
            rest -= p[i];
        }
        p[n - 1] = rest;
        return Market.of(theta, p);
    }
}
