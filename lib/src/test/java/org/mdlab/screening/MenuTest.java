package org.mdlab.screening;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class MenuTest {

    private final Menu menu = new Menu(new double[] {1, 2}, new double[] {0.5, 0.5}, new double[] {1, 2},
            new double[] {1, 3});

    @Test
    void rentsAreTypeTimesQualityMinusPrice() {
        assertArrayEquals(new double[] {0, 1}, menu.rents(), 0);
        assertEquals(2 * 1 - 1, menu.payoff(1, 0), 0);
    }

    @Test
    void arraysAreCopiedOnTheWayInAndOut() {
        double[] q = {1, 2};
        Menu m = new Menu(new double[] {1, 2}, new double[] {0.5, 0.5}, q, new double[] {1, 3});
        q[0] = 9;
        m.qualities()[1] = 9;
        assertArrayEquals(new double[] {1, 2}, m.qualities(), 0);
    }

    @Test
    void invalidMenusAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new Menu(new double[] {2, 1}, new double[] {0.5, 0.5}, new double[] {1, 2}, new double[] {1, 3}));
        assertThrows(IllegalArgumentException.class,
                () -> new Menu(new double[] {1, 2}, new double[] {0.5, 0.5}, new double[] {-1, 2}, new double[] {1, 3}));
        assertThrows(IllegalArgumentException.class,
                () -> new Menu(new double[] {1, 2}, new double[] {0.5}, new double[] {1, 2}, new double[] {1, 3}));
    }

    @Test
    void tariffPassesThroughTheItems() {
        assertEquals(2, menu.tariff().price(1.5), 1e-15);
    }
}
