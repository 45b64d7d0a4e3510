package org.mdlab.cloud;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mdlab.optimisation.SolverState;

class ProfitGuaranteeTest {

    @Test
    void aWorstCaseMustAccompanyExactlyTheOptimalState() {
        assertThrows(IllegalArgumentException.class, () -> new ProfitGuarantee(SolverState.OPTIMAL, Optional.empty()));
        WorstCaseDemand w = new WorstCaseDemand(1, new double[] {1}, new double[] {1}, false);
        assertThrows(IllegalArgumentException.class, () -> new ProfitGuarantee(SolverState.UNBOUNDED, Optional.of(w)));
        new ProfitGuarantee(SolverState.INFEASIBLE, Optional.empty());
    }
}
