package org.mdlab.dynamic;

import java.util.Arrays;

/**
 * The outcome of solving a {@link MarkovDecisionProblem}: a value function, a policy greedy with respect
 * to it, the Bellman residual {@code ||T V - V||_∞} of the returned values, the number of iterations and
 * whether the requested tolerance was met. By the contraction property (Puterman 1994, §6.3) the
 * returned values are within {@code residual / (1 - δ)} of the optimal value function.
 *
 * @param values      the value of each state (copied)
 * @param policy      the action chosen in each state (copied), greedy with respect to {@code values}
 * @param residual    the sup-norm Bellman residual of {@code values}; finite and {@code >= 0}
 * @param discount    the discount factor of the problem solved; in (0, 1)
 * @param iterations  the number of iterations performed; {@code >= 0}
 * @param convergence whether the tolerance was met
 */
public record DynamicProgramSolution(double[] values, int[] policy, double residual, double discount,
                                     int iterations, Convergence convergence) {

    /**
     * Validates and copies the components.
     *
     * @throws IllegalArgumentException if the arrays differ in length, the residual is negative or not
     *                                  finite, the discount is outside (0, 1) or the iteration count is negative
     */
    public DynamicProgramSolution {
        if (values == null || policy == null || values.length != policy.length) {
            throw new IllegalArgumentException("values and policy must have equal lengths (got "
                    + (values == null ? "null" : values.length) + " and " + (policy == null ? "null" : policy.length) + ")");
        }
        if (!Double.isFinite(residual) || residual < 0) {
            throw new IllegalArgumentException("residual must be finite and >= 0 (got " + residual + ")");
        }
        if (!(discount > 0 && discount < 1)) {
            throw new IllegalArgumentException("discount must lie in (0, 1) (got " + discount + ")");
        }
        if (iterations < 0) {
            throw new IllegalArgumentException("iterations must be >= 0 (got " + iterations + ")");
        }
        if (convergence == null) {
            throw new IllegalArgumentException("convergence must not be null");
        }
        values = values.clone();
        policy = policy.clone();
    }

    /**
     * The values (a copy).
     *
     * @return the value of each state
     */
    @Override
    public double[] values() {
        return values.clone();
    }

    /**
     * The policy (a copy).
     *
     * @return the action of each state
     */
    @Override
    public int[] policy() {
        return policy.clone();
    }

    /**
     * The value of one state.
     *
     * @param state a state index
     * @return its value
     */
    public double value(int state) {
        return values[state];
    }

    /**
     * The action of one state.
     *
     * @param state a state index
     * @return the action the policy takes there
     */
    public int action(int state) {
        return policy[state];
    }

    /**
     * Whether the tolerance was met.
     *
     * @return true if {@link #convergence()} is {@link Convergence#CONVERGED}
     */
    public boolean converged() {
        return convergence == Convergence.CONVERGED;
    }

    /**
     * The a-posteriori bound {@code residual / (1 - δ)} on the sup-norm distance between
     * {@link #values()} and the optimal value function (Puterman 1994, §6.3).
     *
     * @return the error bound
     */
    public double errorBound() {
        return residual / (1 - discount);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DynamicProgramSolution s && Arrays.equals(values, s.values)
                && Arrays.equals(policy, s.policy) && Double.compare(residual, s.residual) == 0
                && Double.compare(discount, s.discount) == 0 && iterations == s.iterations
                && convergence == s.convergence;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(values) + Arrays.hashCode(policy);
    }

    @Override
    public String toString() {
        return "DynamicProgramSolution[states=" + values.length + ", residual=" + residual
                + ", iterations=" + iterations + ", " + convergence + "]";
    }
}
