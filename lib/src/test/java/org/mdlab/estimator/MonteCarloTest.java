package org.mdlab.estimator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MonteCarloTest {

    @Test
    void resultsDoNotDependOnTheNumberOfThreads() {
        MonteCarloEstimate one = MonteCarlo.mean(42L, 16, 1000, 1, SplittableRandom::nextDouble);
        MonteCarloEstimate four = MonteCarlo.mean(42L, 16, 1000, 4, SplittableRandom::nextDouble);
        assertEquals(one, four);
    }

    @Test
    void uniformMeanIsOneHalfWithinTheConfidenceInterval() {
        // E[U] = 1/2, sd = 1/sqrt(12); with 10^5 draws the standard error is 1/sqrt(12 * 10^5) ≈ 9.1e-4
        MonteCarloEstimate e = MonteCarlo.mean(7L, 10, 10_000, 2, SplittableRandom::nextDouble);
        assertEquals(1 / Math.sqrt(12 * 1e5), e.standardError(), 2e-5);
        assertTrue(Math.abs(e.mean() - 0.5) < 5 * e.standardError());
    }

    @Test
    void aNonFiniteDrawIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> MonteCarlo.mean(1L, 2, 3, 2, r -> Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> MonteCarlo.mean(1L, 0, 3, 1, r -> 0));
    }
}
