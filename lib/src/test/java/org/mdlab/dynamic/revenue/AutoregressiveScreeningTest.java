package org.mdlab.dynamic.revenue;

import org.mdlab.estimator.MonteCarloEstimate;

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
    void firstPeriodIsMussaRosenWithProfitOneTwelfth() {
        // t = 1: q = (2θ - 1)+, E[½ q²] = ∫_{1/2}^{1} (2θ - 1)²/2 dθ = 1/12.
        AutoregressiveScreening model = new AutoregressiveScreening(0.8, 0.2, 0.9, 5);
        assertEquals(1.0 / 12, model.expectedVirtualSurplus(1), 1e-12);
    }

    @Test
    void withoutPersistenceLaterPeriodsAreUndistortedHalfNormals() {
        // γ = 0: θ_t = ε_t ~ N(0, σ²) for t ≥ 2, no distortion, E[½ (ε)+²] = σ²/4.
        AutoregressiveScreening model = new AutoregressiveScreening(0, 0.3, 0.9, 4);
        assertEquals(0.09 / 4, model.expectedVirtualSurplus(3), 1e-12);
        assertEquals(0, model.distortion(2, 0.1), 0);
    }

    @Test
    void unitPersistenceKeepsTheFirstPeriodDistortionForever() {
        // γ = 1 (random walk): I_t = 1, the distortion (1 - θ_1) never vanishes.
        AutoregressiveScreening model = new AutoregressiveScreening(1, 0.1, 0.9, 50);
        assertEquals(0.7, model.distortion(50, 0.3), 1e-15);
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
    void simulatedProfitCoversTheExactExpectation() {
        AutoregressiveScreening model = new AutoregressiveScreening(0.7, 0.25, 0.9, 10);
        MonteCarloEstimate estimate = model.simulateProfit(200_000, new SplittableRandom(7));
        assertTrue(estimate.covers(model.expectedProfit(), 4), estimate + " vs " + model.expectedProfit());
    }

    @Test
    void invalidParametersAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new AutoregressiveScreening(1.2, 0.1, 0.9, 5));
        assertThrows(IllegalArgumentException.class, () -> new AutoregressiveScreening(0.5, 0, 0.9, 5));
        assertThrows(IllegalArgumentException.class, () -> new AutoregressiveScreening(0.5, 0.1, 1, 5));
        assertThrows(IllegalArgumentException.class, () -> new AutoregressiveScreening(0.5, 0.1, 0.9, 0));
        AutoregressiveScreening model = new AutoregressiveScreening(0.5, 0.1, 0.9, 5);
        assertThrows(IllegalArgumentException.class, () -> model.impulseResponse(6));
        assertThrows(IllegalArgumentException.class, () -> model.distortion(2, 1.5));
    }
}
