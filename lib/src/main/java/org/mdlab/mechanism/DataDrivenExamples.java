package org.mdlab.mechanism;

import java.util.List;
import org.mdlab.market.Arguments;

/**
 * Two small instances of data-driven mechanism design (Bergemann, Bojko, Dütting, Paes Leme, Xu and
 * Zuo, arXiv 2412.16132), built so that their properties can be verified by hand.
 */
public final class DataDrivenExamples {

    private DataDrivenExamples() {
    }

    /**
     * A message-driven impossibility: one item, two agents, state ω ∈ {0, 1} equally likely.
     * Agent 1 has preference θ_1 ∈ {1, 2} (independent, index 0 or 1) and observes s_1 = ω; it values
     * the item at {@code θ_1 + ω}. Agent 2 has one type, no information, and values the item at
     * {@code 1/2 + 2ω}. Efficiency gives agent 1 the item iff {@code θ_1 - s_1 >= 1/2}, i.e. at
     * (θ_1, s_1) = (1, 0), (2, 0), (2, 1) but not at (1, 1). Ex-post IC for agent 1 forces one payment
     * per allocation, hence a threshold in its own value {@code θ_1 + s_1}; but value 2 wins at (2, 0)
     * and loses at (1, 1), so no message-driven transfers exist. With ω̂ = ω, data-driven VCG pays agent 1
     * {@code u_2(x*, ω̂)} and is ex-post IC.
     *
     * @return the environment; outcome 0 = item to agent 1, outcome 1 = item to agent 2
     */
    public static DataDrivenEnvironment messageDrivenImpossibility() {
        return new DataDrivenEnvironment(List.of("item to agent 1", "item to agent 2"), new double[]{0, 1},
                new int[]{2, 1}, new int[]{2, 1}, new double[][]{{0.5, 0}, {0, 0.5}},
                (i, type, x, w) -> i == 0 ? (x == 0 ? type + 1 + w : 0) : (x == 1 ? 0.5 + 2 * w : 0));
    }

    /**
     * A click-through-rate instance for the consistency theorem: state ω ∈ {0.3, 0.5, 0.7} equally
     * likely, observed by agent 1 (s_1 = ω), who has preference θ_1 ∈ {1, 2} (index 0 or 1) and values
     * the slot at {@code θ_1 ω} (value per click times click rate). Agent 2 values it at
     * {@code 1/2 + 2|ω - 1/2|}, a 2-Lipschitz utility with a kink. At ω = 1/2 and θ_1 = 1 the two are
     * tied; with the sample-mean estimator of m clicks agent 1 gains {@code ε_m = 2 E|ω̂_m - 1/2|} by
     * reporting a signal that hands the slot to agent 2, which is of order {@code sqrt(2/(π m))},
     * below the Lipschitz bound {@code 2 · L · sup_ω E|ω̂_m - ω| <= 2/sqrt(m)}.
     *
     * @return the environment; outcome 0 = slot to agent 1, outcome 1 = slot to agent 2
     */
    public static DataDrivenEnvironment kinkedClickThrough() {
        double third = 1.0 / 3;
        return new DataDrivenEnvironment(List.of("slot to agent 1", "slot to agent 2"), new double[]{0.3, 0.5, 0.7},
                new int[]{2, 1}, new int[]{3, 1}, new double[][]{{third, 0, 0}, {0, third, 0}, {0, 0, third}},
                (i, type, x, w) -> i == 0 ? (x == 0 ? (type + 1) * w : 0) : (x == 1 ? 0.5 + 2 * Math.abs(w - 0.5) : 0));
    }

    /**
     * A one-slot ad auction in the data-driven framework: advertiser i with preference type k values a
     * click at {@code valuesPerClick[i][k]} (types equally likely), the state ω is the slot's
     * click-through rate (equally likely among {@code clickRates}, known to nobody), and
     * {@code u_i(x, ω, θ_i) = θ_i ω} if ad i is shown, 0 otherwise. The efficient allocation shows the highest
     * value per click; the Clarke data-driven transfer charges the winner {@code max_{j≠i} θ_j · ω̂}. With
     * ω̂ the realised click rate (clicks / impressions) this is the per-click price
     * {@code max_{j≠i} θ_j} on every click: data-driven VCG is per-click second pricing. Utilities are affine
     * in ω and the click rate is unbiased, so the implementation is exact.
     * With a click-through rate per advertiser, see {@link PerClickAuction}.
     *
     * @param valuesPerClick {@code valuesPerClick[i]}: advertiser i's possible values per click; finite
     * @param clickRates     the possible click-through rates, in {@code [0, 1]}
     * @return the environment; outcome i = ad i shown
     * @throws IllegalArgumentException if an argument is null, empty or not finite, or a rate is outside [0, 1]
     */
    public static DataDrivenEnvironment perClickAuction(double[][] valuesPerClick, double[] clickRates) {
        Arguments.notNull("valuesPerClick", valuesPerClick);
        Arguments.atLeast("valuesPerClick.length", valuesPerClick.length, 1);
        double[] rates = Arguments.finiteArray("clickRates", clickRates);
        for (int w = 0; w < rates.length; w++) {
            Arguments.probability("clickRates[" + w + "]", rates[w]);
        }
        int n = valuesPerClick.length;
        double[][] values = new double[n][];
        int[] types = new int[n];
        int[] signals = new int[n];
        String[] outcomes = new String[n];
        for (int i = 0; i < n; i++) {
            values[i] = Arguments.finiteArray("valuesPerClick[" + i + "]", valuesPerClick[i]);
            types[i] = values[i].length;
            signals[i] = 1;
            outcomes[i] = "ad " + (i + 1) + " shown";
        }
        double[][] prior = new double[rates.length][1];
        for (double[] row : prior) {
            row[0] = 1.0 / rates.length;
        }
        return new DataDrivenEnvironment(List.of(outcomes), rates, types, signals, prior,
                (i, type, x, w) -> x == i ? values[i][type] * w : 0);
    }
}
