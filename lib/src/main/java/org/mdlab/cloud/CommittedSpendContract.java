package org.mdlab.cloud;

import java.util.Arrays;
import org.mdlab.market.Arguments;
import org.mdlab.screening.Tariff;

/**
 * A committed-spend contract (Bergemann and Wang 2025, arXiv 2502.08022, Section 4; Bergemann and Deb
 * 2025, arXiv 2502.07168): the buyer commits to a minimum usage {@code m} for a base payment {@code B}
 * owed whatever he uses; usage beyond {@code m} is billed at the list charge {@code P}, so the payment is
 * {@code B + P(max(q, m)) - P(m)}.
 *
 * @param commitment  the committed usage {@code m}, in the charge's range
 * @param basePayment the base payment {@code B}, finite
 * @param listCharge  the charge {@code P} whose increments price usage beyond the commitment
 */
public record CommittedSpendContract(double commitment, double basePayment, Tariff listCharge) implements UsageContract {

    /**
     * Validates the components.
     *
     * @throws IllegalArgumentException if the base payment is not finite, the charge is missing, or the
     *                                  commitment lies outside the charge's usage range
     */
    public CommittedSpendContract {
        if (!Double.isFinite(basePayment)) {
            throw new IllegalArgumentException("basePayment must be finite (got " + basePayment + ")");
        }
        if (listCharge == null) {
            throw new IllegalArgumentException("listCharge must not be null");
        }
        double[] q = listCharge.qualities();
        if (!(commitment >= q[0] && commitment <= q[q.length - 1])) {
            throw new IllegalArgumentException("commitment must lie in [" + q[0] + ", " + q[q.length - 1] + "] (got "
                    + commitment + ")");
        }
    }

    /**
     * The committed-spend version of a two-part tariff (Bergemann and Wang 2025, Section 4): commit to the
     * usage of the lowest value, {@code m = q(v_1)}, for the base payment {@code B = F + P(m)}; beyond it
     * the same block prices. Every on-path usage is at least {@code m}, where both payments agree.
     *
     * @param tariff the two-part tariff
     * @param lowestValue the lowest marginal value the buyer can realise
     * @return the committed-spend contract
     */
    public static CommittedSpendContract from(CloudTariff tariff, double lowestValue) {
        Arguments.notNull("tariff", tariff);
        Arguments.finite("lowestValue", lowestValue);
        double m = tariff.usage(lowestValue);
        return new CommittedSpendContract(m, tariff.payment(m), tariff.usageCharge());
    }

    @Override
    public double payment(double usage) {
        Arguments.finite("usage", usage);
        if (!(usage >= 0 && usage <= maxUsage())) {
            throw new IllegalArgumentException("usage must lie in [0, " + maxUsage() + "] (got " + usage + ")");
        }
        return basePayment + listCharge.price(Math.max(usage, commitment)) - listCharge.price(commitment);
    }

    @Override
    public double maxUsage() {
        double[] q = listCharge.qualities();
        return q[q.length - 1];
    }

    @Override
    public double[] candidateUsage() {
        double[] kinks = Arrays.stream(listCharge.qualities()).filter(q -> q > commitment).toArray();
        double[] candidates = new double[kinks.length + 1];
        candidates[0] = commitment;
        System.arraycopy(kinks, 0, candidates, 1, kinks.length);
        return candidates;
    }
}
