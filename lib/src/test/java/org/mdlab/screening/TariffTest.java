package org.mdlab.screening;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TariffTest {

    @Test
    void pricesAreLinearBetweenOfferedPoints() {
        Tariff tariff = Tariff.through(new double[] {2, 0, 1}, new double[] {5, 0, 1});
        assertArrayEquals(new double[] {0, 1, 2}, tariff.qualities(), 0);
        assertEquals(3, tariff.price(1.5), 1e-15);
        assertEquals(1, tariff.price(1), 0);
    }

    @Test
    void pooledItemsMergeIntoOnePoint() {
        Tariff tariff = Tariff.through(new double[] {0, 0, 1}, new double[] {0, 0, 2});
        assertEquals(2, tariff.qualities().length);
    }

    @Test
    void oneQualityWithTwoPricesIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Tariff.through(new double[] {1, 1}, new double[] {1, 2}));
    }

    @Test
    void qualityOutsideTheOfferedRangeIsRejected() {
        Tariff tariff = Tariff.through(new double[] {0, 1}, new double[] {0, 1});
        assertThrows(IllegalArgumentException.class, () -> tariff.price(2));
    }

    @Test
    void nonIncreasingQualitiesAreRejectedByTheConstructor() {
        assertThrows(IllegalArgumentException.class, () -> new Tariff(new double[] {1, 0}, new double[] {0, 0}));
    }
}
