package org.mdlab.dynamic.pivot;

/**
 * The belief states of a Bernoulli arm with a Beta(α, β) prior, truncated after {@code depth}
 * observations: state {@code (k, f)} is the posterior Beta(α + k, β + f) after {@code k} successes and
 * {@code f} failures, {@code k + f <= depth}. Playing the arm pays the posterior mean
 * {@code (α + k) / (α + β + k + f)} in expectation and moves to {@code (k + 1, f)} with that probability,
 * to {@code (k, f + 1)} otherwise (Gittins, Glazebrook and Weber 2011, Multi-armed Bandit Allocation
 * Indices). At the truncation depth the posterior is frozen; any discounted quantity that starts at
 * the prior and is bounded by 1 per period is then off by at most {@code δ^depth / (1 - δ)}.
 *
 * @param alpha the prior's first parameter; finite and {@code > 0}
 * @param beta  the prior's second parameter; finite and {@code > 0}
 * @param depth the number of observations kept; {@code >= 1}
 */
public record BetaBernoulliBeliefs(double alpha, double beta, int depth) {

    /**
     * Validates the components.
     *
     * @throws IllegalArgumentException if a parameter is not positive and finite or the depth is below 1
     */
    public BetaBernoulliBeliefs {
        if (!(alpha > 0) || !Double.isFinite(alpha)) {
            throw new IllegalArgumentException("alpha must be finite and > 0 (got " + alpha + ")");
        }
        if (!(beta > 0) || !Double.isFinite(beta)) {
            throw new IllegalArgumentException("beta must be finite and > 0 (got " + beta + ")");
        }
        if (depth < 1 || depth > 2000) {
            throw new IllegalArgumentException("depth must lie in 1..2000 (got " + depth + ")");
        }
    }

    /**
     * The number of belief states, {@code (depth + 1)(depth + 2) / 2}.
     *
     * @return the state count
     */
    public int stateCount() {
        return (depth + 1) * (depth + 2) / 2;
    }

    /**
     * The index of the belief after {@code successes} and {@code failures}.
     *
     * @param successes observed successes; {@code >= 0}
     * @param failures  observed failures; {@code >= 0}, with {@code successes + failures <= depth}
     * @return the state index
     * @throws IllegalArgumentException if the counts are negative or exceed the depth
     */
    public int state(int successes, int failures) {
        if (successes < 0 || failures < 0 || successes + failures > depth) {
            throw new IllegalArgumentException("successes and failures must be >= 0 with sum <= " + depth
                    + " (got " + successes + ", " + failures + ")");
        }
        int n = successes + failures;
        return n * (n + 1) / 2 + failures;
    }

    /**
     * The number of observations of a state.
     *
     * @param state a state index
     * @return {@code k + f}
     */
    public int observations(int state) {
        int n = (int) ((Math.sqrt(8.0 * state + 1) - 1) / 2);
        while (n * (n + 1) / 2 > state) {
            n--;
        }
        while ((n + 1) * (n + 2) / 2 <= state) {
            n++;
        }
        return n;
    }

    /**
     * The failures of a state.
     *
     * @param state a state index
     * @return {@code f}
     */
    public int failures(int state) {
        int n = observations(state);
        return state - n * (n + 1) / 2;
    }

    /**
     * The successes of a state.
     *
     * @param state a state index
     * @return {@code k}
     */
    public int successes(int state) {
        return observations(state) - failures(state);
    }

    /**
     * The posterior mean, which is the expected flow reward of playing the arm.
     *
     * @param state a state index
     * @return {@code (α + k) / (α + β + k + f)}
     */
    public double mean(int state) {
        return (alpha + successes(state)) / (alpha + beta + observations(state));
    }

    /**
     * The state after a success, or the same state at the truncation depth.
     *
     * @param state a state index
     * @return the successor after a success
     */
    public int afterSuccess(int state) {
        int n = observations(state);
        return n == depth ? state : state(successes(state) + 1, failures(state));
    }

    /**
     * The state after a failure, or the same state at the truncation depth.
     *
     * @param state a state index
     * @return the successor after a failure
     */
    public int afterFailure(int state) {
        int n = observations(state);
        return n == depth ? state : state(successes(state), failures(state) + 1);
    }

    /**
     * The bound {@code δ^depth / (1 - δ)} on the error that truncation introduces into a discounted value
     * with per-period rewards in [0, 1] that starts at the prior.
     *
     * @param discount the discount factor; in (0, 1)
     * @return the truncation bound
     * @throws IllegalArgumentException if the discount is outside (0, 1)
     */
    public double truncationBound(double discount) {
        if (!(discount > 0 && discount < 1)) {
            throw new IllegalArgumentException("discount must lie in (0, 1) (got " + discount + ")");
        }
        return Math.pow(discount, depth) / (1 - discount);
    }
}
