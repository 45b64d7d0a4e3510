package org.mdlab.mechanism;

/**
 * The utility {@code u_i(x, ω, θ_i)} of agent i with preference type θ_i from outcome x in state ω,
 * before transfers (Bergemann, Bojko, Dütting, Paes Leme, Xu and Zuo, "Data-Driven Mechanism Design",
 * arXiv 2412.16132, §2). It is evaluated at realised estimates ω̂ too, so it must be defined for every
 * real ω an estimator can produce.
 */
@FunctionalInterface
public interface StateUtility {

    /**
     * @param agent   the agent i
     * @param type    its preference type θ_i
     * @param outcome the outcome x
     * @param state   the state ω (or an estimate of it)
     * @return {@code u_i(x, ω, θ_i)}; finite
     */
    double value(int agent, int type, int outcome, double state);
}
