package org.mdlab.mechanism;

import java.util.Arrays;
import org.mdlab.market.Arguments;
import org.mdlab.market.Market;

/**
 * An agent with finitely many private types: an independent prior over the types and the value of
 * every outcome to every type (quasi-linear utility {@code v(type, outcome) - payment}). This is the
 * private-values environment of Myerson (1981, "Optimal Auction Design", Math. Oper. Res. 6(1)) and of
 * the VCG mechanism (Vickrey 1961, Clarke 1971, Groves 1973), restricted to finite type sets.
 *
 * @param name              a non-blank label
 * @param typeProbabilities prior probability of each type; non-empty, finite, {@code >= 0}, summing to 1
 *                          within {@link Arguments#PROBABILITY_SUM_TOLERANCE} per entry
 * @param valuations        {@code valuations[type][outcome]}: one finite row per type, all of equal length
 */
public record Agent(String name, double[] typeProbabilities, double[][] valuations) {

    /**
     * Validates the components and copies the arrays.
     *
     * @throws IllegalArgumentException if a rule stated in the record description is broken
     */
    public Agent {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must be non-blank (got " + name + ")");
        }
        typeProbabilities = Arguments.probabilities("typeProbabilities of agent " + name, typeProbabilities);
        if (valuations == null || valuations.length != typeProbabilities.length) {
            throw new IllegalArgumentException("valuations of agent " + name + " must have one row per type ("
                    + typeProbabilities.length + " rows, got " + (valuations == null ? "none" : valuations.length) + ")");
        }
        double[][] copy = new double[valuations.length][];
        for (int k = 0; k < valuations.length; k++) {
            if (valuations[k] == null || valuations[k].length == 0 || valuations[k].length != valuations[0].length) {
                throw new IllegalArgumentException("valuations rows of agent " + name
                        + " must be non-empty and of equal length (row " + k + ")");
            }
            copy[k] = valuations[k].clone();
            for (int x = 0; x < copy[k].length; x++) {
                if (!Double.isFinite(copy[k][x])) {
                    throw new IllegalArgumentException("valuations[" + k + "][" + x + "] of agent " + name
                            + " must be finite (got " + copy[k][x] + ")");
                }
            }
        }
        valuations = copy;
    }

    /**
     * A bidder for a single item among {@code bidders} bidders: outcome 0 is "no sale" and outcome
     * {@code j + 1} gives the item to bidder {@code j}; type {@code k} values the item at
     * {@code market.value(k)} when it goes to this bidder and at 0 otherwise.
     *
     * @param index   this bidder's position, {@code 0 <= index < bidders}
     * @param bidders the number of bidders, {@code >= 1}
     * @param market  the bidder's value distribution; not null
     * @return the agent
     * @throws IllegalArgumentException if the index is out of range, {@code bidders} exceeds
     *                                  {@link Environment#MAX_BIDDERS} or {@code market} is null
     */
    public static Agent singleItemBidder(int index, int bidders, Market market) {
        Arguments.sizeAtMost("bidders", Arguments.atLeast("bidders", bidders, 1), Environment.MAX_BIDDERS,
                "a valuation row of bidders + 1 outcomes per type and bidder");
        Arguments.index("index", index, bidders);
        Arguments.notNull("market", market);
        double[][] valuations = new double[market.size()][bidders + 1];
        for (int k = 0; k < market.size(); k++) {
            valuations[k][index + 1] = market.value(k);
        }
        return new Agent("bidder " + (index + 1), market.probabilities(), valuations);
    }

    /**
     * The number of types.
     *
     * @return the length of the prior
     */
    public int types() {
        return typeProbabilities.length;
    }

    /**
     * The number of outcomes each type values.
     *
     * @return the length of a valuation row
     */
    public int outcomes() {
        return valuations[0].length;
    }

    /**
     * The prior probability of a type.
     *
     * @param type a type index in {@code [0, types())}
     * @return its prior probability
     * @throws IllegalArgumentException if {@code type} is out of range
     */
    public double probability(int type) {
        return typeProbabilities[Arguments.index("type", type, typeProbabilities.length)];
    }

    /**
     * The value of an outcome to a type, {@code v(type, outcome)}.
     *
     * @param type    a type index in {@code [0, types())}
     * @param outcome an outcome index in {@code [0, outcomes())}
     * @return the value of the outcome to the type
     * @throws IllegalArgumentException if an index is out of range
     */
    public double value(int type, int outcome) {
        return valuations[Arguments.index("type", type, valuations.length)][Arguments.index("outcome", outcome,
                valuations[0].length)];
    }

    /**
     * The prior over types.
     *
     * @return a copy of the type probabilities
     */
    @Override
    public double[] typeProbabilities() {
        return typeProbabilities.clone();
    }

    /**
     * The valuations {@code v[type][outcome]}.
     *
     * @return a copy of the valuation matrix
     */
    @Override
    public double[][] valuations() {
        double[][] copy = new double[valuations.length][];
        for (int k = 0; k < copy.length; k++) {
            copy[k] = valuations[k].clone();
        }
        return copy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Agent a && name.equals(a.name) && Arrays.equals(typeProbabilities, a.typeProbabilities)
                && Arrays.deepEquals(valuations, a.valuations);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * name.hashCode() + Arrays.hashCode(typeProbabilities)) + Arrays.deepHashCode(valuations);
    }

    @Override
    public String toString() {
        return "Agent[" + name + ", p=" + Arrays.toString(typeProbabilities) + ", v=" + Arrays.deepToString(valuations) + "]";
    }
}
