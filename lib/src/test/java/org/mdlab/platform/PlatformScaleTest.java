package org.mdlab.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.mdlab.optimisation.SolverOptions;

/**
 * Values × s, {@code s = 10^u} for {@code u ∈ [-12, 12]}: types and cost curvature times {@code s} (a money unit
 * {@code 1/s}) leave every quality unchanged and multiply every price, rent, profit and surplus by {@code s}.
 */
class PlatformScaleTest {

    private static void assertScaled(PlatformWelfare base, PlatformWelfare scaled, double s, double tol) {
        double size = Math.abs(base.total()) + Math.abs(base.platform());
        assertEquals(base.consumer(), scaled.consumer() / s, tol * size);
        assertEquals(base.seller(), scaled.seller() / s, tol * size);
        assertEquals(base.platform(), scaled.platform() / s, tol * size);
    }

    @Property(tries = 60)
    void closedFormsAreScaleEquivariant(@ForAll @DoubleRange(min = -12, max = 12) double u,
            @ForAll @DoubleRange(min = 0.3, max = 4) double shape, @ForAll @DoubleRange(min = 0, max = 0.95) double share,
            @ForAll @DoubleRange(min = 0, max = 1) double at) {
        double s = Math.pow(10, u);
        PlatformMarket m = PlatformMarket.of(LinearHazardTypes.of(0.5, 2, shape), share, 1.5);
        PerfectTargeting base = PerfectTargeting.of(m);
        PerfectTargeting scaled = PerfectTargeting.of(m.scaled(s));
        assertScaled(base.welfare(), scaled.welfare(), s, 1e-12);
        double theta = 0.5 + 1.5 * at;
        assertEquals(base.offQuality(theta), scaled.offQuality(theta * s), 1e-12);
        assertEquals(base.onQuality(theta), scaled.onQuality(theta * s), 1e-12);
        assertEquals(base.offPrice(theta), scaled.offPrice(theta * s) / s, 1e-12 * (1 + Math.abs(base.offPrice(theta))));
        PlatformMarket uniform = PlatformMarket.of(LinearHazardTypes.uniform(0.5, 2), share, 1.5);
        assertScaled(CohortTargeting.of(uniform, 3).welfare(), CohortTargeting.of(uniform.scaled(s), 3).welfare(), s, 1e-12);
        assertEquals(CohortTargeting.of(uniform, 3).onQuality(theta), CohortTargeting.of(uniform.scaled(s), 3).onQuality(theta * s), 1e-12);
    }

    @Property(tries = 8)
    void theLpIsScaleEquivariant(@ForAll @DoubleRange(min = -12, max = 12) double u) {
        double s = Math.pow(10, u);
        PlatformMarket m = PlatformMarket.uniform(0, 1, 0.4);
        GridMenus base = ShowroomingLp.of(m, 8, 4, 17).solve(SolverOptions.defaults()).value();
        GridMenus scaled = ShowroomingLp.of(m.scaled(s), 8, 4, 17).solve(SolverOptions.defaults()).value();
        assertEquals(base.grossProfit(), scaled.grossProfit() / s, 1e-9 * base.grossProfit());
        assertEquals(base.expectedRent(), scaled.expectedRent() / s, 1e-9 * base.grossProfit());
        for (int i = 0; i < 8; i++) {
            assertEquals(base.offQualities()[i], scaled.offQualities()[i], 1e-9);
            assertEquals(base.onQualities()[i], scaled.onQualities()[i], 1e-9);
        }
    }
}
