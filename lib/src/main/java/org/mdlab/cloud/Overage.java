package org.mdlab.cloud;

import java.util.Arrays;
import org.mdlab.market.Arguments;
import org.mdlab.screening.Tariff;

/**
 * How a committed-spend contract ({@link CommittedSpendContract}) bills usage beyond its commitment
 * {@code m}: at one unit price, or by the increments of a list charge.
 *
 * <ul>
 *   <li>{@link UnitPrice}: {@code p (q - m)^+} with usage unbounded (Bergemann and Deb 2025, arXiv
 *       2502.07168, Section 1: the robustly optimal contract bills beyond the commitment at marginal cost);</li>
 *   <li>{@link ListCharge}: {@code P(max(q, m)) - P(m)} with usage bounded by the charge's last block
 *       (Bergemann and Wang 2025, arXiv 2502.08022, Section 4: block prices of a two-part tariff).</li>
 * </ul>
 */
public sealed interface Overage {

    /**
     * The bill for usage {@code q} beyond the commitment {@code m}.
     *
     * @param commitment the commitment {@code m}
     * @param usage      the usage {@code q}
     * @return the overage bill, {@code 0} for {@code q <= m}
     */
    double bill(double commitment, double usage);

    /**
     * The least usage the charge is defined at.
     *
     * @return {@code 0} for a unit price, the first block's start for a list charge
     */
    double minUsage();

    /**
     * The largest usage the charge is defined at.
     *
     * @return {@code +∞} for a unit price, the last block's end for a list charge
     */
    double maxUsage();

    /**
     * The usage levels among which a buyer with linear value always finds a best choice, given the
     * commitment: the commitment itself, then the charge's kinks above it.
     *
     * @param commitment the commitment {@code m}
     * @return the candidate levels, increasing
     */
    double[] candidates(double commitment);

    /**
     * Usage beyond the commitment at one unit price.
     *
     * @param price the unit price {@code p}, finite and {@code >= 0}
     */
    record UnitPrice(double price) implements Overage {

        /**
         * Validates the price.
         *
         * @throws IllegalArgumentException if {@code price} is negative or not finite
         */
        public UnitPrice {
            Arguments.nonNegative("price", price);
        }

        @Override
        public double bill(double commitment, double usage) {
            return price * Math.max(0, usage - commitment);
        }

        @Override
        public double minUsage() {
            return 0;
        }

        @Override
        public double maxUsage() {
            return Double.POSITIVE_INFINITY;
        }

        @Override
        public double[] candidates(double commitment) {
            return new double[] {commitment};
        }
    }

    /**
     * Usage beyond the commitment billed by the increments of a list charge.
     *
     * @param charge the list charge {@code P}, piecewise linear between its points
     */
    record ListCharge(Tariff charge) implements Overage {

        /**
         * Validates the charge.
         *
         * @throws IllegalArgumentException if {@code charge} is null
         */
        public ListCharge {
            Arguments.notNull("charge", charge);
        }

        @Override
        public double bill(double commitment, double usage) {
            return charge.price(Math.max(usage, commitment)) - charge.price(commitment);
        }

        @Override
        public double minUsage() {
            return charge.qualities()[0];
        }

        @Override
        public double maxUsage() {
            double[] q = charge.qualities();
            return q[q.length - 1];
        }

        @Override
        public double[] candidates(double commitment) {
            double[] kinks = Arrays.stream(charge.qualities()).filter(q -> q > commitment).toArray();
            double[] candidates = new double[kinks.length + 1];
            candidates[0] = commitment;
            System.arraycopy(kinks, 0, candidates, 1, kinks.length);
            return candidates;
        }
    }
}
