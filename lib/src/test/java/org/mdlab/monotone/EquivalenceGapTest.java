package org.mdlab.monotone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class EquivalenceGapTest {

    private static final UpSet TOP = new UpSet(TypeGrid.uniform(1, 2), new boolean[] {false, true});

    @Test
    void supDistanceIsTheLargestPointwiseDeviationOfTheWitness() {
        // Witness (0.25, 0.5) against indicator (0, 1): deviations 0.25 and 0.5.
        assertEquals(0.5, new EquivalenceGap(TOP, 0.375, new double[] {0.25, 0.5}).supDistance(), 1e-15);
    }

    @Test
    void invalidComponentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new EquivalenceGap(TOP, -1, new double[2]));
        assertThrows(IllegalArgumentException.class, () -> new EquivalenceGap(TOP, 0, new double[3]));
    }
}
