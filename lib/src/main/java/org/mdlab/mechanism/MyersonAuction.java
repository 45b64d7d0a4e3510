package org.mdlab.mechanism;

import org.mdlab.market.VirtualValues;

import java.util.List;
import org.mdlab.market.Market;

/**
 * Myerson's (1981, "Optimal Auction Design", Math. Oper. Res. 6(1), Theorem 3 with §6 ironing)
 * revenue-maximising auction of one item among bidders with independent discrete values: at each
 * profile the item goes to a bidder with the highest ironed virtual value {@link VirtualValues#ironed}
 * if that value is positive (ties split equally), and each bidder pays the discrete envelope payment
 * {@code p_i(θ) = v_{θ_i} q_i(θ) - sum_{l < θ_i} (v_{l+1} - v_l) q_i(l, θ_-i)}, which makes the
 * lowest type's IR bind and truth-telling dominant. Expected revenue is
 * {@code E[max(max_i φ̄_i(θ_i), 0)]}.
 */
public final class MyersonAuction {

    /**
     * The relative tolerance for ties and for "positive" ironed virtual values, in units of the largest
     * absolute value of any bidder, so that the auction is unchanged when every value is scaled.
     */
    public static final double TIE = 1e-12;

    private MyersonAuction() {
    }

    /**
     * The optimal auction as a direct mechanism on {@link Environment#singleItem(List)}.
     *
     * @param bidders the bidders' value distributions; non-empty, no null entry, every probability positive
     * @return the mechanism
     * @throws IllegalArgumentException if {@code bidders} is null or empty, holds null, a value has
     *                                  probability 0, or the environment breaks a limit of
     *                                  {@link Environment#singleItem(List)}
     */
    public static DirectMechanism optimal(List<Market> bidders) {
        Environment env = Environment.singleItem(bidders);
        double[][] ironed = bidders.stream().map(VirtualValues::ironed).toArray(double[][]::new);
        double scale = 0;
        for (Market m : bidders) {
            scale = Math.max(scale, Math.max(Math.abs(m.value(0)), Math.abs(m.value(m.size() - 1))));
        }
        double tie = TIE * scale;
        int profiles = env.profiles();
        double[][] allocation = new double[profiles][];
        for (int r = 0; r < profiles; r++) {
            allocation[r] = allocate(env.profile(r), ironed, tie);
        }
        return new DirectMechanism(env, allocation, EnvelopePayments.of(env, bidders, allocation));
    }

    private static double[] allocate(int[] types, double[][] ironed, double tie) {
        double[] lottery = new double[types.length + 1];
        double best = 0;
        for (int i = 0; i < types.length; i++) {
            best = Math.max(best, ironed[i][types[i]]);
        }
        if (best <= tie) {
            lottery[0] = 1;
            return lottery;
        }
        int winners = 0;
        for (int i = 0; i < types.length; i++) {
            if (ironed[i][types[i]] >= best - tie) {
                winners++;
            }
        }
        for (int i = 0; i < types.length; i++) {
            if (ironed[i][types[i]] >= best - tie) {
                lottery[i + 1] = 1.0 / winners;
            }
        }
        return lottery;
    }
}
