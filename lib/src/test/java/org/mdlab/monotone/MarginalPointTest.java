package org.mdlab.monotone;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarginalPointTest {

    private static final UpSet FULL = new UpSet(TypeGrid.uniform(1, 2), new boolean[] {true, true});

    @Test
    void anEmptyCombinationMeansExtreme() {
        MarginalPoint point = new MarginalPoint(new double[][] {{1, 1}}, List.of(FULL), new double[0], new double[] {1, 1}, 0.5);
        assertTrue(point.extreme());
        assertArrayEquals(new double[] {1, 1}, point.flat(), 0);
        assertFalse(new MarginalPoint(new double[][] {{1, 1}}, List.of(FULL), new double[] {1}, new double[2], 0).extreme());
    }

    @Test
    void invalidComponentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new MarginalPoint(new double[][] {{1, 1}}, List.of(), new double[0], new double[2], 0));
        assertThrows(IllegalArgumentException.class, () -> new MarginalPoint(new double[][] {{1, 1}}, List.of(FULL), new double[0], new double[2], Double.NaN));
    }
}
