package org.mdlab.dynamic.revenue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link TypeTransition} must meet, run against each implementation by a subclass: the
 * conditional distribution function rises from 0 to 1 in {@code θ'}, the density is its derivative, and
 * samples follow it (Pavan, Segal and Toikka 2014, §3: the kernel and its density define the impulse
 * responses).
 */
public abstract class TypeTransitionContract {

    /** @return the kernel under test */
    protected abstract TypeTransition kernel();

    /** @return current types at which the kernel is checked */
    protected abstract double[] currents();

    @Test
    void cdfIsADistributionFunction() {
        for (double current : currents()) {
            double previous = 0;
            for (int k = -200; k <= 200; k++) {
                double cdf = kernel().cdf(current + k * 0.05, current);
                assertTrue(cdf >= previous && cdf <= 1, "cdf at " + k);
                previous = cdf;
            }
            assertTrue(kernel().cdf(current - 1e6, current) < 1e-6 && kernel().cdf(current + 1e6, current) > 1 - 1e-6);
        }
    }

    @Test
    void densityIsTheDerivativeOfTheCdf() {
        // Central difference with h = 1e-5: truncation error O(h²) f''' and rounding 1e-16 / h, both below 1e-6.
        double h = 1e-5;
        for (double current : currents()) {
            for (double next = current - 1; next <= current + 1; next += 0.25) {
                double slope = (kernel().cdf(next + h, current) - kernel().cdf(next - h, current)) / (2 * h);
                assertEquals(slope, kernel().density(next, current), 1e-6, "θ' = " + next);
            }
        }
    }

    @Test
    void samplesFollowTheCdf() {
        // 20,000 draws: the empirical cdf is within 4 standard errors (4 · 0.5 / sqrt(20,000) = 0.014) at each point.
        SplittableRandom random = new SplittableRandom(7);
        for (double current : currents()) {
            int n = 20_000;
            double[] draws = new double[n];
            for (int d = 0; d < n; d++) {
                draws[d] = kernel().sample(current, random);
            }
            for (double next = current - 0.5; next <= current + 0.5; next += 0.25) {
                final double x = next;
                double share = java.util.Arrays.stream(draws).filter(v -> v <= x).count() / (double) n;
                assertEquals(kernel().cdf(next, current), share, 0.014, "θ' = " + next);
            }
        }
    }
}
