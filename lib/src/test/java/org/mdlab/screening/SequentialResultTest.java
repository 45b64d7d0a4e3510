package org.mdlab.screening;

import org.mdlab.optimisation.SolverState;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SequentialResultTest {

    @Test
    void aFailedStateCannotCarryAMenu() {
        assertThrows(IllegalArgumentException.class, () -> new SequentialResult(SolverState.OPTIMAL, Optional.empty()));
    }
}
