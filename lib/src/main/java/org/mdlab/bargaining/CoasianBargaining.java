package org.mdlab.bargaining;

import org.mdlab.dynamic.MarkovDecisionProblem;
import org.mdlab.dynamic.StationaryPolicy;
import org.mdlab.dynamic.ValueFunction;
import org.mdlab.market.Arguments;
import org.mdlab.optimisation.Diagnostics;
import org.mdlab.optimisation.Solution;
import org.mdlab.optimisation.SolverOptions;

/**
 * Seller-offer bargaining with one-sided uncertainty, the durable-good monopoly without commitment (Coase 1972;
 * Stokey 1981; Sobel and Takahashi 1983; Gul, Sonnenschein and Wilson 1986, "Foundations of Dynamic Monopoly and
 * the Coase Conjecture", Journal of Economic Theory 39(1): 155–190): a seller with zero cost names a price each
 * period to a buyer whose value is private and uniform on {@code [0, v̄]}; the buyer accepts or waits; both
 * discount by {@code δ}. Immutable.
 *
 * <p>Buyers skim: if the buyers with values above {@code k'} have bought, the seller's belief is uniform on
 * {@code [0, k']}. The linear stationary equilibrium (derived in the class's notebook): with {@code q = √(1 − δ)},
 * the buyer of value {@code v} accepts a price {@code p} exactly when {@code v ≥ p / q} (the marginal buyer is
 * indifferent between buying now and at the next price); the seller with belief {@code [0, k]} charges
 * {@code γ k} with {@code γ = q/(1 + q)}, so the cutoff falls by the factor {@code r = 1/(1 + q)} each period;
 * its expected revenue from belief {@code [0, k]} is {@code (γ/2) k²/v̄}. As {@code δ → 1} the opening price
 * {@code γ v̄} tends to the lowest value 0, like {@code √(1 − δ)} — the Coase conjecture (Gul, Sonnenschein and
 * Wilson 1986).
 *
 * @param topValue the largest buyer value {@code v̄}; positive and finite
 * @param discount the common discount factor {@code δ}; in (0, 1)
 */
public record CoasianBargaining(double topValue, double discount) {

    /** The largest admissible horizon of {@link #backwardInduction}. */
    public static final int MAX_HORIZON = 1_000_000;

    /** The largest admissible number of grid cells of {@link #sellerProgram} ({@code (N + 1)²} rows). */
    public static final int MAX_CELLS = 2_000;

    /**
     * Validates.
     *
     * @throws IllegalArgumentException if the top value is not positive and finite or the discount is outside (0, 1)
     */
    public CoasianBargaining {
        Arguments.positive("topValue", topValue);
        Arguments.openUnit("discount", discount);
    }

    /**
     * Values uniform on {@code [0, 1]}.
     *
     * @param discount the discount factor; in (0, 1)
     * @return the game
     */
    public static CoasianBargaining uniform(double discount) {
        return new CoasianBargaining(1, discount);
    }

    /**
     * The same game with another discount factor.
     *
     * @param other the discount factor; in (0, 1)
     * @return the game
     */
    public CoasianBargaining withDiscount(double other) {
        return new CoasianBargaining(topValue, other);
    }

    /**
     * The buyer's acceptance factor {@code q = √(1 − δ)}: value {@code v} accepts price {@code p} iff {@code v ≥ p/q}.
     *
     * @return {@code q}
     */
    public double acceptanceFactor() {
        return Math.sqrt(1 - discount);
    }

    /**
     * The stationary price coefficient {@code γ = q/(1 + q)}: the price is {@code γ k} at belief {@code [0, k]}.
     *
     * @return {@code γ}
     */
    public double priceCoefficient() {
        double q = acceptanceFactor();
        return q / (1 + q);
    }

    /**
     * The factor by which the cutoff falls each period, {@code r = 1/(1 + q)}, the root in (0, 1) of
     * {@code δ r² − 2 r + 1 = 0}.
     *
     * @return {@code r}
     */
    public double cutoffRatio() {
        return 1 / (1 + acceptanceFactor());
    }

    /**
     * The opening price {@code γ v̄}.
     *
     * @return the first price of the equilibrium path
     */
    public double openingPrice() {
        return priceCoefficient() * topValue;
    }

    /**
     * The seller's expected revenue in the stationary equilibrium, {@code γ v̄ / 2}.
     *
     * @return the revenue at the start, in value units
     */
    public double revenue() {
        return priceCoefficient() * topValue / 2;
    }

    /**
     * The equilibrium price path {@code p_t = γ v̄ r^t}, {@code t = 0..periods − 1}.
     *
     * @param periods the number of periods; in 1..{@value #MAX_HORIZON}
     * @return the prices
     */
    public double[] pricePath(int periods) {
        requireHorizon("periods", periods);
        double[] prices = new double[periods];
        double cutoff = topValue;
        for (int t = 0; t < periods; t++) {
            prices[t] = priceCoefficient() * cutoff;
            cutoff *= cutoffRatio();
        }
        return prices;
    }

    /**
     * The equilibrium of the {@code T}-period game by backward induction (Sobel and Takahashi 1983): with
     * {@code n} periods left and belief {@code [0, k]} the seller charges {@code γₙ k}, the buyer accepts iff
     * {@code v ≥ p / cₙ} with {@code cₙ = 1 − δ + δ γₙ₋₁} (indifference of the marginal buyer with the next
     * price; {@code γ₀ = 1}, no later sale), and the seller chooses the cutoff {@code k' = rₙ k} maximising
     * {@code (k − k') cₙ k' + δ wₙ₋₁ k'²}: {@code rₙ = cₙ / (2(cₙ − δ wₙ₋₁))}, {@code γₙ = cₙ rₙ},
     * {@code wₙ = cₙ rₙ (1 − rₙ) + δ wₙ₋₁ rₙ²}, {@code w₀ = 0} (revenue {@code wₙ k²/v̄}). Exact; cost {@code O(T)}.
     *
     * @param horizon the number of periods {@code T}; in 1..{@value #MAX_HORIZON}
     * @return the coefficients for every number of periods left
     * @throws IllegalArgumentException if the horizon is out of range
     */
    public Solution<HorizonPricing> backwardInduction(int horizon) {
        requireHorizon("horizon", horizon);
        double[] gamma = new double[horizon];
        double[] ratio = new double[horizon];
        double[] value = new double[horizon];
        double previousGamma = 1;
        double previousValue = 0;
        for (int n = 0; n < horizon; n++) {
            double c = 1 - discount + discount * previousGamma;
            ratio[n] = c / (2 * (c - discount * previousValue));
            gamma[n] = c * ratio[n];
            value[n] = c * ratio[n] * (1 - ratio[n]) + discount * previousValue * ratio[n] * ratio[n];
            previousGamma = gamma[n];
            previousValue = value[n];
        }
        return Solution.optimal(new HorizonPricing(topValue, gamma, ratio, value), Diagnostics.iterations(horizon));
    }

    /**
     * The seller's problem against the stationary buyer rule {@code v ≥ p / q}, on a grid: state {@code i} is the
     * belief {@code [0, k_i]}, {@code k_i = i v̄ / N}; action {@code j} sets the price {@code q k_j} that sells to the
     * values in {@code [k_j, k_i]} (probability {@code (i − j)/N}) and moves to state {@code j} (an action
     * {@code j ≥ i} sells nothing and stays). Its optimum is the seller's best reply restricted to grid cutoffs; the
     * exact best reply is the stationary policy {@code k' = r k} with revenue {@code (γ/2) k²/v̄}.
     *
     * @param cells the number of grid cells {@code N}; in 1..{@value #MAX_CELLS}
     * @return the Markov decision problem, {@code N + 1} states and actions
     * @throws IllegalArgumentException if {@code cells} is out of range
     */
    public MarkovDecisionProblem sellerProgram(int cells) {
        Arguments.atLeast("cells", cells, 1);
        Arguments.sizeAtMost("cells", cells, MAX_CELLS, "O(N²) memory and time per sweep");
        double q = acceptanceFactor();
        MarkovDecisionProblem.Builder builder = MarkovDecisionProblem.builder(cells + 1, cells + 1, discount);
        for (int i = 0; i <= cells; i++) {
            for (int j = 0; j <= cells; j++) {
                int target = Math.min(i, j);
                double reward = (double) (i - target) / cells * q * topValue * target / cells;
                builder.row(i, j, reward, new int[] {target}, new double[] {1});
            }
        }
        return builder.build();
    }

    /**
     * Solves {@link #sellerProgram} by the library's value iteration ({@link MarkovDecisionProblem#solve}).
     *
     * @param cells   the number of grid cells; in 1..{@value #MAX_CELLS}
     * @param options tolerance (Bellman residual, in value units), iteration limit, progress and cancellation; not null
     * @return the grid revenues and cutoff policy; {@link org.mdlab.optimisation.Status#ITERATION_LIMIT} with the last
     *         iterate if the sweeps ran out
     */
    public Solution<GridPricing> solveSellerProgram(int cells, SolverOptions options) {
        Arguments.notNull("options", options);
        Solution<ValueFunction<StationaryPolicy>> solved = sellerProgram(cells).solve(options);
        double q = acceptanceFactor();
        return solved.map(v -> {
            double[] cutoffs = new double[cells + 1];
            int[] next = new int[cells + 1];
            for (int i = 0; i <= cells; i++) {
                cutoffs[i] = topValue * i / cells;
                next[i] = Math.min(i, v.policy().action(i));
            }
            return new GridPricing(cutoffs, v.values(), next, q);
        });
    }

    private static void requireHorizon(String name, int horizon) {
        if (horizon < 1 || horizon > MAX_HORIZON) {
            throw new IllegalArgumentException(name + " must lie in 1.." + MAX_HORIZON + " (got " + horizon + ")");
        }
    }
}
