package org.mdlab.information.topology;

import java.util.Arrays;

/**
 * One belief-invariant Bayes correlated equilibrium outcome: the distribution {@code ν(θ, a₁, a₂)} of state and
 * actions (flattened by {@link FiniteGame#outcomeIndex(int, int, int)}), found by maximising a direction over the
 * outcome set, and the direction's value {@code Σ d·ν} there (the support function).
 *
 * @param distribution the outcome distribution, flattened; a copy is kept
 * @param value        the value of the maximised direction at this outcome
 */
public record EquilibriumOutcome(double[] distribution, double value) {

    /** Copies the distribution. */
    public EquilibriumOutcome {
        distribution = distribution.clone();
    }

    @Override
    public double[] distribution() {
        return distribution.clone();
    }

    /**
     * @param game  the game the outcome belongs to
     * @param state a state
     * @param a1    player 1's action
     * @param a2    player 2's action
     * @return {@code ν(θ, a₁, a₂)}
     */
    public double probability(FiniteGame game, int state, int a1, int a2) {
        return distribution[game.outcomeIndex(state, a1, a2)];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EquilibriumOutcome o && Arrays.equals(distribution, o.distribution)
                && Double.compare(value, o.value) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(distribution) + Double.hashCode(value);
    }

    @Override
    public String toString() {
        return "EquilibriumOutcome[value=" + value + ", " + Arrays.toString(distribution) + "]";
    }
}
