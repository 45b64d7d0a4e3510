package org.mdlab.platform;

import org.mdlab.market.Arguments;
import org.mdlab.market.Market;
import org.mdlab.optimisation.LinearProgram;
import org.mdlab.optimisation.Solution;
import org.mdlab.optimisation.SolverOptions;

/**
 * The seller's problem of the reconstructed platform model (Bergemann and Bonatti, arXiv:2304.07653) as a
 * linear program on a grid of types, a route to its optimum that uses neither the envelope formula nor
 * virtual values. Types are the midpoints {@code θ_i = lower + (i + 1/2) Δ/n} of {@code n} equal cells, with
 * the cells' probabilities; the platform's cohorts are {@code N} equal blocks of cells ({@code N = n} is
 * perfect targeting, {@code N = 1} lets the seller see nothing). Qualities are lotteries over {@code K} equally
 * spaced levels {@code Q_m} on {@code [0, θ̄/k]}. Variables, for each type: the off-platform lottery
 * {@code x_off_{im} >= 0} with price {@code p_off_i}, and the on-platform lottery {@code x_on_{im}} with price
 * {@code p_on_i}. The program maximises
 * {@code Σ m_i [(1-λ)(p_off_i - Σ_m x_off_{im} c(Q_m)) + λ(p_on_i - Σ_m x_on_{im} c(Q_m))]} subject to
 * <ul>
 *   <li>each lottery summing to 1 (level {@code Q_0 = 0} is buying nothing);</li>
 *   <li>off-platform participation, {@code θ_i Σ_m x_off_{im} Q_m - p_off_i >= 0};</li>
 *   <li>off-platform incentive compatibility between neighbouring types, both ways, and a non-decreasing expected
 *   quality, which together imply it between every pair (Maskin and Riley 1984, Section 3);</li>
 *   <li>showrooming {@code U_on_i >= U_off_i}, the rent of the best off-platform item given the constraints above;</li>
 *   <li>the same neighbour constraints on the platform within each cohort.</li>
 * </ul>
 * A lottery's cost is the chord interpolation of {@code c} between levels, at most {@code k h^2/8} above the cost,
 * {@code h = θ̄/(k (K - 1))}, so the program's optimum is within {@code k h^2/8} of the exact grid optimum and each
 * optimal quality within {@code h/2}. The program is built in the money unit {@code θ̄} (types {@code θ/θ̄},
 * curvature {@code k/θ̄}) and its prices multiplied back, so it is scale-equivariant. Size: {@code 2n(K + 1)}
 * variables and about {@code 8n} rows.
 */
public final class ShowroomingLp {

    /** The largest number of grid types. */
    public static final int MAX_TYPES = 400;

    /** The largest number of variables {@code 2n(K + 1)}. */
    public static final long MAX_VARIABLES = 1_000_000;

    private final PlatformMarket market;
    private final int typeCount;
    private final int cohorts;
    private final int qualityLevels;

    private ShowroomingLp(PlatformMarket market, int typeCount, int cohorts, int qualityLevels) {
        this.market = market;
        this.typeCount = typeCount;
        this.cohorts = cohorts;
        this.qualityLevels = qualityLevels;
    }

    /**
     * The program with {@code cohorts} cohorts.
     *
     * @param market        the primitives; not null
     * @param typeCount     {@code n}, in {@code [2, MAX_TYPES]}
     * @param cohorts       {@code N}, in {@code [1, n]}, dividing {@code n}
     * @param qualityLevels {@code K}, the quality levels of the lotteries; {@code >= 2}
     * @return the program
     * @throws IllegalArgumentException if an argument breaks its rule or the program exceeds {@link #MAX_VARIABLES}
     */
    public static ShowroomingLp of(PlatformMarket market, int typeCount, int cohorts, int qualityLevels) {
        Arguments.notNull("market", market);
        Arguments.atLeast("typeCount", typeCount, 2);
        Arguments.sizeAtMost("typeCount", typeCount, MAX_TYPES, "O(typeCount^2) incentive rows");
        Arguments.atLeast("cohorts", cohorts, 1);
        if (cohorts > typeCount || typeCount % cohorts != 0) {
            throw new IllegalArgumentException("cohorts must divide typeCount = " + typeCount + " (got " + cohorts + ")");
        }
        Arguments.atLeast("qualityLevels", qualityLevels, 2);
        Arguments.sizeAtMost("variables 2n(K + 1)", 2L * typeCount * (qualityLevels + 1L), MAX_VARIABLES, "simplex on that many columns");
        return new ShowroomingLp(market, typeCount, cohorts, qualityLevels);
    }

    /**
     * The program with perfect targeting, one cohort per grid type.
     *
     * @param market        the primitives; not null
     * @param typeCount     {@code n}, in {@code [2, MAX_TYPES]}
     * @param qualityLevels {@code K >= 2}
     * @return the program
     * @throws IllegalArgumentException if an argument breaks its rule
     */
    public static ShowroomingLp perfect(PlatformMarket market, int typeCount, int qualityLevels) {
        return of(market, typeCount, typeCount, qualityLevels);
    }

    /**
     * The grid types, the cell midpoints.
     *
     * @return {@code θ_i = lower + (i + 1/2) Δ/n}
     */
    public double[] types() {
        LinearHazardTypes t = market.types();
        double[] theta = new double[typeCount];
        for (int i = 0; i < typeCount; i++) {
            theta[i] = t.lower() + (i + 0.5) * t.width() / typeCount;
        }
        return theta;
    }

    /**
     * The cells' probabilities {@code F(lower + (i+1)Δ/n) - F(lower + iΔ/n)}.
     *
     * @return the masses, summing to 1
     */
    public double[] masses() {
        LinearHazardTypes t = market.types();
        double[] m = new double[typeCount];
        for (int i = 0; i < typeCount; i++) {
            double a = t.lower() + i * t.width() / typeCount;
            double b = i == typeCount - 1 ? t.upper() : t.lower() + (i + 1) * t.width() / typeCount;
            m[i] = t.cdf(b) - t.cdf(a);
        }
        return m;
    }

    /**
     * The grid types as a library {@link Market} (values {@link #types()}, probabilities {@link #masses()}), for
     * the Mussa–Rosen solver {@code org.mdlab.screening.NonlinearPricing}.
     *
     * @return the type market
     */
    public Market typeMarket() {
        return Market.of(types(), masses());
    }

    /**
     * The spacing of the quality levels, {@code h = θ̄/(k (K - 1))}.
     *
     * @return {@code h}
     */
    public double qualityStep() {
        return market.maxQuality() / (qualityLevels - 1);
    }

    /**
     * The bound {@code k h^2/8} on the gap between the chord-interpolated cost and the cost, hence on the gap
     * between the program's optimum and the exact grid optimum.
     *
     * @return the bound
     */
    public double costApproximationBound() {
        double h = qualityStep();
        return market.curvature() * h * h / 8;
    }

    /**
     * Builds and solves the program.
     *
     * @param options read for {@link SolverOptions#cancellation()}; not null
     * @return the menus on the grid when optimal; the solver's status otherwise
     * @throws IllegalArgumentException if {@code options} is null
     */
    public Solution<GridMenus> solve(SolverOptions options) {
        Arguments.notNull("options", options);
        int n = typeCount;
        double unit = market.types().upper();
        double[] theta = types();
        double[] mass = masses();
        double k = market.curvature() / unit;
        double lambda = market.share();
        double top = 1 / k;
        LinearProgram lp = LinearProgram.create();
        double[] level = new double[qualityLevels];
        for (int m = 0; m < qualityLevels; m++) {
            level[m] = top * m / (qualityLevels - 1);
        }
        LinearProgram.Variable[][] xOff = new LinearProgram.Variable[n][qualityLevels];
        LinearProgram.Variable[][] xOn = new LinearProgram.Variable[n][qualityLevels];
        LinearProgram.Variable[] pOff = new LinearProgram.Variable[n];
        LinearProgram.Variable[] pOn = new LinearProgram.Variable[n];
        double[] t = theta.clone();
        for (int i = 0; i < n; i++) {
            t[i] /= unit;
            pOff[i] = lp.variable("pOff" + i).weight((1 - lambda) * mass[i]);
            pOn[i] = lp.variable("pOn" + i).weight(lambda * mass[i]);
            LinearProgram.Constraint offLottery = lp.constraint("lotteryOff" + i).level(1);
            LinearProgram.Constraint onLottery = lp.constraint("lotteryOn" + i).level(1);
            for (int m = 0; m < qualityLevels; m++) {
                double cost = k * level[m] * level[m] / 2;
                xOff[i][m] = lp.variable("xOff" + i + "_" + m).lower(0).weight(-(1 - lambda) * mass[i] * cost);
                xOn[i][m] = lp.variable("xOn" + i + "_" + m).lower(0).weight(-lambda * mass[i] * cost);
                offLottery.add(xOff[i][m], 1);
                onLottery.add(xOn[i][m], 1);
            }
        }
        int size = n / cohorts;
        for (int i = 0; i < n; i++) {
            LinearProgram.Constraint participation = lp.constraint("participation" + i).lower(0).add(pOff[i], -1);
            LinearProgram.Constraint showrooming = lp.constraint("showrooming" + i).lower(0).add(pOn[i], -1).add(pOff[i], 1);
            for (int m = 0; m < qualityLevels; m++) {
                participation.add(xOff[i][m], t[i] * level[m]);
                showrooming.add(xOn[i][m], t[i] * level[m]).add(xOff[i][m], -t[i] * level[m]);
            }
            if (i > 0) {
                neighbours(lp, "Off" + i, xOff[i], pOff[i], xOff[i - 1], pOff[i - 1], t[i], t[i - 1], level);
                if (i % size != 0) {
                    neighbours(lp, "On" + i, xOn[i], pOn[i], xOn[i - 1], pOn[i - 1], t[i], t[i - 1], level);
                }
            }
        }
        return lp.maximise(options).map(point -> {
            double[] qo = new double[n];
            double[] po = new double[n];
            double[] qn = new double[n];
            double[] pn = new double[n];
            for (int i = 0; i < n; i++) {
                for (int m = 0; m < qualityLevels; m++) {
                    qo[i] += Math.max(0, point.value(xOff[i][m])) * level[m];
                    qn[i] += Math.max(0, point.value(xOn[i][m])) * level[m];
                }
                po[i] = point.value(pOff[i]) * unit;
                pn[i] = point.value(pOn[i]) * unit;
            }
            return new GridMenus(theta, mass, qo, po, qn, pn, lambda, market.curvature());
        });
    }

    /**
     * Local incentive compatibility between neighbouring types {@code i} (higher) and {@code i - 1}, both
     * ways, and a non-decreasing expected quality: with payoffs linear in expected quality these imply
     * incentive compatibility between every pair of types (Maskin and Riley 1984, Section 3).
     */
    private static void neighbours(LinearProgram lp, String name, LinearProgram.Variable[] high, LinearProgram.Variable highPrice,
            LinearProgram.Variable[] low, LinearProgram.Variable lowPrice, double tHigh, double tLow, double[] level) {
        LinearProgram.Constraint down = lp.constraint("down" + name).lower(0).add(highPrice, -1).add(lowPrice, 1);
        LinearProgram.Constraint up = lp.constraint("up" + name).lower(0).add(lowPrice, -1).add(highPrice, 1);
        LinearProgram.Constraint monotone = lp.constraint("monotone" + name).lower(0);
        for (int m = 0; m < level.length; m++) {
            down.add(high[m], tHigh * level[m]).add(low[m], -tHigh * level[m]);
            up.add(low[m], tLow * level[m]).add(high[m], -tLow * level[m]);
            monotone.add(high[m], level[m]).add(low[m], -level[m]);
        }
    }

    @Override
    public String toString() {
        return "ShowroomingLp[" + market + ", types=" + typeCount + ", cohorts=" + cohorts + ", qualityLevels=" + qualityLevels + "]";
    }
}
