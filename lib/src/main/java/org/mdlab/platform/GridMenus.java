package org.mdlab.platform;

import java.util.Arrays;
import org.mdlab.market.Arguments;

/**
 * The seller's product lines on a grid of types, as solved by {@link ShowroomingLp}: for each grid type
 * {@code θ_i} with mass {@code m_i}, the item it buys off the platform {@code (q_off_i, p_off_i)} and the item
 * offered to it on the platform {@code (q_on_i, p_on_i)} (reconstructed model of Bergemann and Bonatti,
 * arXiv:2304.07653). Surpluses use the exact cost {@code k q^2/2}.
 *
 * @param types       the grid types, strictly increasing
 * @param masses      their probabilities, a probability vector
 * @param offQualities quality bought off the platform, {@code >= 0}
 * @param offPrices   price paid off the platform
 * @param onQualities quality offered on the platform, {@code >= 0}
 * @param onPrices    price paid on the platform
 * @param share       {@code λ}, in {@code [0, 1)}
 * @param curvature   {@code k > 0}
 */
public record GridMenus(double[] types, double[] masses, double[] offQualities, double[] offPrices,
                        double[] onQualities, double[] onPrices, double share, double curvature) {

    /**
     * Validates and copies the arrays.
     *
     * @throws IllegalArgumentException if an array is null, empty, of another length, or breaks its rule
     */
    public GridMenus {
        types = Arguments.strictlyIncreasing("types", types);
        masses = Arguments.probabilities("masses", masses);
        offQualities = Arguments.finiteArray("offQualities", offQualities);
        offPrices = Arguments.finiteArray("offPrices", offPrices);
        onQualities = Arguments.finiteArray("onQualities", onQualities);
        onPrices = Arguments.finiteArray("onPrices", onPrices);
        int n = types.length;
        for (double[] a : new double[][] {masses, offQualities, offPrices, onQualities, onPrices}) {
            if (a.length != n) {
                throw new IllegalArgumentException("every array must have the length of types, " + n + " (got " + a.length + ")");
            }
        }
        for (int i = 0; i < n; i++) {
            if (offQualities[i] < 0 || onQualities[i] < 0) {
                throw new IllegalArgumentException("qualities must be >= 0 (got " + offQualities[i] + " and "
                        + onQualities[i] + " at index " + i + ")");
            }
        }
        if (!(share >= 0 && share < 1)) {
            throw new IllegalArgumentException("share must lie in [0, 1) (got " + share + ")");
        }
        Arguments.positive("curvature", curvature);
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

    /** @return a copy of the off-platform qualities */
    @Override
    public double[] offQualities() {
        return offQualities.clone();
    }

    /** @return a copy of the off-platform prices */
    @Override
    public double[] offPrices() {
        return offPrices.clone();
    }

    /** @return a copy of the on-platform qualities */
    @Override
    public double[] onQualities() {
        return onQualities.clone();
    }

    /** @return a copy of the on-platform prices */
    @Override
    public double[] onPrices() {
        return onPrices.clone();
    }

    /**
     * The rents off the platform, {@code θ_i q_off_i - p_off_i}.
     *
     * @return one per type
     */
    public double[] offRents() {
        return rents(offQualities, offPrices);
    }

    /**
     * The rents on the platform, {@code θ_i q_on_i - p_on_i}.
     *
     * @return one per type
     */
    public double[] onRents() {
        return rents(onQualities, onPrices);
    }

    /**
     * The seller's profit before the platform's fee,
     * {@code Σ m_i [(1-λ)(p_off_i - c(q_off_i)) + λ(p_on_i - c(q_on_i))]}.
     *
     * @return the gross profit
     */
    public double grossProfit() {
        double sum = 0;
        for (int i = 0; i < types.length; i++) {
            sum += masses[i] * ((1 - share) * (offPrices[i] - cost(offQualities[i])) + share * (onPrices[i] - cost(onQualities[i])));
        }
        return sum;
    }

    /**
     * The consumers' expected rent, {@code Σ m_i [(1-λ) U_off_i + λ U_on_i]}.
     *
     * @return the expected rent
     */
    public double expectedRent() {
        double[] off = offRents();
        double[] on = onRents();
        double sum = 0;
        for (int i = 0; i < types.length; i++) {
            sum += masses[i] * ((1 - share) * off[i] + share * on[i]);
        }
        return sum;
    }

    /**
     * The split of the surplus given the seller's profit without the platform.
     *
     * @param baselineProfit the Mussa–Rosen profit on the same grid (the {@code λ = 0} solve); finite
     * @return consumer, seller and platform surplus
     * @throws IllegalArgumentException if {@code baselineProfit} is not finite
     */
    public PlatformWelfare welfare(double baselineProfit) {
        return PlatformWelfare.split(expectedRent(), grossProfit(), Arguments.finite("baselineProfit", baselineProfit));
    }

    private double cost(double q) {
        return curvature * q * q / 2;
    }

    private double[] rents(double[] q, double[] p) {
        double[] u = new double[types.length];
        for (int i = 0; i < u.length; i++) {
            u[i] = types[i] * q[i] - p[i];
        }
        return u;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GridMenus g && Arrays.equals(types, g.types) && Arrays.equals(masses, g.masses)
                && Arrays.equals(offQualities, g.offQualities) && Arrays.equals(offPrices, g.offPrices)
                && Arrays.equals(onQualities, g.onQualities) && Arrays.equals(onPrices, g.onPrices)
                && Double.compare(share, g.share) == 0 && Double.compare(curvature, g.curvature) == 0;
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(new Object[] {types, masses, offQualities, offPrices, onQualities, onPrices, share, curvature});
    }

    @Override
    public String toString() {
        return "GridMenus[" + types.length + " types, share=" + share + "]";
    }
}
