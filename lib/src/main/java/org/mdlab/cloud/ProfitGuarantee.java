package org.mdlab.cloud;

import java.util.Optional;
import org.mdlab.optimisation.SolverState;

/**
 * The outcome of {@link MeanDemandPricing#guarantee}: the solver state and, when optimal, the worst case.
 *
 * @param state     the solver state
 * @param worstCase the worst-case demand distribution and the guarantee; present exactly when {@code state}
 *                  is {@link SolverState#OPTIMAL}
 */
public record ProfitGuarantee(SolverState state, Optional<WorstCaseDemand> worstCase) {

    /**
     * Validates that a worst case is present exactly for an optimal state.
     *
     * @throws IllegalArgumentException if an argument is null or presence and state disagree
     */
    public ProfitGuarantee {
        if (state == null || worstCase == null || worstCase.isPresent() != (state == SolverState.OPTIMAL)) {
            throw new IllegalArgumentException("a worst case must be present exactly when the state is OPTIMAL (got "
                    + state + ", " + worstCase + ")");
        }
    }
}
