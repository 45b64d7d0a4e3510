package org.mdlab.mechanism;

import org.mdlab.optimisation.SolverState;

import java.util.Optional;

/**
 * The result of {@link RevenueLp#solve}: the solver state and, when optimal, the revenue-maximising
 * Bayesian IC and interim IR mechanism.
 *
 * @param state     the solver state
 * @param mechanism the optimal mechanism, present exactly when {@code state} is {@link SolverState#OPTIMAL}
 */
public record OptimalMechanism(SolverState state, Optional<DirectMechanism> mechanism) {

    /**
     * Validates that a mechanism is present exactly for an optimal state.
     *
     * @throws IllegalArgumentException otherwise
     */
    public OptimalMechanism {
        if (state == null || mechanism == null || mechanism.isPresent() != (state == SolverState.OPTIMAL)) {
            throw new IllegalArgumentException("a mechanism must be present exactly when the state is OPTIMAL (got "
                    + state + ", " + mechanism + ")");
        }
    }

    /**
     * @return the optimal expected revenue, present exactly when the state is optimal
     */
    public Optional<Double> revenue() {
        return mechanism.map(DirectMechanism::expectedRevenue);
    }
}
