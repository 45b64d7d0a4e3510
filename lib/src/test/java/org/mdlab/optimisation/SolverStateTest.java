package org.mdlab.optimisation;

import org.mdlab.optimisation.SolverState;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.ojalgo.optimisation.Optimisation;

class SolverStateTest {

    @Test
    void ojalgoStatesMapToTheirMeaning() {
        assertEquals(SolverState.OPTIMAL, SolverState.of(Optimisation.State.OPTIMAL));
        assertEquals(SolverState.OPTIMAL, SolverState.of(Optimisation.State.DISTINCT));
        assertEquals(SolverState.INFEASIBLE, SolverState.of(Optimisation.State.INFEASIBLE));
        assertEquals(SolverState.UNBOUNDED, SolverState.of(Optimisation.State.UNBOUNDED));
        assertEquals(SolverState.FAILED, SolverState.of(Optimisation.State.FAILED));
        assertEquals(SolverState.FAILED, SolverState.of(Optimisation.State.APPROXIMATE));
    }
}
