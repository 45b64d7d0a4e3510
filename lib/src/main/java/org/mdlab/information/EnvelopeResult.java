package org.mdlab.information;

import org.mdlab.optimisation.SolverState;

import java.util.Optional;

/**
 * The outcome of a concavification LP ({@link SimplexConcavification}): the solver state and, when it
 * is optimal, the envelope value and the splitting of the prior into posteriors that attains it.
 *
 * @param state the solver state
 * @param split the optimal splitting; present exactly when {@code state} is {@link SolverState#OPTIMAL}
 */
public record EnvelopeResult(SolverState state, Optional<Split> split) {

    /**
     * Validates that a split is present exactly for an optimal state.
     *
     * @throws IllegalArgumentException if an argument is null or presence and state disagree
     */
    public EnvelopeResult {
        if (state == null || split == null || split.isPresent() != (state == SolverState.OPTIMAL)) {
            throw new IllegalArgumentException("a split must be present exactly when the state is OPTIMAL (got "
                    + state + ", " + split + ")");
        }
    }

    /**
     * A Bayes-plausible splitting of the prior (Kamenica and Gentzkow 2011, Proposition 1).
     *
     * @param value         the expected value {@code Σ_k λ_k v(μ_k)}, the envelope at the prior
     * @param posteriors    the posteriors used with positive probability
     * @param probabilities their probabilities
     */
    public record Split(double value, double[][] posteriors, double[] probabilities) {

        /**
         * Copies the arrays.
         *
         * @throws IllegalArgumentException if the lengths differ
         */
        public Split {
            if (posteriors.length != probabilities.length) {
                throw new IllegalArgumentException("posteriors and probabilities must have equal length (got "
                        + posteriors.length + " and " + probabilities.length + ")");
            }
            double[][] copy = new double[posteriors.length][];
            for (int k = 0; k < posteriors.length; k++) {
                copy[k] = posteriors[k].clone();
            }
            posteriors = copy;
            probabilities = probabilities.clone();
        }

        /** @return a copy of the posteriors */
        @Override
        public double[][] posteriors() {
            double[][] copy = new double[posteriors.length][];
            for (int k = 0; k < posteriors.length; k++) {
                copy[k] = posteriors[k].clone();
            }
            return copy;
        }

        /** @return a copy of the probabilities */
        @Override
        public double[] probabilities() {
            return probabilities.clone();
        }
    }
}
