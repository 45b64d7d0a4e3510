package org.mdlab.dynamic.pivot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AgentProcessTest {

    @Test
    void arraysAreCopiedDefensively() {
        double[][] values = {{1, 2}};
        AgentProcess p = new AgentProcess(values, new double[][][] {{{1}}, {{1}}});
        values[0][0] = 9;
        p.values()[0][1] = 9;
        assertEquals(1, p.value(0, 0), 0);
        assertEquals(2, p.value(0, 1), 0);
    }

    @Test
    void nonStochasticTypeTransitionsAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new AgentProcess(
                new double[][] {{0}, {0}}, new double[][][] {{{0.5, 0.47}, {0, 1}}}));
        assertEquals(true, e.getMessage().contains("sum to 1"));
        assertThrows(IllegalArgumentException.class, () -> new AgentProcess(new double[][] {{0, 0}},
                new double[][][] {{{1}}}));
        assertThrows(IllegalArgumentException.class, () -> new AgentProcess(new double[][] {{Double.NaN}},
                new double[][][] {{{1}}}));
    }
}
