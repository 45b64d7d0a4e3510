package org.mdlab.dynamic.revenue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TypeTransitionTest {

    private static final TypeTransition KERNEL = TypeTransition.heteroskedasticLogistic(0.8, 0.2, 0.5);

    @Test
    void densityIsTheDerivativeOfTheDistributionFunction() {
        for (double next : new double[] {-1, 0, 0.3, 1.2}) {
            double h = 1e-5;
            double numerical = (KERNEL.cdf(next + h, 0.7) - KERNEL.cdf(next - h, 0.7)) / (2 * h);
            assertEquals(numerical, KERNEL.density(next, 0.7), 1e-8);
        }
    }

    @Test
    void drawsFollowTheDistributionFunction() {
        // Dvoretzky–Kiefer–Wolfowitz: sup |F_n - F| <= sqrt(ln(2/α) / (2n)) with probability 1 - α;
        // α = 1e-6, n = 20,000 gives 0.0197.
        SplittableRandom random = new SplittableRandom(5);
        int n = 20_000;
        double[] draws = new double[n];
        for (int k = 0; k < n; k++) {
            draws[k] = KERNEL.sample(0.7, random);
        }
        java.util.Arrays.sort(draws);
        double sup = 0;
        for (int k = 0; k < n; k++) {
            double f = KERNEL.cdf(draws[k], 0.7);
            sup = Math.max(sup, Math.max(Math.abs(f - (k + 1.0) / n), Math.abs(f - (double) k / n)));
        }
        assertTrue(sup <= Math.sqrt(Math.log(2 / 1e-6) / (2 * n)), "sup distance " + sup);
    }

    @Test
    void zeroCurvatureIsTheAutoregression() {
        TypeTransition ar = TypeTransition.logisticAutoregression(0.8, 0.2);
        // Median of θ' given θ is γθ: F(γθ | θ) = Λ(0) = 1/2.
        assertEquals(0.5, ar.cdf(0.8 * 1.3, 1.3), 1e-15);
        assertEquals(ar.cdf(0.4, 1.3), TypeTransition.heteroskedasticLogistic(0.8, 0.2, 0).cdf(0.4, 1.3), 0.0);
    }
}
