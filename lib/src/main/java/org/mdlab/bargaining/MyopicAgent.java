package org.mdlab.bargaining;

import org.mdlab.market.Arguments;

/** The best reply in the one-round (ultimatum) game, played in every round: demand everything, accept anything. */
record MyopicAgent() implements BargainingAgent {

    @Override
    public double demand(Negotiation negotiation) {
        Arguments.notNull("negotiation", negotiation);
        return 1;
    }

    @Override
    public boolean accept(Negotiation negotiation, double offered) {
        Arguments.notNull("negotiation", negotiation);
        return true;
    }
}
