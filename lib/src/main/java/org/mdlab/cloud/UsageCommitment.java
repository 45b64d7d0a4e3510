package org.mdlab.cloud;

import org.mdlab.market.Arguments;

/**
 * A committed-spend mechanism with a constant marginal price (Bergemann and Deb 2025, arXiv 2502.07168,
 * Section 1): the buyer commits to a minimum usage {@code m} for a base payment {@code B} and buys usage
 * beyond {@code m} at the marginal price {@code p}; he pays {@code B + p (q - m)^+}. With {@code m = 0} it
 * is a two-part tariff, and with {@code m = B = 0} a posted (pay-as-you-go) price.
 *
 * @param minimumUsage  the committed usage {@code m}, in {@code [0, 1]}
 * @param basePayment   the base payment {@code B}, finite and {@code >= 0}
 * @param marginalPrice the price {@code p} of usage beyond {@code m}, finite and {@code >= 0}
 */
public record UsageCommitment(double minimumUsage, double basePayment, double marginalPrice) {

    /**
     * Validates the terms.
     *
     * @throws IllegalArgumentException if a term breaks its rule
     */
    public UsageCommitment {
        if (!(minimumUsage >= 0 && minimumUsage <= 1)) {
            throw new IllegalArgumentException("minimumUsage must lie in [0, 1] (got " + minimumUsage + ")");
        }
        if (!(basePayment >= 0) || !Double.isFinite(basePayment)) {
            throw new IllegalArgumentException("basePayment must be finite and >= 0 (got " + basePayment + ")");
        }
        if (!(marginalPrice >= 0) || !Double.isFinite(marginalPrice)) {
            throw new IllegalArgumentException("marginalPrice must be finite and >= 0 (got " + marginalPrice + ")");
        }
    }

    /**
     * A posted unit price without commitment.
     *
     * @param price the unit price
     * @return {@code (0, 0, price)}
     */
    public static UsageCommitment postedPrice(double price) {
        return new UsageCommitment(0, 0, Arguments.nonNegative("price", price));
    }

    /**
     * A two-part tariff: a fixed fee and a unit price.
     *
     * @param fee   the fixed fee
     * @param price the unit price
     * @return {@code (0, fee, price)}
     */
    public static UsageCommitment twoPartTariff(double fee, double price) {
        return new UsageCommitment(0, Arguments.nonNegative("fee", fee), Arguments.nonNegative("price", price));
    }

    /**
     * The payment for a usage level.
     *
     * @param usage the usage, {@code >= 0}
     * @return {@code B + p (usage - m)^+}
     */
    public double payment(double usage) {
        Arguments.nonNegative("usage", usage);
        return basePayment + marginalPrice * Math.max(0, usage - minimumUsage);
    }
}
