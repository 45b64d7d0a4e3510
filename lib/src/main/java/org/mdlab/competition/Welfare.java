package org.mdlab.competition;

/**
 * The objectives over outcomes of the price-competition game (Bergemann, Brooks and Morris, "Information
 * and Price Competition"): consumer surplus {@code E[v_a − p_a]}, producer surplus {@code E[p_a − c_a]} and
 * total surplus {@code E[v_a − c_a]}, with {@code a} the good bought (nothing bought contributes 0).
 */
public enum Welfare {
    /** Consumer surplus. */
    CONSUMER,
    /** Producer surplus, summed over firms. */
    PRODUCER,
    /** Total surplus: consumer plus producer surplus. */
    TOTAL;

    /**
     * The objective's coefficient for one purchase.
     *
     * @param value the consumer's value of the good bought
     * @param price its price
     * @param cost  its unit cost
     * @return the contribution of the purchase to this objective
     */
    public double of(double value, double price, double cost) {
        return switch (this) {
            case CONSUMER -> value - price;
            case PRODUCER -> price - cost;
            case TOTAL -> value - cost;
        };
    }
}
