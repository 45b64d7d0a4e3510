package org.mdlab.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MenuAuditTest {

    @Test
    void firstBestMenuWithFullExtractionViolatesHighTypeIc() {
        // θ = (1, 2), q = (1, 2), t = θ q = (1, 4): the high type gets 0 from its item and
        // 2·1 - 1 = 1 from the low item, an IC violation of 1; IR binds, so no IR violation.
        MenuAudit audit = MenuAudit.of(new Menu(new double[] {1, 2}, new double[] {0.5, 0.5},
                new double[] {1, 2}, new double[] {1, 4}));
        assertEquals(1, audit.maxIcViolation(), 1e-15);
        assertEquals(1, audit.worstType());
        assertEquals(0, audit.worstItem());
        assertEquals(0, audit.maxIrViolation(), 0);
        assertFalse(audit.holds(0.5));
    }

    @Test
    void overpricedItemViolatesIr() {
        // θ = 1, q = 1, t = 1.5: rent -0.5.
        MenuAudit audit = MenuAudit.of(new Menu(new double[] {1}, new double[] {1},
                new double[] {1}, new double[] {1.5}));
        assertEquals(0.5, audit.maxIrViolation(), 1e-15);
    }

    @Test
    void screeningMenuPasses() {
        // θ = (1, 2), q = (1, 2), t = (1, 1 + 2·1 = 3): U_H = 1 = 2·1 - 1, IC binds.
        assertTrue(MenuAudit.of(new Menu(new double[] {1, 2}, new double[] {0.5, 0.5},
                new double[] {1, 2}, new double[] {1, 3})).holds(1e-12));
    }
}
