package org.mdlab.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

class PerfectTargetingTest {

    /** E[g(θ)] by the midpoint rule in the quantile, {@code ∫_0^1 g(F^{-1}(u)) du}: a route without densities or moments. */
    private static double expectation(LinearHazardTypes types, DoubleUnaryOperator g) {
        int n = 200_000;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += g.applyAsDouble(types.quantile((i + 0.5) / n));
        }
        return sum / n;
    }

    @Test
    void withoutThePlatformTheUniformCaseIsMussaRosen() {
        // U[0,1], k = 1: q = 2θ - 1 above 1/2, U = (θ - 1/2)^2, E[U] = 1/24, profit 1/12, total 1/8.
        PerfectTargeting p = PerfectTargeting.of(PlatformMarket.uniform(0, 1, 0));
        assertEquals(0.5, p.exclusionType(), 1e-15);
        assertEquals(2 * 0.8 - 1, p.offQuality(0.8), 1e-15);
        assertEquals(0.09, p.offRent(0.8), 1e-15);
        PlatformWelfare w = p.welfare();
        assertEquals(1.0 / 24, w.consumer(), 1e-15);
        assertEquals(1.0 / 12, w.seller(), 1e-15);
        assertEquals(0, w.platform(), 1e-15);
        assertEquals(1.0 / 8, w.total(), 1e-15);
    }

    @Test
    void theUniformCaseWithAShareOnThePlatform() {
        // U[0,1], λ = 1/2: B = 3, q_off = 3θ - 2 above 2/3, U = (3/2)(θ - 2/3)^2, E[U] = ∫(3θ-2)(1-θ) = 1/54,
        // E[S_off] = ∫_{2/3}^1 θ(3θ-2) - (3θ-2)^2/2 = (x = 3θ-2) (1/3)∫_0^1 (x+2)x/3 - x^2/2 dx = 5/54, E[S_on] = 1/6.
        PerfectTargeting p = PerfectTargeting.of(PlatformMarket.uniform(0, 1, 0.5));
        assertEquals(2.0 / 3, p.exclusionType(), 1e-15);
        assertEquals(1.0 / 54, p.expectedRent(), 1e-15);
        assertEquals(5.0 / 54, p.offSurplus(), 1e-15);
        assertEquals(1.0 / 6, p.onSurplus(), 1e-15);
        assertEquals(0.5 * 5 / 54 + 0.5 / 6 - 1.0 / 54, p.grossProfit(), 1e-15);
        assertEquals(1.5 * Math.pow(0.9 - 2.0 / 3, 2), p.offRent(0.9), 1e-15);
    }

    @Property(tries = 40)
    void closedFormExpectationsMatchQuadratureInTheQuantile(@ForAll @DoubleRange(min = 0, max = 2) double lower,
            @ForAll @DoubleRange(min = 0.2, max = 3) double width, @ForAll @DoubleRange(min = 0.3, max = 4) double shape,
            @ForAll @DoubleRange(min = 0, max = 0.95) double share, @ForAll @DoubleRange(min = 0.2, max = 5) double k) {
        LinearHazardTypes types = LinearHazardTypes.of(lower, lower + width, shape);
        PerfectTargeting p = PerfectTargeting.of(PlatformMarket.of(types, share, k));
        double rent = expectation(types, p::offRent);
        double off = expectation(types, t -> t * p.offQuality(t) - k * p.offQuality(t) * p.offQuality(t) / 2);
        double on = expectation(types, t -> t * t / (2 * k));
        // midpoint rule in u: error O(n^-2) for smooth integrands, O(n^-(1+1/κ)) at the kink at the top for κ < 1
        double tol = 2e-6 * (1 + (lower + width) * (lower + width) / k);
        assertEquals(rent, p.expectedRent(), tol);
        assertEquals(off, p.offSurplus(), tol);
        assertEquals(on, p.onSurplus(), tol);
    }

    @Property(tries = 60)
    void rentIsTheIntegralOfOffPlatformQuality(@ForAll @DoubleRange(min = 0.3, max = 4) double shape,
            @ForAll @DoubleRange(min = 0, max = 0.95) double share, @ForAll @DoubleRange(min = 0, max = 1) double at) {
        // envelope: U(θ) = ∫_lower^θ q_off, by Simpson's rule on 20 000 panels (q_off is piecewise linear: exact but at the kink)
        PerfectTargeting p = PerfectTargeting.of(PlatformMarket.of(LinearHazardTypes.of(1, 3, shape), share, 2));
        double theta = 1 + 2 * at;
        int n = 20_000;
        double h = (theta - 1) / n;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double a = 1 + i * h;
            double b = i == n - 1 ? theta : a + h;
            sum += (b - a) / 6 * (p.offQuality(a) + 4 * p.offQuality((a + b) / 2) + p.offQuality(b));
        }
        assertEquals(sum, p.offRent(theta), 1e-9);
    }

    @Property(tries = 60)
    void higherQualityOnThePlatformAndEachQualityCheaperThere(@ForAll @DoubleRange(min = 0.3, max = 4) double shape,
            @ForAll @DoubleRange(min = 0.01, max = 0.95) double share, @ForAll @DoubleRange(min = 0, max = 1) double at) {
        PerfectTargeting p = PerfectTargeting.of(PlatformMarket.of(LinearHazardTypes.of(0.5, 2, shape), share, 1.5));
        double theta = 0.5 + 1.5 * at;
        assertTrue(p.onQuality(theta) >= p.offQuality(theta));
        if (p.offQuality(theta) > 0) {
            // per type: p_on/q_on - p_off/q_off = U (1/q_off - 1/q_on) >= 0 (a higher quality at a higher unit price)
            double u = p.offRent(theta);
            assertEquals(u * (1 / p.offQuality(theta) - 1 / p.onQuality(theta)), p.onUnitPrice(theta) - p.offUnitPrice(theta), 1e-9);
        }
        // per quality: the off-platform buyer of q is a higher type, and the on tariff lies below the off tariff
        double q = p.lowestOffQuality() + at * (2 / 1.5 - p.lowestOffQuality());
        if (q > 0 && q >= 0.5 / 1.5) {
            assertTrue(p.onTariff(q) <= p.offTariff(q) + 1e-12);
        }
    }

    @Property(tries = 40)
    void moreDataLowersConsumerSurplusAndRaisesAdRevenue(@ForAll @DoubleRange(min = 0.3, max = 4) double shape,
            @ForAll @DoubleRange(min = 0, max = 0.9) double share) {
        PlatformMarket m = PlatformMarket.of(LinearHazardTypes.of(0, 1, shape), share, 1);
        PlatformWelfare low = PerfectTargeting.of(m).welfare();
        PlatformWelfare high = PerfectTargeting.of(m.withShare(share + 0.05)).welfare();
        assertTrue(high.consumer() < low.consumer());
        assertTrue(high.platform() > low.platform());
        assertTrue(low.platform() >= -1e-15);
        assertEquals(low.seller(), high.seller(), 1e-15);
    }
}
