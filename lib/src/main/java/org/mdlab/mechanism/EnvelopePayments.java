package org.mdlab.mechanism;

import java.util.List;
import org.mdlab.market.Market;

/**
 * Payments that implement a monotone single-item allocation in dominant strategies with the lowest
 * type's IR binding: the discrete form of Myerson's (1981) payment identity,
 * {@code p_i(θ) = v_{θ_i} q_i(θ) - sum_{l < θ_i} (v_{l+1} - v_l) q_i(l, θ_-i)}.
 */
final class EnvelopePayments {

    private EnvelopePayments() {
    }

    static double[][] of(Environment env, List<Market> bidders, double[][] allocation) {
        int profiles = env.profiles();
        int n = env.size();
        double[][] payments = new double[profiles][n];
        for (int r = 0; r < profiles; r++) {
            int[] types = env.profile(r);
            for (int i = 0; i < n; i++) {
                Market m = bidders.get(i);
                double p = m.value(types[i]) * allocation[r][i + 1];
                for (int l = 0; l < types[i]; l++) {
                    p -= (m.value(l + 1) - m.value(l)) * allocation[env.replace(r, i, l)][i + 1];
                }
                payments[r][i] = p;
            }
        }
        return payments;
    }
}
