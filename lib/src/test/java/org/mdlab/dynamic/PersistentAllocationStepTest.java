package org.mdlab.dynamic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mdlab.optimisation.SolverState;

class PersistentAllocationStepTest {

    @Test
    void stepFromZeroValuesDropsThePromisesNoMechanismCanKeep() {
        // n = 2: states (j, w ∈ {0, w̄_j}, ŵ ∈ {0, w̄_{1-j}}). Promise w̄_j forces funding forever, which
        // delivers w̄_{1-j} > 0 to the other agent, so (j, 1, 0) is infeasible; the other three are kept.
        PersistentAllocationProblem problem = PersistentAllocationFixture.PERSISTENT.problem(2);
        PersistentAllocationStep step = problem.bellman(new double[problem.stateCount()]);
        assertTrue(step.solved());
        assertEquals(SolverState.OPTIMAL, step.state());
        for (int j = 0; j < 2; j++) {
            assertFalse(step.policy().feasible(problem.state(j, 1, 0)));
            assertTrue(step.policy().feasible(problem.state(j, 1, 1)));
            assertTrue(step.policy().feasible(problem.state(j, 0, 0)));
            assertTrue(step.policy().feasible(problem.state(j, 0, 1)));
        }
    }

    @Test
    void failedStepHasNoPolicy() {
        PersistentAllocationStep failed = PersistentAllocationStep.failed(SolverState.UNBOUNDED, 5);
        assertFalse(failed.solved());
        assertEquals(5, failed.failedState());
        assertThrows(IllegalStateException.class, failed::policy);
    }
}
