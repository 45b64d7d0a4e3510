package org.mdlab.information;

import org.mdlab.optimisation.SolverState;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PersuasionResultTest {

    @Test
    void anInfeasibleStateCannotCarryAPolicy() {
        PersuasionResult.Policy policy = new PersuasionResult.Policy(new double[][] {{1}}, 1);
        assertThrows(IllegalArgumentException.class,
                () -> new PersuasionResult(SolverState.INFEASIBLE, Optional.of(policy)));
    }

    @Test
    void actionProbabilityAveragesOverThePrior() {
        // 0.3·1 + 0.7·0.5 = 0.65
        PersuasionResult.Policy policy = new PersuasionResult.Policy(new double[][] {{1, 0.5}, {0, 0.5}}, 0);
        assertEquals(0.65, policy.actionProbability(new double[] {0.3, 0.7}, 0), 1e-15);
    }
}
