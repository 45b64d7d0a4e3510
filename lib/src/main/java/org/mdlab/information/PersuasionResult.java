package org.mdlab.information;

import org.mdlab.optimisation.SolverState;

import java.util.Optional;

/**
 * The outcome of the persuasion LP ({@link BayesianPersuasion#solve()}): the solver state and, when
 * optimal, the recommendation policy and the sender's value.
 *
 * @param state  the solver state
 * @param policy the optimal policy; present exactly when {@code state} is {@link SolverState#OPTIMAL}
 */
public record PersuasionResult(SolverState state, Optional<Policy> policy) {

    /**
     * Validates that a policy is present exactly for an optimal state.
     *
     * @throws IllegalArgumentException if an argument is null or presence and state disagree
     */
    public PersuasionResult {
        if (state == null || policy == null || policy.isPresent() != (state == SolverState.OPTIMAL)) {
            throw new IllegalArgumentException("a policy must be present exactly when the state is OPTIMAL (got "
                    + state + ", " + policy + ")");
        }
    }

    /**
     * An obedient recommendation policy (Bergemann and Morris 2019, Definition 1).
     *
     * @param recommendation {@code π[a][ω]}, the probability of recommending {@code a} in state {@code ω}
     * @param senderValue    the sender's expected utility
     */
    public record Policy(double[][] recommendation, double senderValue) {

        /**
         * Copies the matrix.
         */
        public Policy {
            recommendation = copy(recommendation);
        }

        /** @return a copy of the recommendation matrix */
        @Override
        public double[][] recommendation() {
            return copy(recommendation);
        }

        /**
         * The probability that action {@code a} is recommended, {@code Σ_ω μ0(ω) π(a|ω)}.
         *
         * @param prior the prior used to compute the policy
         * @param a     the action
         * @return the probability
         */
        public double actionProbability(double[] prior, int a) {
            double sum = 0;
            for (int w = 0; w < prior.length; w++) {
                sum += prior[w] * recommendation[a][w];
            }
            return sum;
        }

        private static double[][] copy(double[][] m) {
            double[][] c = new double[m.length][];
            for (int a = 0; a < m.length; a++) {
                c[a] = m[a].clone();
            }
            return c;
        }
    }
}
