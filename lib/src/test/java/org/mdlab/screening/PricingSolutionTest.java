package org.mdlab.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.mdlab.market.ConvexCost;

class PricingSolutionTest {

    @Test
    void surplusAccountsAddUp() {
        // θ = (1, 2) equally likely, c = q²/2, q = (1, 2), t = (1, 3):
        // profit 0.5 (1 - 0.5) + 0.5 (3 - 2) = 0.75; rents (0, 1) → 0.5; first best q = θ:
        // 0.5 (1/2) + 0.5 (2) = 1.25; deadweight loss 1.25 - 0.75 - 0.5 = 0.
        Menu menu = new Menu(new double[] {1, 2}, new double[] {0.5, 0.5}, new double[] {1, 2}, new double[] {1, 3});
        PricingSolution s = new PricingSolution(menu, new double[] {1, 2}, new double[] {1, 2}, ConvexCost.quadratic(1, 5));
        assertEquals(0.75, s.profit(), 1e-15);
        assertEquals(0.5, s.consumerRent(), 1e-15);
        assertEquals(1.25, s.firstBestSurplus(), 1e-15);
        assertEquals(0, s.deadweightLoss(), 1e-15);
    }

    @Test
    void arraysOfTheWrongSizeAreRejected() {
        Menu menu = new Menu(new double[] {1}, new double[] {1}, new double[] {1}, new double[] {1});
        assertThrows(IllegalArgumentException.class,
                () -> new PricingSolution(menu, new double[] {1, 2}, new double[] {1}, ConvexCost.quadratic(1, 5)));
    }
}
