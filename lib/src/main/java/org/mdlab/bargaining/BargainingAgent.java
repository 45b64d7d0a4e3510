package org.mdlab.bargaining;

/**
 * An agent of the alternating-offers game (Rubinstein 1982, Econometrica 50(1)): the interface a scripted rule,
 * a learned policy or a language-model agent implements to be played ({@link AlternatingOffers#play}) and scored
 * against the equilibrium ({@link AlternatingOffers#score}), as the bargaining benchmarks of Li et al. (2024,
 * "STRIDE", arXiv 2405.16376) score their agents. Both methods see the {@link Negotiation} so far.
 *
 * <p>The factories give the scripted agents: the subgame-perfect benchmark, a greedy agent, a fixed-share agent,
 * a time-decaying concession rule and a myopic best reply. All are deterministic.
 */
public interface BargainingAgent {

    /**
     * The fraction of the pie the agent keeps when it proposes; must lie in [0, 1].
     *
     * @param negotiation the state of play; the agent is the proposer
     * @return its demand
     */
    double demand(Negotiation negotiation);

    /**
     * Whether the agent, as responder, accepts the offered fraction of the pie.
     *
     * @param negotiation the state of play; the agent is the responder
     * @param offered     the fraction offered to it, {@code 1 − demand}
     * @return true to accept
     */
    boolean accept(Negotiation negotiation, double offered);

    /**
     * The subgame-perfect strategy of the finite game ({@link AlternatingOffers#backwardInduction}): demand the
     * equilibrium share for the rounds left, accept exactly when offered at least the continuation share (less
     * {@value AlternatingOffers#ACCEPTANCE_SLACK} for rounding).
     *
     * @return the benchmark agent
     */
    static BargainingAgent subgamePerfect() {
        return new SubgamePerfectAgent();
    }

    /**
     * A greedy agent: demands the whole pie and accepts only the whole pie.
     *
     * @return the agent
     */
    static BargainingAgent greedy() {
        return new FixedShareAgent(1);
    }

    /**
     * An agent that demands the fraction {@code share} in every round and accepts exactly the offers of at least
     * that fraction.
     *
     * @param share the target fraction; in [0, 1]
     * @return the agent
     */
    static BargainingAgent fixedShare(double share) {
        return new FixedShareAgent(share);
    }

    /**
     * A time-decaying concession rule: the target in round {@code t} is
     * {@code floor + (initial − floor) · rate^(t − 1)}; it demands the target and accepts offers of at least it.
     *
     * @param initial the target in round 1; in [0, 1]
     * @param floor   the limit of the target; in [0, initial]
     * @param rate    the factor by which the excess over the floor shrinks each round; in [0, 1]
     * @return the agent
     */
    static BargainingAgent conceding(double initial, double floor, double rate) {
        return new ConcedingAgent(initial, floor, rate);
    }

    /**
     * A myopic best reply: it treats the current round as the last, so it demands the whole pie (the ultimatum
     * proposal) and accepts every offer.
     *
     * @return the agent
     */
    static BargainingAgent myopic() {
        return new MyopicAgent();
    }
}
