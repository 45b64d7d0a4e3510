package org.mdlab.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mdlab.optimisation.SolverOptions;
import org.mdlab.screening.NonlinearPricing;
import org.mdlab.screening.PricingSolution;

class ShowroomingLpTest {

    @Test
    void withoutThePlatformTheLpIsTheDiscreteMussaRosenMenu() {
        // NonlinearPricing solves the same grid by ironed discrete virtual values and binding local constraints;
        // the LP cost is the chord interpolation on K levels: profit within k h^2/8, qualities within h/2
        PlatformMarket m = PlatformMarket.of(LinearHazardTypes.of(0.2, 1.4, 2), 0, 1.3);
        ShowroomingLp lp = ShowroomingLp.perfect(m, 16, 41);
        GridMenus g = lp.solve(SolverOptions.defaults()).value();
        PricingSolution mr = NonlinearPricing.optimal(lp.typeMarket(), m.cost());
        assertEquals(mr.profit(), g.grossProfit(), lp.costApproximationBound() + 1e-9);
        double[] q = mr.menu().qualities();
        double[] lpq = g.offQualities();
        for (int i = 0; i < q.length; i++) {
            assertEquals(q[i], lpq[i], lp.qualityStep() / 2 + 1e-9);
        }
    }

    @Test
    void perfectTargetingQualitiesAreTheGridClosedForm() {
        // uniform grid: discrete distorted virtual value θ_i - δ(n-1-i)/(1-λ) = continuous value + δ/(2(1-λ));
        // on the platform θ_i/k; each within the LP's h/2
        PlatformMarket m = PlatformMarket.uniform(0, 1, 0.3);
        int n = 20;
        ShowroomingLp lp = ShowroomingLp.perfect(m, n, 2 * n + 1);
        GridMenus g = lp.solve(SolverOptions.defaults()).value();
        PerfectTargeting p = PerfectTargeting.of(m);
        double[] theta = g.types();
        for (int i = 0; i < n; i++) {
            double expected = Math.max(0, p.distortedVirtualValue(theta[i]) + 1.0 / (2 * n * 0.7));
            assertEquals(expected, g.offQualities()[i], lp.qualityStep() / 2 + 1e-9);
            assertEquals(theta[i], g.onQualities()[i], lp.qualityStep() / 2 + 1e-9);
            assertTrue(g.onRents()[i] >= g.offRents()[i] - 1e-9);
        }
    }

    @Test
    void gridWelfareConvergesToTheClosedFormAtFirstOrder() {
        PlatformMarket m = PlatformMarket.uniform(0, 1, 0.3);
        double exact = PerfectTargeting.of(m).expectedRent();
        int[] sizes = {20, 40, 80};
        double[] errors = new double[sizes.length];
        for (int i = 0; i < sizes.length; i++) {
            errors[i] = Math.abs(ShowroomingLp.perfect(m, sizes[i], 2 * sizes[i] + 1).solve(SolverOptions.defaults()).value()
                    .expectedRent() - exact);
        }
        assertEquals(1, Math.log(errors[0] / errors[2]) / Math.log(4), 0.15);
    }

    @Test
    void cohortsOnTheGridApproachTheCohortClosedForm() {
        PlatformMarket m = PlatformMarket.uniform(0, 1, 0.5);
        double exact = CohortTargeting.of(m, 2).welfare().consumer();
        double coarse = Math.abs(ShowroomingLp.of(m, 10, 2, 21).solve(SolverOptions.defaults()).value().expectedRent() - exact);
        double fine = Math.abs(ShowroomingLp.of(m, 40, 2, 81).solve(SolverOptions.defaults()).value().expectedRent() - exact);
        assertTrue(fine < coarse / 2.5, () -> coarse + " -> " + fine);
    }
}
