package org.mdlab.estimator;

import java.util.function.DoubleUnaryOperator;

/**
 * An estimator of a real state ω from post-allocation data, described by the distribution of ω̂
 * given ω (Bergemann, Bojko, Dütting, Paes Leme, Xu and Zuo, "Data-Driven Mechanism Design",
 * arXiv 2412.16132, Assumption "Estimator": the conditional law of ω̂ is common knowledge and
 * independent of the agents' signals given ω). A mechanism only ever needs expectations
 * {@code E[g(ω̂) | ω]}, which {@link FiniteEstimator} computes exactly and {@link SampledEstimator}
 * by seeded Monte Carlo with common random numbers.
 */
public interface Estimator {

    /**
     * @param state the true state ω
     * @param g     a function of the estimate
     * @return {@code E[g(ω̂) | ω = state]}
     * @throws IllegalArgumentException if the estimator is not defined at {@code state}
     */
    double expectation(double state, DoubleUnaryOperator g);

    /**
     * @param state the true state ω
     * @return the bias {@code E[ω̂ | ω] - ω}
     */
    default double bias(double state) {
        return expectation(state, w -> w) - state;
    }

    /**
     * @param state the true state ω
     * @return the mean absolute error {@code E|ω̂ - ω|}, which bounds the transfer error of a Lipschitz utility
     */
    default double meanAbsoluteError(double state) {
        return expectation(state, w -> Math.abs(w - state));
    }
}
