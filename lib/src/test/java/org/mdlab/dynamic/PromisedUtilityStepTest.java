package org.mdlab.dynamic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mdlab.optimisation.SolverState;

class PromisedUtilityStepTest {

    @Test
    void aFailedStepCarriesItsStateAndWithholdsNumbers() {
        // One type, flow utility in [0, 1], grid {-2, -1}: w = -2 is below 0.9 * (-2), hence infeasible.
        PromisedUtilityProblem problem = PromisedUtilityProblem.of(new double[] {1}, new double[][] {{0, 1}},
                new double[][] {{0, -1}}, new double[] {-2, -1}, 0.9);
        PromisedUtilityStep step = problem.bellman(new double[2]);
        assertFalse(step.solved());
        assertEquals(SolverState.INFEASIBLE, step.state());
        assertEquals(0, step.failedGridPoint());
        assertThrows(IllegalStateException.class, step::values);
        assertThrows(IllegalStateException.class, step::contract);
    }

    @Test
    void aSolvedStepAppliesTheBellmanOperatorOnce() {
        // From V = 0 the one-period problem of "utility bought one for one" costs (1 - δ) times the flow:
        // V1(w) = -(1-δ) x with (1-δ) x + δ E w' = w; cheapest is x = 0 whenever δ w_min <= w <= δ w_max,
        // and at w = 1 on the grid [0, 1] the flow must supply 1 - δ·1 = 0.1, i.e. x = 1 costs 0.1.
        PromisedUtilityProblem problem = PromisedUtilityProblem.of(new double[] {1}, new double[][] {{0, 1}},
                new double[][] {{0, -1}}, new double[] {0, 0.5, 1}, 0.9);
        PromisedUtilityStep step = problem.bellman(new double[3]);
        assertTrue(step.solved());
        assertEquals(0, step.values()[0], 1e-9);
        assertEquals(0, step.values()[1], 1e-9);
        assertEquals(-0.1, step.values()[2], 1e-9);
    }
}
