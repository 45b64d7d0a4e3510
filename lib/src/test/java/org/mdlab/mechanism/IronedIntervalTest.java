package org.mdlab.mechanism;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class IronedIntervalTest {

    @Test
    void containsItsEndPointsAndNothingOutside() {
        IronedInterval pool = new IronedInterval(4.0 / 9, 2.0 / 3, 1.0 / 3);
        assertTrue(pool.contains(4.0 / 9));
        assertTrue(pool.contains(2.0 / 3));
        assertFalse(pool.contains(0.7));
    }

    @Test
    void emptyOrNonFiniteIntervalsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new IronedInterval(0.5, 0.5, 0));
        assertThrows(IllegalArgumentException.class, () -> new IronedInterval(0, Double.POSITIVE_INFINITY, 0));
        assertThrows(IllegalArgumentException.class, () -> new IronedInterval(0, 1, Double.NaN));
    }
}
