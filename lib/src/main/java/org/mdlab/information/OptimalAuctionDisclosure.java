package org.mdlab.information;

import java.util.function.DoubleUnaryOperator;
import org.mdlab.market.Arguments;
import org.mdlab.optimisation.Diagnostics;
import org.mdlab.optimisation.LinearProgram;
import org.mdlab.optimisation.Solution;
import org.mdlab.optimisation.SolverOptions;
import org.mdlab.optimisation.Status;

/**
 * The bidders' surplus maximising information structure when the seller answers it with the optimal
 * auction (Bergemann, Heumann and Morris, "Bidders' Surplus and Information in the Optimal Auction",
 * Cowles discussion paper; one bidder: Roesler and Szentes 2017, "Buyer-Optimal Learning and Monopoly
 * Pricing", AER 107(7)). Values are i.i.d. with quantile function {@code F⁻¹ >= 0}; each bidder learns a
 * signal about her own value only, so interim values are i.i.d. with a distribution {@code G} that is a
 * mean-preserving contraction of {@code F}, and every such {@code G} is reachable (Blackwell).
 *
 * <p>On {@code N} equal quantile cells ({@code G⁻¹ = g_j} on cell {@code j}), for a reserve cell
 * {@code k} (threshold quantile {@code t = k/N}) and {@code n} bidders:
 * <ul>
 *   <li>bidders' surplus {@code Σ_{j>=k} g_j (A_j - W_j) - g_k n t^{n-1}(1-t)} and revenue
 *       {@code Σ_{j>=k} g_j W_j + g_k n t^{n-1}(1-t)}, with {@code A_j} the mass of the highest quantile
 *       {@code n q^{n-1}} and {@code W_j} that of the second highest {@code n(n-1) q^{n-2}(1-q)} on cell
 *       {@code j}: the second-price auction with reserve {@code g_k};</li>
 *   <li>feasibility: {@code g} non-decreasing and majorized by the prior's cell means
 *       ({@code Σ_{j>=i} g_j <= Σ_{j>=i} f_j}, equality at {@code i = 0});</li>
 *   <li>the seller's optimality: the revenue curve {@code R_j = g_j (1 - j/N)}, {@code R_N = 0}, is
 *       concave for {@code n >= 2} (a regular {@code G}, so Myerson's auction is a second-price auction
 *       with a reserve, the same for every {@code n}), and {@code R_k >= R_j} for every {@code j}
 *       (the reserve is a monopoly price of {@code G}; ties broken for the bidders).</li>
 * </ul>
 * This is one LP per reserve with {@code N} variables and about {@code 4N} constraints; the optimum is
 * the best over reserves. For one bidder regularity is not imposed: a posted price is optimal for any
 * {@code G}. For {@code n >= 2} it is an assumption of the program, audited by
 * {@link OptimalAuctionAudit}.
 */
public final class OptimalAuctionDisclosure {

    /** The most quantile cells accepted ({@value}): up to {@code N} LPs, each with {@code N(N+1)/2} tail coefficients. */
    public static final int MAX_CELLS = 400;

    private final double[] priorQuantiles;
    private final int bidders;

    private OptimalAuctionDisclosure(double[] priorQuantiles, int bidders) {
        this.priorQuantiles = priorQuantiles;
        this.bidders = bidders;
    }

    /**
     * The problem for values with quantile function {@code F⁻¹} on {@code cells} quantile cells; each cell
     * holds the mean of {@code F⁻¹} over it.
     *
     * @param inverseCdf the quantile function {@code F⁻¹}: finite, {@code >= 0} and non-decreasing on {@code [0, 1]}
     * @param cells      the number of quantile cells; {@code 2 <= cells <= MAX_CELLS}
     * @param bidders    the number of bidders; {@code >= 1}
     * @return the problem
     * @throws IllegalArgumentException if an argument breaks its rule
     */
    public static OptimalAuctionDisclosure of(DoubleUnaryOperator inverseCdf, int cells, int bidders) {
        Arguments.notNull("inverseCdf", inverseCdf);
        Arguments.atLeast("cells", cells, 2);
        Arguments.sizeAtMost("cells", cells, MAX_CELLS, "up to N linear programs with N variables and N(N+1)/2 tail coefficients");
        Arguments.atLeast("bidders", bidders, 1);
        double[] means = QuantileCells.means(inverseCdf, cells);
        if (means[0] < 0) {
            throw new IllegalArgumentException("inverseCdf must be >= 0 (values are willingness to pay; lowest cell mean "
                    + means[0] + ")");
        }
        return new OptimalAuctionDisclosure(means, bidders);
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
     * The number of quantile cells.
     *
     * @return {@code N}
     */
    public int cells() {
        return priorQuantiles.length;
    }

    /**
     * The cell means of the prior quantile function: the full-disclosure structure.
     *
     * @return a copy of the prior's cell means
     */
    public double[] priorQuantiles() {
        return priorQuantiles.clone();
    }

    /**
     * The bidders' surplus in the second-price auction with reserve {@code g_k} when interim values have
     * quantile function {@code g} on the cells.
     *
     * @param quantiles   {@code G⁻¹} on the cells; finite, one per cell
     * @param reserveCell the lowest cell served, in {@code [0, N)}
     * @return {@code Σ_{j>=k} g_j (A_j - W_j) - g_k n t^{n-1}(1-t)}
     * @throws IllegalArgumentException if an argument breaks its rule
     */
    public double bidderSurplus(double[] quantiles, int reserveCell) {
        return dot(checked(quantiles, reserveCell), surplusWeights(reserveCell));
    }

    /**
     * The seller's revenue in the second-price auction with reserve {@code g_k}.
     *
     * @param quantiles   {@code G⁻¹} on the cells; finite, one per cell
     * @param reserveCell the lowest cell served, in {@code [0, N)}
     * @return {@code Σ_{j>=k} g_j W_j + g_k n t^{n-1}(1-t)}
     * @throws IllegalArgumentException if an argument breaks its rule
     */
    public double revenue(double[] quantiles, int reserveCell) {
        return dot(checked(quantiles, reserveCell), revenueWeights(reserveCell));
    }

    /**
     * The bidder-optimal structure among those for which the seller's optimal reserve is cell
     * {@code reserveCell}.
     *
     * @param reserveCell the reserve cell, in {@code [0, N)}
     * @param options     read for cancellation; not null
     * @return the optimal policy; {@link Status#INFEASIBLE} when no feasible {@code G} makes that reserve optimal
     * @throws IllegalArgumentException if an argument breaks its rule
     */
    public Solution<OptimalAuctionPolicy> solveAtReserve(int reserveCell, SolverOptions options) {
        Arguments.index("reserveCell", reserveCell, cells());
        Arguments.notNull("options", options);
        int cells = cells();
        double scale = LpScale.of(Math.abs(priorQuantiles[cells - 1]));
        double[] weights = surplusWeights(reserveCell);
        LinearProgram program = LinearProgram.create();
        LinearProgram.Variable[] g = new LinearProgram.Variable[cells];
        for (int j = 0; j < cells; j++) {
            g[j] = program.variable("g" + j).lower(0).weight(weights[j]);
        }
        double tail = 0;
        for (int i = cells - 1; i >= 0; i--) {
            tail += priorQuantiles[i] / scale;
            LinearProgram.Constraint majorized = program.constraint("tail" + i);
            for (int j = i; j < cells; j++) {
                majorized.set(g[j], 1);
            }
            if (i == 0) {
                majorized.level(tail);
            } else {
                majorized.upper(tail);
                program.constraint("monotone" + i).lower(0).set(g[i], 1).set(g[i - 1], -1);
            }
        }
        if (bidders >= 2) {
            for (int j = 1; j < cells; j++) {
                LinearProgram.Constraint concave = program.constraint("regular" + j).lower(0)
                        .add(g[j], 2 * share(j)).add(g[j - 1], -share(j - 1));
                if (j + 1 < cells) {
                    concave.add(g[j + 1], -share(j + 1));
                }
            }
            obedience(program, g, reserveCell, reserveCell - 1);
            obedience(program, g, reserveCell, reserveCell + 1);
        } else {
            for (int j = 0; j < cells; j++) {
                obedience(program, g, reserveCell, j);
            }
        }
        Solution<LinearProgram.Point> solved = program.maximise(options);
        if (!solved.isOptimal()) {
            return Solution.failure(solved.status() == Status.ITERATION_LIMIT ? Status.FAILED : solved.status(),
                    solved.diagnostics().withNote("reserve cell " + reserveCell));
        }
        double[] quantiles = solved.value().values();
        for (int j = 0; j < cells; j++) {
            quantiles[j] *= scale;
        }
        return Solution.optimal(new OptimalAuctionPolicy(quantiles, reserveCell, bidders,
                bidderSurplus(quantiles, reserveCell), revenue(quantiles, reserveCell)), Diagnostics.none());
    }

    /**
     * The bidder-optimal structure over all reserves: the best of {@link #solveAtReserve} over
     * {@code k = 0, ..., N-1} (reserves that no feasible {@code G} supports are skipped).
     *
     * @param options read for cancellation between the programs; not null
     * @return the optimal policy, or {@link Status#FAILED} if no reserve gave an optimal program
     * @throws IllegalArgumentException if {@code options} is null
     */
    public Solution<OptimalAuctionPolicy> solve(SolverOptions options) {
        Arguments.notNull("options", options);
        OptimalAuctionPolicy best = null;
        for (int k = 0; k < cells(); k++) {
            options.cancellation().check("bidder-optimal disclosure, reserve cell " + k);
            Solution<OptimalAuctionPolicy> atK = solveAtReserve(k, options);
            if (atK.isOptimal() && (best == null || atK.value().bidderSurplus() > best.bidderSurplus())) {
                best = atK.value();
            }
        }
        return best == null ? Solution.failure(Status.FAILED, Diagnostics.none().withNote("no reserve cell was solved"))
                : Solution.optimal(best, Diagnostics.none());
    }

    private void obedience(LinearProgram program, LinearProgram.Variable[] g, int reserveCell, int other) {
        if (other < 0 || other >= g.length || other == reserveCell) {
            return;
        }
        program.constraint("obedient" + other).lower(0).add(g[reserveCell], share(reserveCell)).add(g[other], -share(other));
    }

    private double share(int cell) {
        return 1 - (double) cell / cells();
    }

    private double[] checked(double[] quantiles, int reserveCell) {
        double[] g = Arguments.finiteArray("quantiles", quantiles);
        if (g.length != cells()) {
            throw new IllegalArgumentException("quantiles must have " + cells() + " cells (got " + g.length + ")");
        }
        Arguments.index("reserveCell", reserveCell, cells());
        return g;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int j = 0; j < a.length; j++) {
            sum += a[j] * b[j];
        }
        return sum;
    }

    private double highestCdf(double q) {
        return Math.pow(q, bidders);
    }

    private double secondHighestCdf(double q) {
        return bidders * Math.pow(q, bidders - 1) - (bidders - 1) * Math.pow(q, bidders);
    }

    private double reserveMass(int reserveCell) {
        double t = (double) reserveCell / cells();
        return bidders * Math.pow(t, bidders - 1) * (1 - t);
    }

    private double[] revenueWeights(int reserveCell) {
        int cells = cells();
        double[] w = new double[cells];
        for (int j = reserveCell; j < cells; j++) {
            w[j] = secondHighestCdf((j + 1.0) / cells) - secondHighestCdf((double) j / cells);
        }
        w[reserveCell] += reserveMass(reserveCell);
        return w;
    }

    private double[] surplusWeights(int reserveCell) {
        int cells = cells();
        double[] second = revenueWeights(reserveCell);
        double[] w = new double[cells];
        for (int j = reserveCell; j < cells; j++) {
            w[j] = highestCdf((j + 1.0) / cells) - highestCdf((double) j / cells) - second[j];
        }
        return w;
    }

    @Override
    public String toString() {
        return "OptimalAuctionDisclosure[" + bidders + " bidders, " + cells() + " cells]";
    }
}
