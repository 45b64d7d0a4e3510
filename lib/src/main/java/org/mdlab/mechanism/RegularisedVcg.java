package org.mdlab.mechanism;

import java.util.Arrays;

/**
 * The regularised VCG mechanism for choosing an output distribution of a language model
 * (Bergemann, Bojko, Dütting, Paes Leme, Xu and Zuo, arXiv 2412.16132, LLM application): agents report
 * rewards {@code U_i(y)} over a finite output set; the mechanism picks the policy maximising the
 * regularised welfare {@code W(π) = sum_i E_π[U_i] - λ KL(π ‖ π_ref)}, which is
 * {@code π*(y) ∝ π_ref(y) exp(sum_i U_i(y) / λ)} with value {@code λ log sum_y π_ref(y) exp(sum_i U_i(y)/λ)},
 * and charges Clarke pivots on the regularised welfare:
 * {@code p_i = max_π W_{-i}(π) - W_{-i}(π*)}, where {@code W_{-i}} omits agent i's reward. Agent i's
 * utility {@code E_{π*}[U_i] - p_i = W(π*) - max W_{-i}} is maximised by truthful reports, and
 * {@code p_i >= 0}. In the data-driven version the rewards are evaluated at a realised estimate of the
 * users' tastes; the formulas are the same.
 */
public final class RegularisedVcg {

    private RegularisedVcg() {
    }

    /**
     * The outcome for reported rewards.
     *
     * @param reference {@code π_ref}: a probability vector with positive entries
     * @param rewards   {@code rewards[i][y]}: finite, one row per agent, one entry per output
     * @param lambda    the regularisation weight λ; finite, {@code > 0}
     * @return the policy π* and the Clarke payments
     * @throws IllegalArgumentException if an argument breaks its rule
     */
    public static RegularisedOutcome outcome(double[] reference, double[][] rewards, double lambda) {
        validate(reference, rewards, lambda);
        int n = rewards.length;
        double[] total = sum(rewards, -1, reference.length);
        double[] policy = policy(reference, total, lambda);
        double[] payments = new double[n];
        for (int i = 0; i < n; i++) {
            double[] others = sum(rewards, i, reference.length);
            payments[i] = value(reference, others, lambda) - welfare(policy, reference, others, lambda);
        }
        return new RegularisedOutcome(policy, payments);
    }

    /**
     * The regularised welfare {@code E_π[reward] - λ KL(π ‖ π_ref)}.
     *
     * @param policy    π
     * @param reference π_ref
     * @param reward    the (summed) reward of each output
     * @param lambda    λ
     * @return the regularised welfare
     */
    public static double welfare(double[] policy, double[] reference, double[] reward, double lambda) {
        double w = 0;
        for (int y = 0; y < policy.length; y++) {
            if (policy[y] > 0) {
                w += policy[y] * (reward[y] - lambda * Math.log(policy[y] / reference[y]));
            }
        }
        return w;
    }

    private static double value(double[] reference, double[] reward, double lambda) {
        double max = Arrays.stream(reward).max().orElseThrow();
        double s = 0;
        for (int y = 0; y < reward.length; y++) {
            s += reference[y] * Math.exp((reward[y] - max) / lambda);
        }
        return max + lambda * Math.log(s);
    }

    private static double[] policy(double[] reference, double[] reward, double lambda) {
        double max = Arrays.stream(reward).max().orElseThrow();
        double[] p = new double[reward.length];
        double s = 0;
        for (int y = 0; y < reward.length; y++) {
            p[y] = reference[y] * Math.exp((reward[y] - max) / lambda);
            s += p[y];
        }
        for (int y = 0; y < reward.length; y++) {
            p[y] /= s;
        }
        return p;
    }

    private static double[] sum(double[][] rewards, int omit, int outputs) {
        double[] s = new double[outputs];
        for (int i = 0; i < rewards.length; i++) {
            if (i != omit) {
                for (int y = 0; y < outputs; y++) {
                    s[y] += rewards[i][y];
                }
            }
        }
        return s;
    }

    private static void validate(double[] reference, double[][] rewards, double lambda) {
        if (!Double.isFinite(lambda) || lambda <= 0) {
            throw new IllegalArgumentException("lambda must be finite and > 0 (got " + lambda + ")");
        }
        if (reference == null || reference.length == 0) {
            throw new IllegalArgumentException("reference must be non-empty");
        }
        double total = 0;
        for (int y = 0; y < reference.length; y++) {
            if (!Double.isFinite(reference[y]) || reference[y] <= 0) {
                throw new IllegalArgumentException("reference[" + y + "] must be finite and > 0 (got " + reference[y] + ")");
            }
            total += reference[y];
        }
        if (Math.abs(total - 1) > 1e-9) {
            throw new IllegalArgumentException("reference must sum to 1 (got " + total + ")");
        }
        if (rewards == null || rewards.length == 0) {
            throw new IllegalArgumentException("rewards must have at least one agent");
        }
        for (int i = 0; i < rewards.length; i++) {
            if (rewards[i] == null || rewards[i].length != reference.length) {
                throw new IllegalArgumentException("rewards[" + i + "] must have one entry per output (" + reference.length + ")");
            }
            for (double u : rewards[i]) {
                if (!Double.isFinite(u)) {
                    throw new IllegalArgumentException("rewards[" + i + "] must be finite (got " + u + ")");
                }
            }
        }
    }
}
