package org.mdlab.platform;

/**
 * The seller's optimal product lines on and off the platform, type by type, in the reconstructed model of
 * Bergemann and Bonatti (arXiv:2304.07653). Prices follow from qualities and rents, {@code p = θ q - U}.
 */
public interface PlatformOutcome {

    /**
     * The primitives.
     *
     * @return the market
     */
    PlatformMarket market();

    /**
     * The quality bought off the platform by type {@code θ} (from the screening menu).
     *
     * @param theta a type in the support
     * @return {@code q_off(θ) >= 0}
     * @throws IllegalArgumentException if {@code theta} is outside the support
     */
    double offQuality(double theta);

    /**
     * The quality the seller offers type {@code θ} on the platform.
     *
     * @param theta a type in the support
     * @return {@code q_on(θ) >= 0}
     * @throws IllegalArgumentException if {@code theta} is outside the support
     */
    double onQuality(double theta);

    /**
     * The rent of type {@code θ} off the platform, {@code U_off(θ) = ∫_lower^θ q_off}.
     *
     * @param theta a type in the support
     * @return the rent, {@code >= 0}
     * @throws IllegalArgumentException if {@code theta} is outside the support
     */
    double offRent(double theta);

    /**
     * The rent of type {@code θ} on the platform, at least {@link #offRent} (showrooming).
     *
     * @param theta a type in the support
     * @return the rent
     * @throws IllegalArgumentException if {@code theta} is outside the support
     */
    double onRent(double theta);

    /**
     * The expected surpluses, with the platform's fee taken from the seller's gain over Mussa–Rosen.
     *
     * @return consumer, seller and platform surplus
     */
    PlatformWelfare welfare();

    /**
     * The price paid off the platform, {@code θ q_off(θ) - U_off(θ)}.
     *
     * @param theta a type in the support
     * @return the price
     * @throws IllegalArgumentException if {@code theta} is outside the support
     */
    default double offPrice(double theta) {
        return theta * offQuality(theta) - offRent(theta);
    }

    /**
     * The price paid on the platform, {@code θ q_on(θ) - U_on(θ)}.
     *
     * @param theta a type in the support
     * @return the price
     * @throws IllegalArgumentException if {@code theta} is outside the support
     */
    default double onPrice(double theta) {
        return theta * onQuality(theta) - onRent(theta);
    }

    /**
     * The price per unit of quality off the platform.
     *
     * @param theta a type in the support that buys a positive quality off the platform
     * @return {@code p_off / q_off}
     * @throws IllegalArgumentException if {@code theta} is outside the support or buys nothing off the platform
     */
    default double offUnitPrice(double theta) {
        return perUnit(offPrice(theta), offQuality(theta), "off", theta);
    }

    /**
     * The price per unit of quality on the platform.
     *
     * @param theta a type in the support that buys a positive quality on the platform
     * @return {@code p_on / q_on}
     * @throws IllegalArgumentException if {@code theta} is outside the support or buys nothing on the platform
     */
    default double onUnitPrice(double theta) {
        return perUnit(onPrice(theta), onQuality(theta), "on", theta);
    }

    private static double perUnit(double price, double quality, String where, double theta) {
        if (!(quality > 0)) {
            throw new IllegalArgumentException("theta must buy a positive quality " + where
                    + " the platform for a unit price (got theta = " + theta + ", quality " + quality + ")");
        }
        return price / quality;
    }
}
