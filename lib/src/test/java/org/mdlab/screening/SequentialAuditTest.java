package org.mdlab.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SequentialAuditTest {

    @Test
    void holdsComparesEveryViolationWithTheTolerance() {
        SequentialAudit a = new SequentialAudit(0.1, 0.3, 0.2);
        assertTrue(a.holds(0.3));
        assertFalse(a.holds(0.25));
        assertEquals(0.3, a.violation());
    }

    @Test
    void negativeViolationsAndTolerancesAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new SequentialAudit(-0.1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new SequentialAudit(0, 0, 0).holds(-1));
    }
}
