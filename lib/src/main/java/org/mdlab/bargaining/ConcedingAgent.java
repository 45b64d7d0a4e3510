package org.mdlab.bargaining;

import org.mdlab.market.Arguments;

/**
 * A target {@code floor + (initial − floor) rate^(t − 1)} in round {@code t}, demanded and required of offers.
 *
 * @param initial the round-1 target; in [0, 1]
 * @param floor   the limit; in [0, initial]
 * @param rate    the per-round decay of the excess over the floor; in [0, 1]
 */
record ConcedingAgent(double initial, double floor, double rate) implements BargainingAgent {

    ConcedingAgent {
        Shares.fraction("initial", initial);
        Shares.fraction("floor", floor);
        Shares.fraction("rate", rate);
        if (floor > initial) {
            throw new IllegalArgumentException("floor must be <= initial = " + initial + " (got " + floor + ")");
        }
    }

    private double target(Negotiation negotiation) {
        return floor + (initial - floor) * Math.pow(rate, Arguments.notNull("negotiation", negotiation).round() - 1);
    }

    @Override
    public double demand(Negotiation negotiation) {
        return target(negotiation);
    }

    @Override
    public boolean accept(Negotiation negotiation, double offered) {
        return offered >= target(negotiation);
    }
}
