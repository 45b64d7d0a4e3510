package org.mdlab.cloud;

import java.util.OptionalDouble;
import org.mdlab.optimisation.SolverState;

/**
 * The outcome of {@link MultiplicativeContractLp}: the solver state and, when optimal, the profit of the best
 * lottery mechanism on the usage grid.
 *
 * @param state  the solver state
 * @param profit the optimal profit; present exactly when {@code state} is {@link SolverState#OPTIMAL}
 */
public record MultiplicativeLpResult(SolverState state, OptionalDouble profit) {

    /**
     * Validates that a profit is present exactly for an optimal state.
     *
     * @throws IllegalArgumentException if an argument is null or presence and state disagree
     */
    public MultiplicativeLpResult {
        if (state == null || profit == null || profit.isPresent() != (state == SolverState.OPTIMAL)) {
            throw new IllegalArgumentException("a profit must be present exactly when the state is OPTIMAL (got "
                    + state + ", " + profit + ")");
        }
    }
}
