package org.mdlab.bargaining;

import org.mdlab.market.Arguments;

/** The subgame-perfect strategy of {@link AlternatingOffers#backwardInduction} (Rubinstein 1982). */
record SubgamePerfectAgent() implements BargainingAgent {

    @Override
    public double demand(Negotiation negotiation) {
        Negotiation n = Arguments.notNull("negotiation", negotiation);
        return n.game().backwardInduction(n.horizon()).value().proposerShare(n.player(), n.roundsLeft());
    }

    @Override
    public boolean accept(Negotiation negotiation, double offered) {
        Negotiation n = Arguments.notNull("negotiation", negotiation);
        double threshold = n.game().backwardInduction(n.horizon()).value().threshold(n.player(), n.roundsLeft());
        return offered >= threshold - AlternatingOffers.ACCEPTANCE_SLACK;
    }
}
