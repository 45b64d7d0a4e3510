package org.mdlab.cloud;

import java.util.Optional;
import org.mdlab.market.Arguments;

/**
 * The optimal sequential mechanism in closed form (Bergemann and Wang 2025, arXiv 2502.08022, Section 3,
 * on a discrete grid): usage maximises the dynamic virtual surplus pointwise,
 * {@code q_i(v_k) = argmax_q φ_i(v_k) q - c(q)} ({@link CloudDemand#dynamicVirtualValues()}); ex-post
 * rents rise by {@code Δ_k q_i(v_k)} from value to value (local downward IC binds); the lowest signal's
 * ex-ante rent is zero and {@code U_{i+1} = U_i + Σ_k Δ_k (F_i(v_k) - F_{i+1}(v_k)) q_i(v_k)} (adjacent
 * downward ex-ante IC binds); payments are {@code t = v q - u}. The relaxed solution is optimal when it is
 * regular: usage non-decreasing in the value within each signal (ex-post IC) and in the signal at every
 * value (with first-order dominance this gives global ex-ante IC). {@code O(IK)} plus one bisection per cell.
 */
public final class ClosedFormCloudContract {

    private static final double MONOTONE_SLACK = 1e-12;

    private ClosedFormCloudContract() {
    }

    /**
     * The closed-form optimal mechanism, when the relaxed solution is regular.
     *
     * @param demand the demand model
     * @return the mechanism, or empty if the pointwise usage is not monotone in the value or in the
     *         signal (then the relaxed solution is not incentive compatible and {@link CloudContractLp} applies)
     */
    public static Optional<CloudMechanism> optimal(CloudDemand demand) {
        Arguments.notNull("demand", demand);
        int n = demand.signals();
        int kk = demand.valueCount();
        double[][] phi = demand.dynamicVirtualValues();
        double[][] q = new double[n][kk];
        double[][] cost = new double[n][kk];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < kk; k++) {
                q[i][k] = demand.cost().bestQuality(phi[i][k]);
                cost[i][k] = demand.cost().at(q[i][k]);
                boolean fallsInValue = k > 0 && q[i][k] < q[i][k - 1] - MONOTONE_SLACK;
                boolean fallsInSignal = i > 0 && q[i][k] < q[i - 1][k] - MONOTONE_SLACK;
                if (fallsInValue || fallsInSignal) {
                    return Optional.empty();
                }
            }
        }
        double[][] payment = new double[n][kk];
        double rent = 0;
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                rent += rentIncrement(demand, q[i - 1], i - 1);
            }
            double[] increments = new double[kk];
            double expectedIncrement = 0;
            for (int k = 1; k < kk; k++) {
                increments[k] = increments[k - 1] + (demand.value(k) - demand.value(k - 1)) * q[i][k - 1];
                expectedIncrement += demand.probability(i, k) * increments[k];
            }
            double lowest = rent - expectedIncrement;
            for (int k = 0; k < kk; k++) {
                payment[i][k] = demand.value(k) * q[i][k] - (lowest + increments[k]);
            }
        }
        return Optional.of(new CloudMechanism(demand, q, cost, payment));
    }

    private static double rentIncrement(CloudDemand demand, double[] lowerUsage, int lower) {
        double sum = 0;
        double own = 0;
        double next = 0;
        for (int k = 0; k < demand.valueCount() - 1; k++) {
            own += demand.probability(lower, k);
            next += demand.probability(lower + 1, k);
            sum += (demand.value(k + 1) - demand.value(k)) * (own - next) * lowerUsage[k];
        }
        return sum;
    }
}
