package org.mdlab.information;

import org.mdlab.optimisation.SolverState;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DisclosureResultTest {

    @Test
    void anUnboundedStateCannotCarryQuantiles() {
        assertThrows(IllegalArgumentException.class,
                () -> new DisclosureResult(SolverState.UNBOUNDED, Optional.of(new double[] {1})));
    }
}
