package org.mdlab.dynamic.contracts;

import org.mdlab.dynamic.ValueFunction;

import org.mdlab.optimisation.Solution;
import org.mdlab.optimisation.SolverOptions;
import org.mdlab.optimisation.Status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PowerDynamicsTest {

    private static final PowerDynamics MODEL = PowerDynamics.of(1, 2, 0.5, 0.8);

    @Test
    void theAgentCanHideButNotFakeAvailability() {
        PromisedUtilityProblem problem = MODEL.problem(5);
        assertTrue(problem.canMimic(1, 0));
        assertFalse(problem.canMimic(0, 1));
        assertFalse(problem.feasible(0, 2));
    }

    @Test
    void extremePromisesAreCentralisationAndUnrestrictedEmpowerment() {
        // Closed forms: U = 0 only by the default forever (V = 0); U = B only by the agent's project
        // forever (V = b = 1).
        Solution<ValueFunction<PromisedUtilityContract>> solution = MODEL.problem(11).solve(Options.of(1e-9, 200, 301));
        PromisedUtilityContract contract = solution.value().policy();
        assertEquals(0, solution.value().value(0), 1e-8);
        assertEquals(1, solution.value().value(10), 1e-8);
        assertEquals(PowerDynamics.Mode.CENTRALISATION, PowerDynamics.mode(contract, 0));
        assertEquals(PowerDynamics.Mode.UNRESTRICTED_EMPOWERMENT, PowerDynamics.mode(contract, 10));
    }

    @Test
    void principalValueNeverExceedsCooperativeEmpowermentForever() {
        // Bound: the principal's flow is at most p B + (1 - p) b = 1.5 (his best project whenever possible).
        Solution<ValueFunction<PromisedUtilityContract>> solution = MODEL.problem(11).solve(Options.of(1e-9, 200, 301));
        for (double v : solution.value().values()) {
            assertTrue(v <= 1.5 + 1e-9);
        }
    }

    @Test
    void badParametersAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> PowerDynamics.of(2, 1, 0.5, 0.8));
        assertThrows(IllegalArgumentException.class, () -> PowerDynamics.of(1, 2, 1, 0.8));
        IllegalArgumentException discount = assertThrows(IllegalArgumentException.class, () -> PowerDynamics.of(1, 2, 0.5, 1));
        assertTrue(discount.getMessage().contains("discount"));
        assertThrows(IllegalArgumentException.class, () -> MODEL.problem(1));
    }
}
