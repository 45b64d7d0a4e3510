package org.mdlab.dynamic.pivot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PivotPathTest {

    @Test
    void accessorsReturnCopies() {
        PivotPath path = new PivotPath(new int[] {4, 2}, new int[] {0, 1}, new double[][] {{0.29, 0}, {0, 0.1}});
        path.payments()[0][0] = 5;
        assertEquals(0.29, path.payment(0, 0), 0);
        assertEquals(2, path.periods());
        assertEquals(2, path.state(1));
    }

    @Test
    void unequalLengthsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new PivotPath(new int[] {1}, new int[] {0, 1},
                new double[][] {{0}}));
    }
}
