package org.mdlab.dynamic.revenue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.mdlab.estimator.MonteCarloEstimate;

class ImpulseResponseTest {

    private static double[] simulate(TypeTransition kernel, double initial, int periods, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] path = new double[periods];
        path[0] = initial;
        for (int t = 1; t < periods; t++) {
            path[t] = kernel.sample(path[t - 1], random);
        }
        return path;
    }

    @Property(tries = 30)
    void autoregressionHasTheClosedFormImpulseResponse(@ForAll @DoubleRange(min = 0, max = 1) double persistence,
                                                       @ForAll @DoubleRange(min = 0.05, max = 1) double scale,
                                                       @ForAll @LongRange(min = 0, max = 1000) long seed) {
        // PST (2014) for θ_t = γθ_{t-1} + ε_t: -F_θ/f = γ g/g = γ each period, so I_t = γ^{t-1}. With
        // F = Λ(z), z = (θ' - γθ)/σ, the central difference of step h has relative error
        // (hγ/σ)² Λ‴(z) / (6 Λ′(z)) + O(h⁴) per factor, and Λ‴/Λ′ = 1 - 6Λ(1 - Λ) lies in [-1/2, 1].
        double step = 1e-4;
        double perFactor = Math.pow(step * persistence / scale, 2) / 6;
        TypeTransition kernel = TypeTransition.logisticAutoregression(persistence, scale);
        double[] response = ImpulseResponse.along(kernel, simulate(kernel, 0.5, 20, seed), step);
        for (int t = 1; t <= 20; t++) {
            double expected = Math.pow(persistence, t - 1);
            // 1e-7 relative covers the rounding of F near its tails, divided by 2h.
            double bound = expected * ((Math.pow(1 + perFactor, t - 1) - 1) * 1.01 + 1e-7) + 1e-15;
            assertEquals(expected, response[t - 1], bound);
        }
    }

    @Test
    void heteroskedasticFactorsMatchTheAnalyticDerivative() {
        // F = Λ(z), z = (θ' - γθ)/σ(θ), σ = s sqrt(1 + κθ²): -F_θ/f = γ + z σ'(θ), σ'(θ) = sκθ / sqrt(1 + κθ²).
        double g = 0.7, s = 0.3, k = 0.5;
        TypeTransition kernel = TypeTransition.heteroskedasticLogistic(g, s, k);
        double[] path = simulate(kernel, 0.8, 12, 3);
        double[] response = ImpulseResponse.along(kernel, path, 1e-5);
        double expected = 1;
        for (int t = 1; t < path.length; t++) {
            double root = Math.sqrt(1 + k * path[t - 1] * path[t - 1]);
            double z = (path[t] - g * path[t - 1]) / (s * root);
            expected *= g + z * s * k * path[t - 1] / root;
            assertEquals(expected, response[t], 1e-6 * Math.max(1, Math.abs(expected)));
        }
    }

    @Test
    void expectedResponseOfAnAutoregressionIsDeterministic() {
        MonteCarloEstimate[] estimates = ImpulseResponse.expected(TypeTransition.logisticAutoregression(0.8, 0.2),
                0.3, 15, 50, 1e-4, 9);
        for (int t = 1; t <= 15; t++) {
            assertEquals(Math.pow(0.8, t - 1), estimates[t - 1].mean(), 1e-6);
            assertTrue(estimates[t - 1].standardError() < 1e-6);
        }
    }

    @Test
    void badInputIsRejected() {
        TypeTransition kernel = TypeTransition.logisticAutoregression(0.5, 1);
        assertThrows(IllegalArgumentException.class, () -> ImpulseResponse.along(kernel, new double[0], 1e-4));
        assertThrows(IllegalArgumentException.class, () -> ImpulseResponse.along(kernel, new double[] {0, 1}, 0));
        assertThrows(IllegalArgumentException.class, () -> ImpulseResponse.along(kernel, new double[] {0, Double.NaN}, 1e-4));
        assertThrows(IllegalArgumentException.class, () -> TypeTransition.logisticAutoregression(0.5, 0));
        assertThrows(IllegalArgumentException.class, () -> TypeTransition.heteroskedasticLogistic(0.5, 1, -1));
        assertThrows(IllegalArgumentException.class, () -> ImpulseResponse.expected(kernel, 0, 0, 10, 1e-4, 1));
    }
}
