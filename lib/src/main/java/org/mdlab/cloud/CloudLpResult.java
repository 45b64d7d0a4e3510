package org.mdlab.cloud;

import java.util.Optional;
import org.mdlab.optimisation.SolverState;

/**
 * The outcome of {@link CloudContractLp}: the solver state and, when optimal, the lottery mechanism.
 *
 * @param state     the solver state
 * @param mechanism the optimal mechanism; present exactly when {@code state} is {@link SolverState#OPTIMAL}
 */
public record CloudLpResult(SolverState state, Optional<CloudMechanism> mechanism) {

    /**
     * Validates that a mechanism is present exactly for an optimal state.
     *
     * @throws IllegalArgumentException if an argument is null or presence and state disagree
     */
    public CloudLpResult {
        if (state == null || mechanism == null || mechanism.isPresent() != (state == SolverState.OPTIMAL)) {
            throw new IllegalArgumentException("a mechanism must be present exactly when the state is OPTIMAL (got "
                    + state + ", " + mechanism + ")");
        }
    }
}
