package org.mdlab.cloud;

import java.util.ArrayList;
import java.util.List;
import org.mdlab.market.Arguments;
import org.mdlab.screening.Tariff;

/**
 * A two-part tariff for cloud usage (Bergemann and Wang 2025, arXiv 2502.08022, Section 4): a fixed fee
 * paid at contracting plus a usage charge {@code P(q)}, piecewise linear from {@code P(0) = 0} with
 * per-unit prices on successive usage blocks. On a discrete value grid the per-unit price of the block
 * ending at the usage of value {@code v_k} is {@code v_k}; a higher signal's blocks are longer, so it
 * pays a lower per-unit price at every usage level, against a larger fixed fee.
 *
 * @param fixedFee    the fee paid at contracting, finite
 * @param usageCharge the usage charge, through {@code (0, 0)}
 */
public record CloudTariff(double fixedFee, Tariff usageCharge) implements UsageContract {

    /**
     * Validates the fee and the charge.
     *
     * @throws IllegalArgumentException if the fee is not finite, the charge is missing, or the charge does
     *                                  not start at {@code (0, 0)}
     */
    public CloudTariff {
        if (!Double.isFinite(fixedFee)) {
            throw new IllegalArgumentException("fixedFee must be finite (got " + fixedFee + ")");
        }
        if (usageCharge == null || usageCharge.qualities()[0] != 0 || usageCharge.prices()[0] != 0) {
            throw new IllegalArgumentException("usageCharge must start at usage 0 with charge 0 (got " + usageCharge + ")");
        }
    }

    /**
     * The menu of two-part tariffs that implements a deterministic mechanism (Bergemann and Wang 2025,
     * Section 4): for signal {@code i}, the charge runs through {@code (q_i(v_k), t_i(v_k) - F_i)} with
     * the first block priced at {@code v_1} and fee {@code F_i = t_i(v_1) - v_1 q_i(v_1)}; the fee is
     * the negative of the lowest value's ex-post rent.
     *
     * @param mechanism an ex-post incentive-compatible mechanism with {@code t_i} equal across values of equal usage
     * @return one tariff per signal, in signal order
     * @throws IllegalArgumentException if two values of one signal share a usage at different payments
     */
    public static List<CloudTariff> implementing(CloudMechanism mechanism) {
        Arguments.notNull("mechanism", mechanism);
        CloudDemand demand = mechanism.demand();
        double[][] q = mechanism.usage();
        double[][] t = mechanism.payment();
        List<CloudTariff> menu = new ArrayList<>();
        for (int i = 0; i < demand.signals(); i++) {
            double fee = t[i][0] - demand.value(0) * q[i][0];
            double[] usage = new double[demand.valueCount() + 1];
            double[] charge = new double[demand.valueCount() + 1];
            for (int k = 0; k < demand.valueCount(); k++) {
                usage[k + 1] = q[i][k];
                charge[k + 1] = t[i][k] - fee;
            }
            menu.add(new CloudTariff(fee, Tariff.through(usage, charge)));
        }
        return List.copyOf(menu);
    }

    @Override
    public double payment(double usage) {
        Arguments.finite("usage", usage);
        if (!(usage >= 0 && usage <= maxUsage())) {
            throw new IllegalArgumentException("usage must lie in [0, " + maxUsage() + "] (got " + usage + ")");
        }
        return fixedFee + usageCharge.price(usage);
    }

    @Override
    public double maxUsage() {
        double[] q = usageCharge.qualities();
        return q[q.length - 1];
    }

    @Override
    public double[] candidateUsage() {
        return usageCharge.qualities();
    }

    /**
     * The per-unit price of the block containing usage {@code q} (the right derivative of the charge;
     * at the cap, the left derivative).
     *
     * @param usage the usage, in {@code [0, maxUsage()]}
     * @return the marginal price
     * @throws IllegalArgumentException if {@code usage} is outside {@code [0, maxUsage()]}
     */
    public double marginalPrice(double usage) {
        double[] q = usageCharge.qualities();
        double[] p = usageCharge.prices();
        if (!(usage >= 0 && usage <= q[q.length - 1])) {
            throw new IllegalArgumentException("usage must lie in [0, " + q[q.length - 1] + "] (got " + usage + ")");
        }
        if (q.length == 1) {
            return 0;
        }
        int k = 1;
        while (k < q.length - 1 && q[k] <= usage) {
            k++;
        }
        return (p[k] - p[k - 1]) / (q[k] - q[k - 1]);
    }
}
