package org.mdlab.mechanism;

import java.util.Arrays;
import org.mdlab.market.Arguments;

/**
 * The outcome of {@link RegularisedVcg}: the chosen output distribution and each agent's Clarke payment.
 *
 * @param policy   π*, a probability vector over outputs
 * @param payments one payment per agent
 */
public record RegularisedOutcome(double[] policy, double[] payments) {

    /**
     * Validates and copies the arrays.
     *
     * @throws IllegalArgumentException if {@code policy} is not a probability vector or {@code payments}
     *                                  is empty or not finite
     */
    public RegularisedOutcome {
        policy = Arguments.probabilities("policy", policy);
        payments = Arguments.finiteArray("payments", payments);
    }

    /**
     * An agent's quasi-linear utility from the outcome, {@code E_π*[reward] - payment}.
     *
     * @param reward an agent's true reward per output; finite, one per output
     * @param agent  the agent index
     * @return its utility {@code E_π*[reward] - payment}
     * @throws IllegalArgumentException if {@code reward} has the wrong length or a value that is not finite,
     *                                  or {@code agent} is out of range
     */
    public double utility(double[] reward, int agent) {
        Arguments.finiteArray("reward", reward);
        if (reward.length != policy.length) {
            throw new IllegalArgumentException("reward must have one entry per output (" + policy.length + ", got "
                    + reward.length + ")");
        }
        Arguments.index("agent", agent, payments.length);
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
