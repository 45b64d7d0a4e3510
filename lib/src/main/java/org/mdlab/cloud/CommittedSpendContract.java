package org.mdlab.cloud;

import org.mdlab.market.Arguments;
import org.mdlab.screening.Tariff;

/**
 * A committed-spend contract (Bergemann and Deb 2025, arXiv 2502.07168, Section 1; Bergemann and Wang
 * 2025, arXiv 2502.08022, Section 4): the buyer commits to a minimum usage {@code m} for a base payment
 * {@code B} owed whatever he uses, and usage beyond {@code m} is billed by the {@link Overage}, so he pays
 * {@code B + overage(m, q)}: {@code B + p (q - m)^+} at a unit price, {@code B + P(max(q, m)) - P(m)}
 * under a list charge. With {@code m = 0} a unit-price contract is a two-part tariff, and with
 * {@code m = B = 0} a posted (pay-as-you-go) price.
 *
 * <p>As a {@link UsageContract} the buyer with marginal value {@code v} picks usage to maximise
 * {@code v q - payment(q)}. Under a unit price usage is unbounded, so that choice exists only for
 * {@code v < p} (he uses the commitment); the concave-value models ({@link MeanDemandPricing},
 * {@link CommittedSpendMenu}) choose usage themselves.
 *
 * @param commitment  the committed usage {@code m}, finite and in the overage's usage range
 * @param basePayment the base payment {@code B}, finite
 * @param overage     how usage beyond {@code m} is billed
 */
public record CommittedSpendContract(double commitment, double basePayment, Overage overage) implements UsageContract {

    /**
     * Validates the components.
     *
     * @throws IllegalArgumentException if the base payment is not finite, the overage is missing, or the
     *                                  commitment is not finite or lies outside the overage's usage range
     */
    public CommittedSpendContract {
        Arguments.finite("basePayment", basePayment);
        Arguments.notNull("overage", overage);
        Arguments.finite("commitment", commitment);
        if (!(commitment >= overage.minUsage() && commitment <= overage.maxUsage())) {
            throw new IllegalArgumentException("commitment must lie in [" + overage.minUsage() + ", "
                    + overage.maxUsage() + "] (got " + commitment + ")");
        }
    }

    /**
     * A commitment with usage beyond it at one unit price, {@code B + p (q - m)^+}.
     *
     * @param commitment  the committed usage {@code m >= 0}
     * @param basePayment the base payment {@code B}
     * @param unitPrice   the price {@code p >= 0} of usage beyond {@code m}
     * @return the contract
     * @throws IllegalArgumentException if an argument breaks its rule
     */
    public static CommittedSpendContract withUnitPrice(double commitment, double basePayment, double unitPrice) {
        return new CommittedSpendContract(commitment, basePayment, new Overage.UnitPrice(unitPrice));
    }

    /**
     * A posted unit price without commitment.
     *
     * @param price the unit price {@code p >= 0}
     * @return {@code (0, 0, p)}
     * @throws IllegalArgumentException if {@code price} is negative or not finite
     */
    public static CommittedSpendContract postedPrice(double price) {
        return withUnitPrice(0, 0, price);
    }

    /**
     * A two-part tariff: a fixed fee and a unit price.
     *
     * @param fee   the fixed fee {@code F >= 0}
     * @param price the unit price {@code p >= 0}
     * @return {@code (0, F, p)}
     * @throws IllegalArgumentException if an argument is negative or not finite
     */
    public static CommittedSpendContract twoPartTariff(double fee, double price) {
        return withUnitPrice(0, Arguments.nonNegative("fee", fee), price);
    }

    /**
     * A commitment with usage beyond it billed by the increments of a list charge,
     * {@code B + P(max(q, m)) - P(m)}.
     *
     * @param commitment  the committed usage {@code m}, in the charge's usage range
     * @param basePayment the base payment {@code B}
     * @param listCharge  the list charge {@code P}
     * @return the contract
     * @throws IllegalArgumentException if an argument breaks its rule
     */
    public static CommittedSpendContract withListCharge(double commitment, double basePayment, Tariff listCharge) {
        return new CommittedSpendContract(commitment, basePayment, new Overage.ListCharge(listCharge));
    }

    /**
     * The committed-spend version of a two-part tariff (Bergemann and Wang 2025, Section 4): commit to the
     * usage of the lowest value, {@code m = q(v_1)}, for the base payment {@code B = F + P(m)}; beyond it
     * the same block prices. Every on-path usage is at least {@code m}, where both payments agree.
     *
     * @param tariff      the two-part tariff
     * @param lowestValue the lowest marginal value the buyer can realise
     * @return the contract
     * @throws IllegalArgumentException if {@code tariff} is null or {@code lowestValue} is not finite
     */
    public static CommittedSpendContract from(CloudTariff tariff, double lowestValue) {
        Arguments.notNull("tariff", tariff);
        Arguments.finite("lowestValue", lowestValue);
        double m = tariff.usage(lowestValue);
        return withListCharge(m, tariff.payment(m), tariff.usageCharge());
    }

    /**
     * The unit price of usage beyond the commitment.
     *
     * @return {@code p}
     * @throws IllegalArgumentException if usage beyond the commitment is billed by a list charge
     */
    public double unitPrice() {
        if (overage instanceof Overage.UnitPrice unit) {
            return unit.price();
        }
        throw new IllegalArgumentException("contract bills usage beyond its commitment by a list charge, not one unit price");
    }

    @Override
    public double payment(double usage) {
        Arguments.finite("usage", usage);
        if (!(usage >= 0 && usage <= maxUsage())) {
            throw new IllegalArgumentException("usage must lie in [0, " + maxUsage() + "] (got " + usage + ")");
        }
        return basePayment + overage.bill(commitment, usage);
    }

    @Override
    public double maxUsage() {
        return overage.maxUsage();
    }

    @Override
    public double[] candidateUsage() {
        return overage.candidates(commitment);
    }

    /**
     * The buyer's usage at marginal value {@code v}, as {@link UsageContract#usage}.
     *
     * @param value the realised marginal value, finite
     * @return the chosen usage
     * @throws IllegalArgumentException if {@code value} is not finite, or usage beyond the commitment is billed
     *                                  at a unit price {@code p <= value}, so that no usage is best
     */
    @Override
    public double usage(double value) {
        Arguments.finite("value", value);
        if (overage instanceof Overage.UnitPrice unit && value >= unit.price()) {
            throw new IllegalArgumentException("value " + value + " is at least the unit price " + unit.price()
                    + " of unbounded usage beyond the commitment: no usage is best");
        }
        return UsageContract.super.usage(value);
    }
}
