package org.mdlab.cloud;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mdlab.optimisation.SolverState;

class CloudLpResultTest {

    @Test
    void aMechanismMustAccompanyExactlyTheOptimalState() {
        assertThrows(IllegalArgumentException.class, () -> new CloudLpResult(SolverState.OPTIMAL, Optional.empty()));
        CloudMechanism m = ClosedFormCloudContract.optimal(CloudInstances.TWO_BY_TWO).orElseThrow();
        assertThrows(IllegalArgumentException.class, () -> new CloudLpResult(SolverState.INFEASIBLE, Optional.of(m)));
        new CloudLpResult(SolverState.FAILED, Optional.empty());
    }
}
