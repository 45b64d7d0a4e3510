package org.mdlab.cloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class WorstCaseDemandTest {

    @Test
    void meanIsTheProbabilityWeightedSupport() {
        // 0.25 · 0 + 0.75 · 2 = 1.5
        assertEquals(1.5, new WorstCaseDemand(0, new double[] {0, 2}, new double[] {0.25, 0.75}, false).mean(), 1e-12);
    }

    @Test
    void mismatchedOrNegativeEntriesAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new WorstCaseDemand(0, new double[] {0, 2}, new double[] {1}, false));
        assertThrows(IllegalArgumentException.class,
                () -> new WorstCaseDemand(0, new double[] {0, 2}, new double[] {1.5, -0.5}, false));
        assertThrows(IllegalArgumentException.class,
                () -> new WorstCaseDemand(Double.NaN, new double[] {0}, new double[] {1}, false));
    }
}
