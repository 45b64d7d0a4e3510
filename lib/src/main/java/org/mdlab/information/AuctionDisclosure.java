package org.mdlab.information;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import org.mdlab.market.Arguments;
import org.mdlab.optimisation.LinearProgram;
import org.mdlab.optimisation.Solution;
import org.mdlab.optimisation.SolverOptions;

/**
 * Information disclosure in a second-price auction (Bergemann, Heumann, Morris, Sorokin and Winter
 * 2022, "Optimal Information Disclosure in Classic Auctions", AER: Insights 4(3)). Each of {@code n}
 * bidders has a value drawn independently from {@code F}; the seller chooses a symmetric signal, so a
 * bidder's expected value has a distribution {@code G} that is a mean-preserving contraction of
 * {@code F}. In quantile space revenue is {@code ∫ G⁻¹(q) w(q) dq} with
 * {@code w(q) = n(n-1) q^{n-2}(1-q)} (the density of the second-highest quantile) and the bidders'
 * surplus is {@code ∫ G⁻¹(q) (n q^{n-1} - w(q)) dq}; {@code G} is feasible iff {@code G⁻¹} is
 * non-decreasing and {@code ∫_q^1 G⁻¹ <= ∫_q^1 F⁻¹} with equality at {@code q = 0} (majorization).
 * On {@code N} equal quantile cells, with {@code G⁻¹} constant on each, this is an LP with {@code N}
 * variables and about {@code 2N} constraints, solved in units of a power of two near the largest cell
 * mean so that the policy does not depend on the units of value.
 *
 * <p>Two one-parameter families are also queried directly, without the LP: <em>top pools</em> (upper
 * censorship: reveal the cells below a quantile, pool those above, the form of the revenue optimum) and
 * <em>bottom pools</em> (lower censorship: pool the cells below a quantile at their mean, reveal those
 * above, the form of the bidder-surplus optimum, whose threshold is {@link #bidderOptimalQuantile}).
 */
public final class AuctionDisclosure {

    /** What a disclosure policy is chosen to maximise. */
    public enum Objective {
        /** The seller's expected revenue, {@code ∫ G⁻¹ w}. */
        REVENUE,
        /** The bidders' total expected surplus, {@code ∫ G⁻¹ (n q^{n-1} - w)}. */
        BIDDER_SURPLUS
    }

    /** The most quantile cells accepted ({@value}): the tail constraints hold {@code N(N+1)/2} coefficients. */
    public static final int MAX_CELLS = 2_000;

    private final double[] priorQuantiles;
    private final int bidders;

    private AuctionDisclosure(double[] priorQuantiles, int bidders) {
        this.priorQuantiles = priorQuantiles;
        this.bidders = bidders;
    }

    /**
     * The disclosure problem for values with quantile function {@code F⁻¹} on {@code cells} quantile cells;
     * each cell holds the mean of {@code F⁻¹} over it (Simpson's rule with 10 intervals, exact for cubics).
     *
     * @param inverseCdf the quantile function {@code F⁻¹}, finite and non-decreasing on {@code [0, 1]}
     * @param cells      the number of quantile cells; {@code 2 <= cells <= MAX_CELLS}
     * @param bidders    the number of bidders; {@code >= 2}
     * @return the problem
     * @throws IllegalArgumentException if an argument breaks its rule
     */
    public static AuctionDisclosure of(DoubleUnaryOperator inverseCdf, int cells, int bidders) {
        Arguments.notNull("inverseCdf", inverseCdf);
        Arguments.atLeast("cells", cells, 2);
        Arguments.sizeAtMost("cells", cells, MAX_CELLS, "an LP with N variables and O(N^2) nonzeros in its tail constraints");
        Arguments.atLeast("bidders", bidders, 2);
        double[] means = QuantileCells.means(inverseCdf, cells);
        return new AuctionDisclosure(means, bidders);
    }

    /**
     * The number of bidders.
     *
     * @return {@code n}
     */
    public int bidders() {
        return bidders;
    }

    /**
     * The cell means of the prior quantile function: the full-disclosure policy.
     *
     * @return a copy of the prior's cell means
     */
    public double[] priorQuantiles() {
        return priorQuantiles.clone();
    }

    /**
     * The quantile at which the revenue-optimal policy starts pooling, for any prior (derived from the
     * first-order condition of upper censorship at {@code x}: {@code w(x)(1 - x) = ∫_x^1 w}, i.e.
     * {@code n(n-1) x^{n-2} = Σ_{k=0}^{n-2} (k+1) x^k}); 0 for two bidders (pool everything).
     *
     * @param bidders the number of bidders; {@code >= 2}
     * @return the critical quantile in {@code [0, 1)}
     * @throws IllegalArgumentException if {@code bidders < 2}
     */
    public static double criticalQuantile(int bidders) {
        Arguments.atLeast("bidders", bidders, 2);
        if (bidders == 2) {
            return 0;
        }
        double lo = 0;
        double hi = 1;
        for (int it = 0; it < 200; it++) {
            double x = (lo + hi) / 2;
            double lhs = (double) bidders * (bidders - 1) * Math.pow(x, bidders - 2);
            double rhs = 0;
            for (int k = 0; k <= bidders - 2; k++) {
                rhs += (k + 1) * Math.pow(x, k);
            }
            if (lhs < rhs) {
                lo = x;
            } else {
                hi = x;
            }
        }
        return (lo + hi) / 2;
    }

    /**
     * The quantile below which the bidder-surplus-maximising policy pools, for any prior: the first-order
     * condition of a bottom pool at {@code x}, with {@code s(q) = n q^{n-1} - w(q)}, is
     * {@code (1/x) ∫_0^x s = s(x)}, i.e. {@code n x^{n-2}(x - 1) = n x^{n-2}(n x - (n - 1))}, so
     * {@code x = (n - 2)/(n - 1)}; the derivative of the surplus in {@code x} is
     * {@code (F⁻¹(x) - m(x))((1/x) ∫_0^x s - s(x))} with {@code m(x)} the pooled mean, positive below this
     * {@code x} and negative above it. 0 for two bidders (full disclosure).
     *
     * @param bidders the number of bidders; {@code >= 2}
     * @return {@code (n - 2)/(n - 1)}
     * @throws IllegalArgumentException if {@code bidders < 2}
     */
    public static double bidderOptimalQuantile(int bidders) {
        Arguments.atLeast("bidders", bidders, 2);
        return (bidders - 2.0) / (bidders - 1.0);
    }

    /**
     * The bottom pool of {@code pooledCells} cells (lower censorship): the lowest {@code pooledCells}
     * quantile cells are pooled at their mean value, the others revealed.
     *
     * @param pooledCells how many of the lowest cells are pooled; {@code 0 <= pooledCells <= N} (0 and 1 are
     *                    full disclosure, {@code N} is no disclosure)
     * @return the policy
     * @throws IllegalArgumentException if {@code pooledCells} is outside {@code [0, N]}
     */
    public DisclosurePolicy bottomPool(int pooledCells) {
        checkPooledCells(pooledCells);
        return new DisclosurePolicy(pooled(0, pooledCells));
    }

    /**
     * The top pool of {@code pooledCells} cells (upper censorship): the highest {@code pooledCells}
     * quantile cells are pooled at their mean value, the others revealed (BHMSW 2022, Theorem 1, at the
     * critical quantile).
     *
     * @param pooledCells how many of the highest cells are pooled; {@code 0 <= pooledCells <= N}
     * @return the policy
     * @throws IllegalArgumentException if {@code pooledCells} is outside {@code [0, N]}
     */
    public DisclosurePolicy topPool(int pooledCells) {
        checkPooledCells(pooledCells);
        return new DisclosurePolicy(pooled(priorQuantiles.length - pooledCells, priorQuantiles.length));
    }

    /**
     * The best bottom pool for {@code objective}, by evaluating all {@code N + 1} of them ({@code O(N^2)});
     * among ties (within {@code 1e-12} relative) the fewest pooled cells.
     *
     * @param objective what to maximise; not null
     * @return the best bottom pool
     * @throws IllegalArgumentException if {@code objective} is null
     */
    public DisclosurePolicy bestBottomPool(Objective objective) {
        return best(Arguments.notNull("objective", objective), true);
    }

    /**
     * The best top pool for {@code objective}, by evaluating all {@code N + 1} of them ({@code O(N^2)});
     * among ties (within {@code 1e-12} relative) the fewest pooled cells.
     *
     * @param objective what to maximise; not null
     * @return the best top pool
     * @throws IllegalArgumentException if {@code objective} is null
     */
    public DisclosurePolicy bestTopPool(Objective objective) {
        return best(Arguments.notNull("objective", objective), false);
    }

    /**
     * The value of a policy for an objective: {@link #revenue} or {@link #bidderSurplus} of its quantiles.
     *
     * @param objective what to evaluate; not null
     * @param policy    the policy, with {@code N} cells; not null
     * @return the objective's value
     * @throws IllegalArgumentException if an argument is null or the policy has another number of cells
     */
    public double value(Objective objective, DisclosurePolicy policy) {
        Arguments.notNull("objective", objective);
        double[] quantiles = Arguments.notNull("policy", policy).quantiles();
        return objective == Objective.REVENUE ? revenue(quantiles) : bidderSurplus(quantiles);
    }

    private DisclosurePolicy best(Objective objective, boolean bottom) {
        DisclosurePolicy best = bottom ? bottomPool(0) : topPool(0);
        double bestValue = value(objective, best);
        for (int k = 1; k <= priorQuantiles.length; k++) {
            DisclosurePolicy candidate = bottom ? bottomPool(k) : topPool(k);
            double v = value(objective, candidate);
            if (v > bestValue + 1e-12 * Math.abs(bestValue)) {
                best = candidate;
                bestValue = v;
            }
        }
        return best;
    }

    private void checkPooledCells(int pooledCells) {
        if (pooledCells < 0 || pooledCells > priorQuantiles.length) {
            throw new IllegalArgumentException("pooledCells must be in [0, " + priorQuantiles.length + "] (got "
                    + pooledCells + ")");
        }
    }

    private double[] pooled(int from, int to) {
        double[] quantiles = priorQuantiles.clone();
        if (to > from) {
            double sum = 0;
            for (int k = from; k < to; k++) {
                sum += priorQuantiles[k];
            }
            Arrays.fill(quantiles, from, to, sum / (to - from));
        }
        return quantiles;
    }

    /**
     * Expected revenue of the second-price auction when expected values have quantile function
     * {@code g} (constant on the cells): {@code Σ_k g_k ∫_cell w}.
     *
     * @param quantiles {@code G⁻¹} on the cells; finite, one per cell (a null or ragged argument is rejected)
     * @return the revenue
     */
    public double revenue(double[] quantiles) {
        return weighted(quantiles, revenueWeights());
    }

    /**
     * The bidders' expected surplus {@code Σ_k g_k ∫_cell (n q^{n-1} - w(q)) dq}: expected highest minus
     * expected second-highest expected value.
     *
     * @param quantiles {@code G⁻¹} on the cells; finite, one per cell (a null or ragged argument is rejected)
     * @return the bidders' total surplus
     */
    public double bidderSurplus(double[] quantiles) {
        return weighted(quantiles, surplusWeights());
    }

    private double weighted(double[] quantiles, double[] weights) {
        Arguments.finiteArray("quantiles", quantiles);
        if (quantiles.length != weights.length) {
            throw new IllegalArgumentException("quantiles must have " + weights.length + " cells (got "
                    + quantiles.length + ")");
        }
        double sum = 0;
        for (int k = 0; k < weights.length; k++) {
            sum += quantiles[k] * weights[k];
        }
        return sum;
    }

    private double secondHighestCdf(double x) {
        return bidders * Math.pow(x, bidders - 1) - (bidders - 1) * Math.pow(x, bidders);
    }

    private double[] revenueWeights() {
        int cells = priorQuantiles.length;
        double[] w = new double[cells];
        for (int k = 0; k < cells; k++) {
            w[k] = secondHighestCdf((k + 1.0) / cells) - secondHighestCdf((double) k / cells);
        }
        return w;
    }

    private double[] surplusWeights() {
        int cells = priorQuantiles.length;
        double[] second = revenueWeights();
        double[] w = new double[cells];
        for (int k = 0; k < cells; k++) {
            w[k] = Math.pow((k + 1.0) / cells, bidders) - Math.pow((double) k / cells, bidders) - second[k];
        }
        return w;
    }

    /**
     * The revenue-maximising disclosure policy (BHMSW 2022, Theorem 1: full disclosure below a critical
     * quantile, pooling above), with the default solver options.
     *
     * @return the optimal policy, or the solver's status without it
     */
    public Solution<DisclosurePolicy> solveRevenue() {
        return solveRevenue(SolverOptions.defaults());
    }

    /**
     * The revenue-maximising disclosure policy (BHMSW 2022, Theorem 1).
     *
     * @param options read for cancellation; not null
     * @return the optimal policy, or the solver's status without it
     * @throws IllegalArgumentException if {@code options} is null
     */
    public Solution<DisclosurePolicy> solveRevenue(SolverOptions options) {
        return solve(revenueWeights(), Arguments.notNull("options", options));
    }

    /**
     * The bidder-surplus-maximising disclosure policy (BHMSW 2022, Section III), with the default
     * solver options.
     *
     * @return the optimal policy, or the solver's status without it
     */
    public Solution<DisclosurePolicy> solveBidderSurplus() {
        return solveBidderSurplus(SolverOptions.defaults());
    }

    /**
     * The bidder-surplus-maximising disclosure policy (BHMSW 2022, Section III).
     *
     * @param options read for cancellation; not null
     * @return the optimal policy, or the solver's status without it
     * @throws IllegalArgumentException if {@code options} is null
     */
    public Solution<DisclosurePolicy> solveBidderSurplus(SolverOptions options) {
        return solve(surplusWeights(), Arguments.notNull("options", options));
    }

    private Solution<DisclosurePolicy> solve(double[] weights, SolverOptions options) {
        int cells = priorQuantiles.length;
        double scale = LpScale.of(Math.max(Math.abs(priorQuantiles[0]), Math.abs(priorQuantiles[cells - 1])));
        LinearProgram program = LinearProgram.create();
        LinearProgram.Variable[] g = new LinearProgram.Variable[cells];
        for (int k = 0; k < cells; k++) {
            g[k] = program.variable("g" + k).weight(weights[k]);
        }
        double tail = 0;
        for (int k = cells - 1; k >= 0; k--) {
            tail += priorQuantiles[k] / scale;
            LinearProgram.Constraint majorized = program.constraint("tail" + k);
            for (int j = k; j < cells; j++) {
                majorized.set(g[j], 1);
            }
            if (k == 0) {
                majorized.level(tail);
            } else {
                majorized.upper(tail);
            }
            if (k > 0) {
                program.constraint("monotone" + k).lower(0).set(g[k], 1).set(g[k - 1], -1);
            }
        }
        return program.maximise(options).map(point -> {
            double[] quantiles = point.values();
            for (int k = 0; k < cells; k++) {
                quantiles[k] *= scale;
            }
            return new DisclosurePolicy(quantiles);
        });
    }

    /**
     * The quantile from which a policy pools all values up to 1: the left end of the top block of cells
     * on which {@code G⁻¹} is constant (within {@code 1e-7} times the largest absolute cell mean of the
     * prior, so the answer does not change with the scale of values) and differs from the prior's cell means.
     *
     * @param quantiles {@code G⁻¹} on the cells; finite, one per cell (a null or ragged argument is rejected)
     * @return the pooling quantile, 1 if the top cell is revealed
     */
    public double poolingQuantile(double[] quantiles) {
        int cells = priorQuantiles.length;
        Arguments.finiteArray("quantiles", quantiles);
        if (quantiles.length != cells) {
            throw new IllegalArgumentException("quantiles must have " + cells + " cells (got " + quantiles.length + ")");
        }
        double tolerance = 1e-7 * Math.max(Math.abs(priorQuantiles[0]), Math.abs(priorQuantiles[cells - 1]));
        int k = cells - 1;
        if (Math.abs(quantiles[k] - priorQuantiles[k]) < tolerance) {
            return 1;
        }
        while (k > 0 && Math.abs(quantiles[k - 1] - quantiles[cells - 1]) < tolerance) {
            k--;
        }
        return (double) k / cells;
    }

    /**
     * The quantile up to which a policy pools from 0: the right end of the bottom block of cells on which
     * {@code G⁻¹} is constant (within the tolerance of {@link #poolingQuantile}) and differs from the prior's
     * cell means.
     *
     * @param quantiles {@code G⁻¹} on the cells; finite, one per cell (a null or ragged argument is rejected)
     * @return the bottom pooling quantile, 0 if the lowest cell is revealed
     */
    public double bottomPoolingQuantile(double[] quantiles) {
        int cells = priorQuantiles.length;
        Arguments.finiteArray("quantiles", quantiles);
        if (quantiles.length != cells) {
            throw new IllegalArgumentException("quantiles must have " + cells + " cells (got " + quantiles.length + ")");
        }
        double tolerance = 1e-7 * Math.max(Math.abs(priorQuantiles[0]), Math.abs(priorQuantiles[cells - 1]));
        if (Math.abs(quantiles[0] - priorQuantiles[0]) < tolerance) {
            return 0;
        }
        int k = 1;
        while (k < cells && Math.abs(quantiles[k] - quantiles[0]) < tolerance) {
            k++;
        }
        return (double) k / cells;
    }

    @Override
    public String toString() {
        return "AuctionDisclosure[" + bidders + " bidders, " + priorQuantiles.length + " cells, prior mean "
                + Arrays.stream(priorQuantiles).average().orElseThrow() + "]";
    }
}
