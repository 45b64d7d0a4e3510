package org.mdlab.screening;

import java.util.Arrays;
import org.mdlab.market.Arguments;

/**
 * A menu of (quality, price) items, item {@code i} intended for type {@code θ_i} with mass
 * {@code m_i}; a buyer of type {@code θ} choosing item {@code j} gets {@code θ q_j - t_j} and the
 * outside option gives 0 (Mussa and Rosen 1978, Section 2; Maskin and Riley 1984, Section 2).
 *
 * @param types     the types, strictly increasing and finite; non-empty
 * @param masses    the probability mass of each type; finite and {@code > 0}
 * @param qualities the quality of each item; finite and {@code >= 0}
 * @param prices    the price of each item; finite
 */
public record Menu(double[] types, double[] masses, double[] qualities, double[] prices) implements IncentiveMenu {

    /**
     * Validates and copies the arrays.
     *
     * @throws IllegalArgumentException if the arrays are empty or of different lengths, or break a rule above
     */
    public Menu {
        if (types == null || masses == null || qualities == null || prices == null || types.length == 0
                || masses.length != types.length || qualities.length != types.length || prices.length != types.length) {
            throw new IllegalArgumentException("types, masses, qualities and prices must be non-empty and of equal length");
        }
        types = types.clone();
        masses = masses.clone();
        qualities = qualities.clone();
        prices = prices.clone();
        for (int i = 0; i < types.length; i++) {
            if (!Double.isFinite(types[i]) || (i > 0 && types[i] <= types[i - 1])) {
                throw new IllegalArgumentException("types must be finite and strictly increasing (got " + types[i]
                        + " at " + i + ")");
            }
            if (!Double.isFinite(masses[i]) || masses[i] <= 0) {
                throw new IllegalArgumentException("masses must be finite and > 0 (got " + masses[i] + " at " + i + ")");
            }
            if (!Double.isFinite(qualities[i]) || qualities[i] < 0) {
                throw new IllegalArgumentException("qualities must be finite and >= 0 (got " + qualities[i] + " at " + i + ")");
            }
            if (!Double.isFinite(prices[i])) {
                throw new IllegalArgumentException("prices must be finite (got " + prices[i] + " at " + i + ")");
            }
        }
    }

    /** @return a copy of the types */
    @Override
    public double[] types() {
        return types.clone();
    }

    /** @return a copy of the masses */
    @Override
    public double[] masses() {
        return masses.clone();
    }

    /** @return a copy of the qualities */
    @Override
    public double[] qualities() {
        return qualities.clone();
    }

    /** @return a copy of the prices */
    @Override
    public double[] prices() {
        return prices.clone();
    }

    /**
     * The number of items (one per type).
     *
     * @return {@code n}
     */
    @Override
    public int size() {
        return types.length;
    }

    /**
     * The payoff of type {@code i} from item {@code j}, {@code θ_i q_j - t_j}.
     *
     * @param type the index of the type
     * @param item the index of the item
     * @return the payoff
     */
    @Override
    public double payoff(int type, int item) {
        Arguments.index("type", type, types.length);
        Arguments.index("item", item, types.length);
        return types[type] * qualities[item] - prices[item];
    }

    /**
     * The largest IC and IR violations over all type pairs ({@link MenuAudit#of(IncentiveMenu)}).
     *
     * @return the audit
     */
    @Override
    public MenuAudit audit() {
        return MenuAudit.of(this);
    }

    /**
     * The information rents {@code U_i = θ_i q_i - t_i}.
     *
     * @return the rents in type order
     */
    public double[] rents() {
        double[] rents = new double[types.length];
        for (int i = 0; i < types.length; i++) {
            rents[i] = payoff(i, i);
        }
        return rents;
    }

    /**
     * The tariff {@code T(q)} that implements this menu: the price as a function of quality
     * (Maskin and Riley 1984, Section 4).
     *
     * @return the tariff through the menu's (quality, price) points
     * @throws IllegalArgumentException if two items have the same quality but different prices
     */
    public Tariff tariff() {
        return Tariff.through(qualities, prices);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Menu that && Arrays.equals(types, that.types) && Arrays.equals(masses, that.masses)
                && Arrays.equals(qualities, that.qualities) && Arrays.equals(prices, that.prices);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(new int[] {Arrays.hashCode(types), Arrays.hashCode(masses),
                Arrays.hashCode(qualities), Arrays.hashCode(prices)});
    }

    @Override
    public String toString() {
        return "Menu[types=" + Arrays.toString(types) + ", qualities=" + Arrays.toString(qualities)
                + ", prices=" + Arrays.toString(prices) + "]";
    }
}
