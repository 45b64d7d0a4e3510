package org.mdlab.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mdlab.market.Market;

class DirectMechanismTest {

    private final Environment env = Environment.singleItem(List.of(Market.uniform(1, 2)));

    @Test
    void utilityIsExpectedValueMinusPayment() {
        // type value 2, item with probability 1/2, payment 0.25: 2 * 0.5 - 0.25 = 0.75
        DirectMechanism m = new DirectMechanism(env, new double[][]{{1, 0}, {0.5, 0.5}}, new double[][]{{0}, {0.25}});
        assertEquals(0.75, m.utility(0, 1, 1), 1e-15);
        // revenue 1/2 * 0.25, welfare 1/2 * 2 * 1/2
        assertEquals(0.125, m.expectedRevenue(), 1e-15);
        assertEquals(0.5, m.expectedWelfare(), 1e-15);
    }

    @Test
    void lotteriesThatAreNotDistributionsAreRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new DirectMechanism(env, new double[][]{{1, 0}, {0.5, 0.4}}, new double[][]{{0}, {0}}));
        assertThrows(IllegalArgumentException.class,
                () -> new DirectMechanism(env, new double[][]{{1, 0}, {0, 1}}, new double[][]{{0}, {Double.NaN}}));
        assertThrows(IllegalArgumentException.class,
                () -> new DirectMechanism(env, new double[][]{{1, 0}}, new double[][]{{0}}));
    }
}
