package org.mdlab.dynamic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DynamicProgramSolutionTest {

    @Test
    void errorBoundIsTheResidualOverOneMinusTheDiscount() {
        DynamicProgramSolution s = new DynamicProgramSolution(new double[] {1}, new int[] {0}, 0.01, 0.9, 5,
                Convergence.CONVERGED);
        assertEquals(0.1, s.errorBound(), 1e-15);
    }

    @Test
    void arraysAreCopiedDefensively() {
        double[] values = {1, 2};
        DynamicProgramSolution s = new DynamicProgramSolution(values, new int[] {0, 1}, 0, 0.5, 1,
                Convergence.CONVERGED);
        values[0] = 7;
        s.values()[1] = 9;
        assertEquals(1, s.value(0), 0);
        assertEquals(2, s.value(1), 0);
    }

    @Test
    void inconsistentComponentsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new DynamicProgramSolution(new double[] {1},
                new int[] {0, 1}, 0, 0.5, 1, Convergence.CONVERGED));
        assertThrows(IllegalArgumentException.class, () -> new DynamicProgramSolution(new double[] {1},
                new int[] {0}, -1, 0.5, 1, Convergence.CONVERGED));
        assertThrows(IllegalArgumentException.class, () -> new DynamicProgramSolution(new double[] {1},
                new int[] {0}, 0, 1, 1, Convergence.CONVERGED));
    }
}
