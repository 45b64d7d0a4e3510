package org.mdlab.mechanism;

import java.util.Arrays;

/**
 * The outcome of {@link RegularisedVcg}: the chosen output distribution and each agent's Clarke payment.
 *
 * @param policy   π*, a probability vector over outputs
 * @param payments one payment per agent
 */
public record RegularisedOutcome(double[] policy, double[] payments) {

    /** Copies the arrays. */
    public RegularisedOutcome {
        policy = policy.clone();
        payments = payments.clone();
    }

    /**
     * @param reward an agent's true reward per output
     * @param agent  the agent
     * @return its utility {@code E_π*[reward] - payment}
     */
    public double utility(double[] reward, int agent) {
        double u = -payments[agent];
        for (int y = 0; y < policy.length; y++) {
            u += policy[y] * reward[y];
        }
        return u;
    }

    @Override
    public double[] policy() {
        return policy.clone();
    }

    @Override
    public double[] payments() {
        return payments.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RegularisedOutcome r && Arrays.equals(policy, r.policy) && Arrays.equals(payments, r.payments);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(policy) + Arrays.hashCode(payments);
    }

    @Override
    public String toString() {
        return "RegularisedOutcome[policy=" + Arrays.toString(policy) + ", payments=" + Arrays.toString(payments) + "]";
    }
}
