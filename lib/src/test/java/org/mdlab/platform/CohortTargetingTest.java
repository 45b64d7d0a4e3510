package org.mdlab.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class CohortTargetingTest {

    @Property(tries = 30)
    void oneCohortIsMussaRosenOnAndOffThePlatform(@ForAll @DoubleRange(min = 0, max = 0.95) double share,
            @ForAll @DoubleRange(min = 0, max = 1) double at) {
        PlatformMarket m = PlatformMarket.of(LinearHazardTypes.uniform(1, 3), share, 2);
        CohortTargeting one = CohortTargeting.of(m, 1);
        PerfectTargeting mr = PerfectTargeting.of(m.withShare(0));
        double theta = 1 + 2 * at;
        assertEquals(mr.offQuality(theta), one.offQuality(theta), 1e-12);
        assertEquals(mr.offQuality(theta), one.onQuality(theta), 1e-12);
        assertEquals(mr.offRent(theta), one.onRent(theta), 1e-12);
        assertEquals(mr.welfare().consumer(), one.welfare().consumer(), 1e-12);
        assertEquals(0, one.welfare().platform(), 1e-12);
    }

    @Test
    void manyCohortsConvergeToPerfectTargetingAtFirstOrder() {
        // the off-platform distortion differs by (λ/(1-λ))(c_{j+1} - θ) <= (λ/(1-λ)) Δ/N: errors O(1/N)
        PlatformMarket m = PlatformMarket.uniform(0, 1, 0.4);
        double exact = PerfectTargeting.of(m).welfare().consumer();
        double[] errors = new double[4];
        int[] sizes = {32, 64, 128, 256};
        for (int i = 0; i < sizes.length; i++) {
            errors[i] = CohortTargeting.of(m, sizes[i]).welfare().consumer() - exact;
            assertTrue(errors[i] > 0);
        }
        double rate = Math.log(errors[0] / errors[3]) / Math.log(8);
        assertEquals(1, rate, 0.05);
    }

    @Property(tries = 50)
    void showroomingHoldsAndCoarserDataHelpsConsumers(@ForAll @IntRange(min = 1, max = 12) int cohorts,
            @ForAll @DoubleRange(min = 0.01, max = 0.95) double share, @ForAll @DoubleRange(min = 0, max = 1) double at) {
        PlatformMarket m = PlatformMarket.uniform(0.5, 2, share);
        CohortTargeting c = CohortTargeting.of(m, cohorts);
        double theta = 0.5 + 1.5 * at;
        assertTrue(c.onRent(theta) >= c.offRent(theta) - 1e-12);
        assertTrue(c.onQuality(theta) >= c.offQuality(theta));
        assertTrue(c.welfare().consumer() >= PerfectTargeting.of(m).welfare().consumer() - 1e-12);
    }

    @Property(tries = 30)
    void twoCohortsGiveConsumersMoreThanNoData(@ForAll @DoubleRange(min = 0, max = 0.95) double share) {
        // U[0,1], N = 2: the upper cohort gets Mussa-Rosen in both channels; off the platform the lower cohort is
        // excluded (2θ - 1 - (λ/(1-λ))/2 < 0); on it the seller serves q = 2θ - 1/2 from 1/4, rent (θ - 1/4)^2 with
        // mean 1/192, so CS = 1/24 + λ/192 > 1/24 = CS(N = 1)
        PlatformMarket m = PlatformMarket.uniform(0, 1, share);
        assertEquals(1.0 / 24 + share / 192, CohortTargeting.of(m, 2).welfare().consumer(), 1e-15);
        assertEquals(1.0 / 24, CohortTargeting.of(m, 1).welfare().consumer(), 1e-15);
        assertEquals(Math.pow(0.4 - 0.25, 2), CohortTargeting.of(m, 2).onRent(0.4), 1e-15);
    }

    @Property(tries = 30)
    void welfareIntegralsMatchAFineMidpointRule(@ForAll @IntRange(min = 1, max = 9) int cohorts,
            @ForAll @DoubleRange(min = 0, max = 0.95) double share) {
        // midpoint rule on 100 800 cells (a multiple of every N <= 9, so the jumps of U_on at cohort bounds fall on
        // cell edges) of the pointwise closed forms: rents are quadratic between kinks, error O(h^2) ~ 1e-10
        PlatformMarket m = PlatformMarket.uniform(0, 2, share);
        CohortTargeting c = CohortTargeting.of(m, cohorts);
        int n = 100_800;
        double rent = 0;
        for (int i = 0; i < n; i++) {
            double t = 2 * (i + 0.5) / n;
            rent += ((1 - share) * c.offRent(t) + share * c.onRent(t)) / n;
        }
        assertEquals(rent, c.expectedRent(), 1e-9);
    }
}
