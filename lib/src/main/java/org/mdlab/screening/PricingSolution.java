package org.mdlab.screening;

import org.mdlab.market.ConvexCost;

/**
 * The seller-optimal menu with the quantities that compare it with the first best (Mussa and Rosen
 * 1978, Sections 3–4): profit {@code Σ m_i (t_i - c(q_i))}, consumer rent {@code Σ m_i U_i}, and the
 * first-best surplus {@code Σ m_i max_q (θ_i q - c(q))}.
 *
 * @param menu                 the optimal menu
 * @param ironedVirtualValues  the (ironed) virtual value of each type, whose best quality is {@code q_i}
 * @param firstBestQualities   the efficient quality of each type
 * @param cost                 the cost of quality
 */
public record PricingSolution(Menu menu, double[] ironedVirtualValues, double[] firstBestQualities, ConvexCost cost) {

    /**
     * Validates and copies the arrays.
     *
     * @throws IllegalArgumentException if an argument is null or an array length differs from the menu's
     */
    public PricingSolution {
        if (menu == null || cost == null || ironedVirtualValues == null || firstBestQualities == null) {
            throw new IllegalArgumentException("menu, ironedVirtualValues, firstBestQualities and cost must not be null");
        }
        if (ironedVirtualValues.length != menu.size() || firstBestQualities.length != menu.size()) {
            throw new IllegalArgumentException("arrays must have the menu's size " + menu.size() + " (got "
                    + ironedVirtualValues.length + " and " + firstBestQualities.length + ")");
        }
        ironedVirtualValues = ironedVirtualValues.clone();
        firstBestQualities = firstBestQualities.clone();
    }

    /** @return a copy of the ironed virtual values */
    @Override
    public double[] ironedVirtualValues() {
        return ironedVirtualValues.clone();
    }

    /** @return a copy of the first-best qualities */
    @Override
    public double[] firstBestQualities() {
        return firstBestQualities.clone();
    }

    /**
     * The seller's expected profit {@code Σ m_i (t_i - c(q_i))}.
     *
     * @return the profit
     */
    public double profit() {
        double[] m = menu.masses();
        double[] q = menu.qualities();
        double[] t = menu.prices();
        double sum = 0;
        for (int i = 0; i < m.length; i++) {
            sum += m[i] * (t[i] - cost.at(q[i]));
        }
        return sum;
    }

    /**
     * The buyers' expected information rent {@code Σ m_i (θ_i q_i - t_i)}.
     *
     * @return the consumer rent
     */
    public double consumerRent() {
        double[] m = menu.masses();
        double[] u = menu.rents();
        double sum = 0;
        for (int i = 0; i < m.length; i++) {
            sum += m[i] * u[i];
        }
        return sum;
    }

    /**
     * The first-best total surplus {@code Σ m_i (θ_i q_i^FB - c(q_i^FB))}, which a seller who observed
     * types would extract entirely.
     *
     * @return the first-best surplus
     */
    public double firstBestSurplus() {
        double[] m = menu.masses();
        double[] theta = menu.types();
        double sum = 0;
        for (int i = 0; i < m.length; i++) {
            sum += m[i] * (theta[i] * firstBestQualities[i] - cost.at(firstBestQualities[i]));
        }
        return sum;
    }

    /**
     * The deadweight loss of screening: first-best surplus minus profit minus consumer rent.
     *
     * @return the efficiency loss, {@code >= 0} up to rounding
     */
    public double deadweightLoss() {
        return firstBestSurplus() - profit() - consumerRent();
    }
}
