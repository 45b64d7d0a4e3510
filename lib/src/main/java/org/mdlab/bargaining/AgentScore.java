package org.mdlab.bargaining;

import org.mdlab.market.Arguments;

/**
 * An agent's score against the equilibrium benchmark ({@link AlternatingOffers#score}), the measure by which Li et
 * al. (2024, "STRIDE", arXiv 2405.16376) compare bargaining agents with the subgame-perfect strategy: the payoff it
 * realised against the subgame-perfect opponent, the equilibrium (best-reply) payoff of its seat, and the regret,
 * their difference.
 *
 * @param payoff    the agent's discounted payoff; finite
 * @param benchmark the equilibrium payoff of its seat; finite
 * @param outcome   the play that produced the payoff; not null
 */
public record AgentScore(double payoff, double benchmark, BargainingOutcome outcome) {

    /**
     * Validates.
     *
     * @throws IllegalArgumentException if a payoff is not finite or the outcome is null
     */
    public AgentScore {
        Arguments.finite("payoff", payoff);
        Arguments.finite("benchmark", benchmark);
        Arguments.notNull("outcome", outcome);
    }

    /**
     * The regret: the payoff shortfall against the benchmark.
     *
     * @return {@code benchmark − payoff}; non-negative up to rounding, since the benchmark is a best-reply payoff
     */
    public double regret() {
        return benchmark - payoff;
    }
}
