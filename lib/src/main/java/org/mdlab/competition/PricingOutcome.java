package org.mdlab.competition;

import java.util.List;
import org.mdlab.market.Arguments;

/**
 * An outcome of the price-competition game found by {@link CorrelatedEquilibria}: its surpluses and the
 * joint distribution of state, consumer belief, prices and purchase (Bergemann, Brooks and Morris,
 * "Information and Price Competition"; the decision rule of Bergemann and Morris 2016, Definition 1).
 *
 * @param surplus the expected surpluses
 * @param cells   the atoms with positive probability
 */
public record PricingOutcome(Surplus surplus, List<OutcomeCell> cells) {

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if an argument is null
     */
    public PricingOutcome {
        Arguments.notNull("surplus", surplus);
        cells = List.copyOf(Arguments.notNull("cells", cells));
    }

    /**
     * The probability that the consumer buys good {@code good}.
     *
     * @param good a good's index, or {@link OutcomeCell#NO_PURCHASE}
     * @return its market share
     */
    public double share(int good) {
        return cells.stream().filter(c -> c.purchase() == good).mapToDouble(OutcomeCell::probability).sum();
    }

    /**
     * The expected price paid, given a purchase of good {@code good}.
     *
     * @param good a good's index
     * @return the average transaction price of that good, or 0 when it is never bought
     */
    public double averagePrice(int good) {
        double mass = share(good);
        if (mass == 0) {
            return 0;
        }
        return cells.stream().filter(c -> c.purchase() == good).mapToDouble(c -> c.probability() * c.prices()[good]).sum()
                / mass;
    }
}
