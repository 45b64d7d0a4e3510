package org.mdlab.dynamic;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MonteCarloEstimateTest {

    @Test
    void coversValuesWithinZStandardErrors() {
        MonteCarloEstimate e = new MonteCarloEstimate(1.0, 0.1, 100);
        assertTrue(e.covers(1.25, 3));
        assertFalse(e.covers(1.5, 3));
    }

    @Test
    void invalidComponentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new MonteCarloEstimate(1, -0.1, 100));
        assertThrows(IllegalArgumentException.class, () -> new MonteCarloEstimate(1, 0.1, 1));
    }
}
