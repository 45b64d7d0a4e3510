package org.mdlab.competition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mdlab.market.Arguments;

/**
 * The price-competition game of Bergemann, Brooks and Morris, "Information and Price Competition" (as
 * reconstructed from the abstract): {@code J} firms, firm {@code j} selling good {@code j} at unit cost
 * {@code c_j(θ)}, set prices on finite grids; a consumer with unit demand and value {@code v_j(θ)} for good
 * {@code j} buys the good with the largest {@code v_j − p_j} if it is non-negative. The state {@code θ} is
 * drawn from a finite prior.
 *
 * @param states     the states with their prior probabilities (summing to 1); all with the same number of goods
 * @param priceGrids for each firm, the prices it may set; strictly increasing and finite
 */
public record PricingGame(List<MarketState> states, double[][] priceGrids) {

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if an argument breaks the rule stated for it
     */
    public PricingGame {
        Arguments.notNull("states", states);
        if (states.isEmpty()) {
            throw new IllegalArgumentException("states must be non-empty (got 0 states)");
        }
        states = List.copyOf(states);
        double[] prior = new double[states.size()];
        for (int s = 0; s < prior.length; s++) {
            prior[s] = states.get(s).probability();
            if (states.get(s).goods() != states.get(0).goods()) {
                throw new IllegalArgumentException("states must all have " + states.get(0).goods()
                        + " goods (got " + states.get(s).goods() + " at state " + s + ")");
            }
        }
        Arguments.probabilities("state probabilities", prior);
        Arguments.notNull("priceGrids", priceGrids);
        if (priceGrids.length != states.get(0).goods()) {
            throw new IllegalArgumentException("priceGrids must have one grid per firm (got " + priceGrids.length
                    + " grids for " + states.get(0).goods() + " firms)");
        }
        double[][] grids = new double[priceGrids.length][];
        for (int j = 0; j < grids.length; j++) {
            grids[j] = Arguments.strictlyIncreasing("priceGrids[" + j + "]", priceGrids[j]);
        }
        priceGrids = grids;
    }

    /**
     * A game from its states and price grids.
     *
     * @param states     the states
     * @param priceGrids one strictly increasing grid per firm
     * @return the game
     */
    public static PricingGame of(List<MarketState> states, double[][] priceGrids) {
        return new PricingGame(states, priceGrids);
    }

    /**
     * A game whose state is a consumer value profile and, independently, one cost level per firm, each firm's
     * cost drawn independently from its own distribution: the setting of the abstract where "producers know
     * their own production costs" is the partition by own cost.
     *
     * @param valueProfiles       the consumer's value profiles, one row per profile
     * @param valueProbabilities  their probabilities
     * @param costLevels          for each firm its possible costs; strictly increasing
     * @param costProbabilities   for each firm the probabilities of its cost levels
     * @param priceGrids          one strictly increasing grid per firm
     * @return the game on the product state space
     * @throws IllegalArgumentException if a cost list is not strictly increasing, or another rule is broken
     */
    public static PricingGame independentCosts(double[][] valueProfiles, double[] valueProbabilities,
                                               double[][] costLevels, double[][] costProbabilities,
                                               double[][] priceGrids) {
        Arguments.notNull("valueProfiles", valueProfiles);
        double[] valueWeights = Arguments.probabilities("valueProbabilities", valueProbabilities);
        if (valueWeights.length != valueProfiles.length) {
            throw new IllegalArgumentException("valueProbabilities must have one entry per value profile (got "
                    + valueWeights.length + " for " + valueProfiles.length + ")");
        }
        Arguments.notNull("costLevels", costLevels);
        Arguments.notNull("costProbabilities", costProbabilities);
        if (costProbabilities.length != costLevels.length) {
            throw new IllegalArgumentException("costProbabilities must have one row per firm (got "
                    + costProbabilities.length + " for " + costLevels.length + " firms)");
        }
        int firms = costLevels.length;
        double[][] levels = new double[firms][];
        double[][] weights = new double[firms][];
        for (int j = 0; j < firms; j++) {
            levels[j] = Arguments.strictlyIncreasing("costLevels[" + j + "]", costLevels[j]);
            weights[j] = Arguments.probabilities("costProbabilities[" + j + "]", costProbabilities[j]);
            if (weights[j].length != levels[j].length) {
                throw new IllegalArgumentException("costProbabilities[" + j + "] must have one entry per cost level (got "
                        + weights[j].length + " for " + levels[j].length + ")");
            }
        }
        List<MarketState> states = new ArrayList<>();
        int[] digit = new int[firms];
        for (int v = 0; v < valueProfiles.length; v++) {
            Arrays.fill(digit, 0);
            do {
                double p = valueWeights[v];
                double[] costs = new double[firms];
                for (int j = 0; j < firms; j++) {
                    p *= weights[j][digit[j]];
                    costs[j] = levels[j][digit[j]];
                }
                states.add(MarketState.of(p, valueProfiles[v], costs));
            } while (advance(digit, levels));
        }
        return new PricingGame(states, priceGrids);
    }

    private static boolean advance(int[] digit, double[][] levels) {
        for (int j = digit.length - 1; j >= 0; j--) {
            if (++digit[j] < levels[j].length) {
                return true;
            }
            digit[j] = 0;
        }
        return false;
    }

    /**
     * @return the number of firms (and goods)
     */
    public int firms() {
        return priceGrids.length;
    }

    /**
     * @param firm a firm's index
     * @return a copy of that firm's price grid
     */
    public double[] priceGrid(int firm) {
        return priceGrids[firm].clone();
    }

    /**
     * @return a deep copy of the price grids
     */
    @Override
    public double[][] priceGrids() {
        double[][] copy = new double[priceGrids.length][];
        for (int j = 0; j < copy.length; j++) {
            copy[j] = priceGrids[j].clone();
        }
        return copy;
    }

    /**
     * The efficient total surplus {@code E[max(0, max_j (v_j − c_j))]}, the upper bound of total surplus
     * under any information structure.
     *
     * @return the efficient surplus
     */
    public double efficientSurplus() {
        double total = 0;
        for (MarketState s : states) {
            double best = 0;
            for (int j = 0; j < firms(); j++) {
                best = Math.max(best, s.value(j) - s.cost(j));
            }
            total += s.probability() * best;
        }
        return total;
    }

    /**
     * The same game with every value, cost and price multiplied by {@code factor}.
     *
     * @param factor the scale; finite and {@code > 0}
     * @return the scaled game
     */
    public PricingGame scaled(double factor) {
        Arguments.positive("factor", factor);
        List<MarketState> scaled = states.stream().map(s -> MarketState.of(s.probability(),
                Arrays.stream(s.values()).map(x -> x * factor).toArray(),
                Arrays.stream(s.costs()).map(x -> x * factor).toArray())).toList();
        double[][] grids = new double[priceGrids.length][];
        for (int j = 0; j < grids.length; j++) {
            grids[j] = Arrays.stream(priceGrids[j]).map(x -> x * factor).toArray();
        }
        return new PricingGame(scaled, grids);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PricingGame g && states.equals(g.states) && Arrays.deepEquals(priceGrids, g.priceGrids);
    }

    @Override
    public int hashCode() {
        return 31 * states.hashCode() + Arrays.deepHashCode(priceGrids);
    }

    @Override
    public String toString() {
        return "PricingGame[" + states.size() + " states, " + firms() + " firms]";
    }
}
