package org.mdlab.information;

import org.mdlab.optimisation.SolverState;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class EnvelopeResultTest {

    @Test
    void aFailedStateCannotCarryANumber() {
        EnvelopeResult.Split split = new EnvelopeResult.Split(1, new double[][] {{1, 0}}, new double[] {1});
        assertThrows(IllegalArgumentException.class, () -> new EnvelopeResult(SolverState.FAILED, Optional.of(split)));
        assertThrows(IllegalArgumentException.class, () -> new EnvelopeResult(SolverState.OPTIMAL, Optional.empty()));
    }
}
