package org.mdlab.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ContinuousTypesTest {

    @Test
    void uniformVirtualValueIsTwoThetaMinusHigh() {
        // U[a,b]: φ(θ) = θ - (b - θ) = 2θ - b.
        ContinuousTypes types = ContinuousTypes.uniform(1, 3);
        assertEquals(2 * 2.5 - 3, types.virtualValue(2.5), 1e-15);
    }

    @Test
    void invalidDistributionsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> ContinuousTypes.uniform(1, 1));
        assertThrows(IllegalArgumentException.class, () -> ContinuousTypes.of(t -> t / 2, t -> 0.5, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> ContinuousTypes.of(t -> t, t -> t, 0, 1));
    }
}
