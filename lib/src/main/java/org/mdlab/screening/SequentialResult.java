package org.mdlab.screening;

import org.mdlab.optimisation.SolverState;

import java.util.Optional;

/**
 * The outcome of the sequential-screening LP ({@link SequentialScreening#optimal()}): the solver state
 * and, when optimal, the contracts.
 *
 * @param state the solver state
 * @param menu  the optimal contracts; present exactly when {@code state} is {@link SolverState#OPTIMAL}
 */
public record SequentialResult(SolverState state, Optional<SequentialMenu> menu) {

    /**
     * Validates that a menu is present exactly for an optimal state.
     *
     * @throws IllegalArgumentException if an argument is null or presence and state disagree
     */
    public SequentialResult {
        if (state == null || menu == null || menu.isPresent() != (state == SolverState.OPTIMAL)) {
            throw new IllegalArgumentException("a menu must be present exactly when the state is OPTIMAL (got "
                    + state + ", " + menu + ")");
        }
    }
}
