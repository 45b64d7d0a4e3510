package org.mdlab.monotone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TradeMechanismTest {

    @Test
    void theObjectiveWeighsTheTwoSurpluses() {
        // 0.25·4 + 0.75·2 = 2.5.
        TradeMechanism mechanism = new TradeMechanism(0.25, new double[][] {{1}}, 4, 2, 6);
        assertEquals(2.5, mechanism.objective(), 1e-15);
    }

    @Test
    void tradeProbabilitiesAreCopiedAndValidated() {
        double[][] trade = {{0.5}};
        TradeMechanism mechanism = new TradeMechanism(0.5, trade, 0, 0, 0);
        trade[0][0] = 1;
        assertEquals(0.5, mechanism.trade()[0][0], 0);
        assertThrows(IllegalArgumentException.class, () -> new TradeMechanism(0.5, new double[][] {{1.5}}, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new TradeMechanism(2, new double[][] {{1}}, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new TradeMechanism(0.5, new double[][] {{1}}, Double.NaN, 0, 0));
    }
}
