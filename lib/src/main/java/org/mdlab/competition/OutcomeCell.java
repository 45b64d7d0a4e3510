package org.mdlab.competition;

import java.util.Arrays;
import org.mdlab.market.Arguments;

/**
 * One atom of an outcome of the price-competition game (Bergemann, Brooks and Morris, "Information and
 * Price Competition"): with probability {@code probability} the state is {@code state}, the consumer's
 * interim values (her expected value of each good given her information) are {@code belief}, the firms set
 * {@code prices} and the consumer buys {@code purchase}.
 *
 * @param state       the state's index in {@link PricingGame#states()}
 * @param belief      the consumer's interim value of each good
 * @param prices      the price of each firm
 * @param purchase    the good bought, or {@link #NO_PURCHASE}
 * @param probability the atom's probability; in [0, 1]
 */
public record OutcomeCell(int state, double[] belief, double[] prices, int purchase, double probability) {

    /** The {@link #purchase()} of a consumer who buys nothing. */
    public static final int NO_PURCHASE = -1;

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if an argument breaks the rule stated for it
     */
    public OutcomeCell {
        Arguments.atLeast("state", state, 0);
        belief = Arguments.finiteArray("belief", belief);
        prices = Arguments.finiteArray("prices", prices);
        Arguments.atLeast("purchase", purchase, NO_PURCHASE);
        Arguments.probability("probability", probability);
    }

    /**
     * @return a copy of the interim values
     */
    @Override
    public double[] belief() {
        return belief.clone();
    }

    /**
     * @return a copy of the prices
     */
    @Override
    public double[] prices() {
        return prices.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OutcomeCell c && state == c.state && purchase == c.purchase
                && Double.compare(probability, c.probability) == 0 && Arrays.equals(belief, c.belief)
                && Arrays.equals(prices, c.prices);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * state + purchase) + Arrays.hashCode(prices)) + Arrays.hashCode(belief);
    }

    @Override
    public String toString() {
        return "OutcomeCell[state=" + state + ", belief=" + Arrays.toString(belief) + ", prices="
                + Arrays.toString(prices) + ", purchase=" + purchase + ", p=" + probability + "]";
    }
}
