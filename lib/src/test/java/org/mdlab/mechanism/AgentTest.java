package org.mdlab.mechanism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AgentTest {

    @Test
    void probabilitiesThatDoNotSumToOneAreRejectedWithTheSum() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Agent("a", new double[]{0.5, 0.47}, new double[][]{{1}, {2}}));
        assertTrue(e.getMessage().contains("must sum to 1 (got 0.97"), e.getMessage());
    }

    @Test
    void anEmptyTypeSetIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Agent("a", new double[0], new double[0][]));
    }

    @Test
    void nonFiniteValuationsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Agent("a", new double[]{1}, new double[][]{{Double.NaN}}));
        assertTrue(e.getMessage().contains("must be finite (got NaN)"), e.getMessage());
    }

    @Test
    void arraysAreCopiedOnTheWayIn() {
        double[] p = {1};
        double[][] v = {{3}};
        Agent a = new Agent("a", p, v);
        v[0][0] = 9;
        p[0] = 0;
        assertEquals(3, a.value(0, 0));
        assertEquals(1, a.probability(0));
    }
}
