package org.mdlab.competition;

import java.util.Arrays;
import org.mdlab.market.Arguments;

/**
 * One state of the price-competition game (Bergemann, Brooks and Morris, "Information and Price
 * Competition", the model of the abstract): its prior probability, the consumer's value for each good and
 * each firm's unit cost. Firm {@code j} sells good {@code j}.
 *
 * @param probability the prior probability; in [0, 1]
 * @param values      the consumer's value of each good; finite, at least one good
 * @param costs       each firm's unit cost; finite, one per good
 */
public record MarketState(double probability, double[] values, double[] costs) {

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if an argument breaks the rule stated for it
     */
    public MarketState {
        Arguments.probability("probability", probability);
        values = Arguments.finiteArray("values", values);
        costs = Arguments.finiteArray("costs", costs);
        if (costs.length != values.length) {
            throw new IllegalArgumentException("costs must have one entry per good (got " + costs.length
                    + " costs for " + values.length + " goods)");
        }
    }

    /**
     * A state.
     *
     * @param probability its prior probability
     * @param values      the consumer's values, one per good
     * @param costs       the firms' costs, one per good
     * @return the state
     */
    public static MarketState of(double probability, double[] values, double[] costs) {
        return new MarketState(probability, values, costs);
    }

    /**
     * @return a copy of the values
     */
    @Override
    public double[] values() {
        return values.clone();
    }

    /**
     * @return a copy of the costs
     */
    @Override
    public double[] costs() {
        return costs.clone();
    }

    /**
     * @param good the good's index
     * @return the consumer's value of that good
     */
    public double value(int good) {
        return values[good];
    }

    /**
     * @param firm the firm's index
     * @return that firm's unit cost
     */
    public double cost(int firm) {
        return costs[firm];
    }

    /**
     * @return the number of goods (and firms)
     */
    public int goods() {
        return values.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MarketState s && Double.compare(probability, s.probability) == 0
                && Arrays.equals(values, s.values) && Arrays.equals(costs, s.costs);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Double.hashCode(probability) + Arrays.hashCode(values)) + Arrays.hashCode(costs);
    }

    @Override
    public String toString() {
        return "MarketState[p=" + probability + ", values=" + Arrays.toString(values) + ", costs="
                + Arrays.toString(costs) + "]";
    }
}
