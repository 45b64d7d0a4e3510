package org.mdlab.segmentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VerificationTest {

    @Test
    void violationIsTheWorseOfTheTwo() {
        Verification v = new Verification(1e-3, 2e-3);
        assertEquals(2e-3, v.violation(), 0);
        assertTrue(v.holds(2e-3));
        assertFalse(v.holds(1e-3));
        assertThrows(IllegalArgumentException.class, () -> v.holds(-1));
    }
}
