package org.mdlab.screening;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DiscreteTypesTest {

    @Test
    void virtualValuesOfTheMyersonIroningExample() {
        // φ_i = θ_i - (θ_{i+1} - θ_i)(1 - F_i)/f_i: 4 - 0.55/0.45, 5 - 0.45/0.10, 6.
        double[] phi = DiscreteTypes.of(new double[] {4, 5, 6}, new double[] {0.45, 0.10, 0.45}).virtualValues();
        assertArrayEquals(new double[] {4 - 0.55 / 0.45, 0.5, 6}, phi, 1e-12);
    }

    @Test
    void nonDistributionsAreRejectedWithTheSum() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DiscreteTypes.of(new double[] {1, 2}, new double[] {0.5, 0.47}));
        assertTrue(e.getMessage().contains("0.97"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> DiscreteTypes.of(new double[] {2, 1}, new double[] {0.5, 0.5}));
        assertThrows(IllegalArgumentException.class, () -> DiscreteTypes.of(new double[] {1, 2}, new double[] {1, 0}));
    }
}
