package org.mdlab.bargaining;

import org.mdlab.market.Arguments;

/**
 * Demands {@code share} and accepts offers of at least {@code share}; {@code share = 1} is the greedy agent.
 *
 * @param share the target fraction; in [0, 1]
 */
record FixedShareAgent(double share) implements BargainingAgent {

    FixedShareAgent {
        Shares.fraction("share", share);
    }

    @Override
    public double demand(Negotiation negotiation) {
        Arguments.notNull("negotiation", negotiation);
        return share;
    }

    @Override
    public boolean accept(Negotiation negotiation, double offered) {
        Arguments.notNull("negotiation", negotiation);
        return offered >= share;
    }
}
