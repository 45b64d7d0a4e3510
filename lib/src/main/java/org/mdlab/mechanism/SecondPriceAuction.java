package org.mdlab.mechanism;

import java.util.List;
import org.mdlab.market.Arguments;
import org.mdlab.market.Market;

/**
 * The second-price (Vickrey 1961) auction with a reserve price {@code r} among bidders with discrete
 * values: the item goes to a highest bidder whose value is at least {@code r} (ties split equally),
 * who pays {@code max(r, highest other value)}. It is dominant-strategy IC and ex-post IR; with
 * {@code r = 0} and a unique highest value it charges the VCG (Clarke pivot) payment.
 */
public final class SecondPriceAuction {

    private SecondPriceAuction() {
    }

    /**
     * The auction as a direct mechanism on {@link Environment#singleItem(List)}.
     *
     * @param bidders the bidders' value distributions; non-empty, no null entry
     * @param reserve the reserve price; finite and {@code >= 0}
     * @return the mechanism
     * @throws IllegalArgumentException if {@code reserve} is negative or not finite, or {@code bidders}
     *                                  breaks a rule of {@link Environment#singleItem(List)}
     */
    public static DirectMechanism withReserve(List<Market> bidders, double reserve) {
        Arguments.nonNegative("reserve", reserve);
        Environment env = Environment.singleItem(bidders);
        int profiles = env.profiles();
        int n = env.size();
        double[][] allocation = new double[profiles][];
        double[][] payments = new double[profiles][n];
        for (int r = 0; r < profiles; r++) {
            int[] types = env.profile(r);
            double[] lottery = new double[n + 1];
            double best = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                best = Math.max(best, bidders.get(i).value(types[i]));
            }
            if (best < reserve) {
                lottery[0] = 1;
            } else {
                int winners = 0;
                for (int i = 0; i < n; i++) {
                    winners += bidders.get(i).value(types[i]) == best ? 1 : 0;
                }
                for (int i = 0; i < n; i++) {
                    lottery[i + 1] = bidders.get(i).value(types[i]) == best ? 1.0 / winners : 0;
                    payments[r][i] = lottery[i + 1] * Math.max(reserve, highestOther(bidders, types, i));
                }
            }
            allocation[r] = lottery;
        }
        return new DirectMechanism(env, allocation, payments);
    }

    private static double highestOther(List<Market> bidders, int[] types, int i) {
        double best = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < types.length; j++) {
            if (j != i) {
                best = Math.max(best, bidders.get(j).value(types[j]));
            }
        }
        return best;
    }
}
