package org.mdlab.estimator;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MonteCarloEstimateTest {

    @Test
    void fromSumsGivesTheSampleMeanAndItsStandardError() {
        // draws 1, 2, 3: sum 6, sum of squares 14; mean 2, sample variance (14 - 3·4)/2 = 1, SE sqrt(1/3)
        MonteCarloEstimate estimate = MonteCarloEstimate.fromSums(6, 14, 3);
        assertEquals(2.0, estimate.mean(), 1e-15);
        assertEquals(Math.sqrt(1.0 / 3), estimate.standardError(), 1e-15);
        assertEquals(3, estimate.samples());
        // one draw has no spread to estimate: SE 0
        assertEquals(0.0, MonteCarloEstimate.fromSums(5, 25, 1).standardError(), 0.0);
    }

    @Test
    void theNinetyFivePercentIntervalIsMeanPlusMinus1Point96StandardErrors() {
        MonteCarloEstimate e = new MonteCarloEstimate(1.0, 0.1, 100);
        // z_{0.975} = 1.959963984540054 (the standard normal quantile)
        assertEquals(1.0 - 0.1959963984540054, e.lower95(), 1e-15);
        assertEquals(1.0 + 0.1959963984540054, e.upper95(), 1e-15);
        assertTrue(e.covers(1.19));
        assertFalse(e.covers(1.2));
    }

    @Test
    void coversValuesWithinZStandardErrors() {
        MonteCarloEstimate e = new MonteCarloEstimate(1.0, 0.1, 100);
        assertTrue(e.covers(1.25, 3));
        assertFalse(e.covers(1.5, 3));
        assertThrows(IllegalArgumentException.class, () -> e.covers(1.0, -1));
    }

    @Test
    void invalidComponentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new MonteCarloEstimate(1, -0.1, 100));
        assertThrows(IllegalArgumentException.class, () -> new MonteCarloEstimate(Double.NaN, 0.1, 100));
        assertThrows(IllegalArgumentException.class, () -> new MonteCarloEstimate(1, 0.1, 0));
    }
}
