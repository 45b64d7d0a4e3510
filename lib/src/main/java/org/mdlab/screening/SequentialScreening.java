package org.mdlab.screening;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;
import org.mdlab.market.Arguments;
import org.mdlab.market.Scale;
import org.mdlab.optimisation.LinearProgram;
import org.mdlab.optimisation.Solution;
import org.mdlab.optimisation.SolverOptions;

/**
 * Sequential screening (Courty and Li 2000, "Sequential Screening", RESTUD 67(4)), the library's one
 * sequential type structure: the buyer learns an ex-ante type {@code i} with probability {@code α_i},
 * contracts, then learns a value {@code v} drawn from {@code f_i}. All types' values lie on one grid
 * {@code v_1 < ... < v_K}. The multi-unit cloud model ({@link org.mdlab.cloud.CloudDemand}, Bergemann and
 * Wang 2025) is this structure with a cost of usage.
 *
 * <p>A mechanism assigns each reported (type, value) a probability of trade {@code x_i(v)} and a payment
 * {@code p_i(v)}; it must be ex-post IC given the type, ex-ante IC (a type that lies about its ex-ante
 * type then reports its value optimally, which on a common grid is truthfully) and ex-ante IR. Because
 * utility is linear in {@code v}, monotone {@code x_i} and local IC give global ex-post IC. The seller
 * produces each unit it sells at cost {@code c} (Courty and Li 2000, Section 2, cost of production) and
 * maximises expected profit {@code Σ_i α_i Σ_k f_i(v_k) (p_i(v_k) - c x_i(v_k))} by an LP with
 * {@code 2IK} variables and {@code O(I^2 + IK)} constraints ({@link #solve(SolverOptions)}); randomised
 * allocations are allowed.
 *
 * @param typeProbabilities the ex-ante type probabilities {@code α_i}, positive, summing to 1
 * @param values            the value grid, at least two values, finite and strictly increasing
 * @param conditionals      {@code f_i(v_k)}: one probability vector over the grid per ex-ante type
 * @param cost              the unit cost of production c; finite, {@code >= 0}
 */
public record SequentialScreening(double[] typeProbabilities, double[] values, double[][] conditionals, double cost) {

    /** The largest number of (type, value) cells {@code IK} the LP accepts; it has {@code 2IK} variables. */
    public static final int MAX_LP_CELLS = 20_000;

    /**
     * Validates and copies the arrays.
     *
     * @throws IllegalArgumentException if the grid is not strictly increasing, a probability vector does
     *                                  not sum to 1, a type has probability 0, the dimensions disagree, or
     *                                  the cost is negative or not finite
     */
    public SequentialScreening {
        Arguments.nonNegative("cost", cost);
        typeProbabilities = Arguments.positiveProbabilities("typeProbabilities", typeProbabilities);
        values = Arguments.strictlyIncreasing("values", values);
        Arguments.atLeast("values.length", values.length, 2);
        Arguments.notNull("conditionals", conditionals);
        if (conditionals.length != typeProbabilities.length) {
            throw new IllegalArgumentException("conditionals must have one row per ex-ante type ("
                    + typeProbabilities.length + ") (got " + conditionals.length + ")");
        }
        double[][] copy = new double[conditionals.length][];
        for (int i = 0; i < conditionals.length; i++) {
            copy[i] = Arguments.probabilities("conditionals[" + i + "]", conditionals[i]);
            if (copy[i].length != values.length) {
                throw new IllegalArgumentException("conditionals[" + i + "] must have " + values.length
                        + " entries, one per value (got " + copy[i].length + ")");
            }
        }
        conditionals = copy;
    }

    /**
     * The problem without production cost.
     *
     * @param typeProbabilities the ex-ante type probabilities {@code α_i}
     * @param values            the value grid
     * @param conditionals      {@code f_i(v_k)}
     * @throws IllegalArgumentException if a rule of the canonical constructor is broken
     */
    public SequentialScreening(double[] typeProbabilities, double[] values, double[][] conditionals) {
        this(typeProbabilities, values, conditionals, 0);
    }

    /**
     * The same buyer with another unit cost of production.
     *
     * @param unitCost c; finite, {@code >= 0}
     * @return the problem with cost {@code c}
     * @throws IllegalArgumentException if {@code unitCost} is negative or not finite
     */
    public SequentialScreening withCost(double unitCost) {
        return new SequentialScreening(typeProbabilities, values, conditionals, unitCost);
    }

    /**
     * Discretises continuous conditional distributions on {@code points} equally spaced values in
     * {@code [low, high]}: the grid point {@code v_k} gets the mass {@code F_i} assigns to the cell
     * {@code [v_k - h/2, v_k + h/2] ∩ [low, high]}.
     *
     * @param low               the lowest value; finite
     * @param high              the highest value; finite, {@code > low}
     * @param points            the number of grid points, {@code >= 2}
     * @param typeProbabilities the ex-ante type probabilities
     * @param cdfs              one distribution function per type, each 0 at {@code low} and 1 at {@code high}
     * @return the discretised problem
     * @throws IllegalArgumentException if an argument breaks a rule
     */
    public static SequentialScreening discretised(double low, double high, int points, double[] typeProbabilities,
                                                  DoubleUnaryOperator... cdfs) {
        Arguments.finite("low", low);
        Arguments.finite("high", high);
        if (!(high > low)) {
            throw new IllegalArgumentException("high must be > low (got [" + low + ", " + high + "])");
        }
        Arguments.atLeast("points", points, 2);
        Arguments.notNull("cdfs", cdfs);
        Arguments.sizeAtMost("types × points", (long) cdfs.length * points, MAX_LP_CELLS, "an LP with 2·types·points variables");
        double h = (high - low) / (points - 1);
        double[] grid = new double[points];
        double[][] f = new double[cdfs.length][points];
        for (int k = 0; k < points; k++) {
            grid[k] = k == points - 1 ? high : low + k * h;
        }
        for (int i = 0; i < cdfs.length; i++) {
            DoubleUnaryOperator cdf = Arguments.notNull("cdfs[" + i + "]", cdfs[i]);
            for (int k = 0; k < points; k++) {
                double a = k == 0 ? low : grid[k] - h / 2;
                double b = k == points - 1 ? high : grid[k] + h / 2;
                f[i][k] = Math.max(0, cdf.applyAsDouble(b) - cdf.applyAsDouble(a));
            }
        }
        return new SequentialScreening(typeProbabilities, grid, f);
    }

    /**
     * Types that tilt a common grid exponentially: {@code f_i(v_k) ∝ τ_i^k}. Increasing tilts give
     * conditionals ordered by the monotone likelihood ratio, hence by first-order dominance, with full
     * support; a tilt of 1 is the uniform distribution on the grid.
     *
     * @param typeProbabilities the ex-ante type probabilities
     * @param values            the value grid
     * @param tilts             one tilt per type, finite, positive and strictly increasing
     * @return the type structure
     * @throws IllegalArgumentException if the tilts break their rule or a rule of the constructor is broken
     */
    public static SequentialScreening tilted(double[] typeProbabilities, double[] values, double[] tilts) {
        double[] tau = Arguments.strictlyIncreasing("tilts", tilts);
        double[] grid = Arguments.finiteArray("values", values);
        if (tau.length != Arguments.notNull("typeProbabilities", typeProbabilities).length) {
            throw new IllegalArgumentException("tilts must have one entry per type (" + typeProbabilities.length
                    + ") (got " + tau.length + ")");
        }
        double[][] f = new double[tau.length][grid.length];
        for (int i = 0; i < tau.length; i++) {
            Arguments.positive("tilts[" + i + "]", tau[i]);
            double sum = 0;
            for (int k = 0; k < grid.length; k++) {
                f[i][k] = Math.pow(tau[i], k);
                sum += f[i][k];
            }
            if (!Double.isFinite(sum)) {
                throw new IllegalArgumentException("tilts[" + i + "]^" + (grid.length - 1) + " must be finite (got "
                        + tau[i] + " on " + grid.length + " values)");
            }
            for (int k = 0; k < grid.length; k++) {
                f[i][k] /= sum;
            }
        }
        return new SequentialScreening(typeProbabilities, grid, f);
    }

    /**
     * Uniform cdf on {@code [a, b]}, 0 below and 1 above, for {@link #discretised}.
     *
     * @param a the lower end; finite
     * @param b the upper end; finite, {@code > a}
     * @return {@code v -> clamp((v - a)/(b - a), 0, 1)}
     * @throws IllegalArgumentException if {@code b <= a} or an end is not finite
     */
    public static DoubleUnaryOperator uniformCdf(double a, double b) {
        Arguments.finite("a", a);
        Arguments.finite("b", b);
        if (!(b > a)) {
            throw new IllegalArgumentException("b must be > a (got " + a + ", " + b + ")");
        }
        return v -> Math.min(1, Math.max(0, (v - a) / (b - a)));
    }

    /** @return a copy of the ex-ante type probabilities {@code α_i} */
    @Override
    public double[] typeProbabilities() {
        return typeProbabilities.clone();
    }

    /** @return a copy of the value grid {@code v_1 < ... < v_K} */
    @Override
    public double[] values() {
        return values.clone();
    }

    /** @return a copy of the conditional distributions, {@code [i][k] = f_i(v_k)} */
    @Override
    public double[][] conditionals() {
        return Arrays.stream(conditionals).map(double[]::clone).toArray(double[][]::new);
    }

    /**
     * The number of ex-ante types.
     *
     * @return {@code I}
     */
    public int types() {
        return typeProbabilities.length;
    }

    /**
     * The number of grid values.
     *
     * @return {@code K}
     */
    public int valueCount() {
        return values.length;
    }

    /**
     * The probability of an ex-ante type.
     *
     * @param type the type index, in {@code [0, I)}
     * @return {@code α_i}
     * @throws IllegalArgumentException if the index is out of range
     */
    public double typeProbability(int type) {
        return typeProbabilities[Arguments.index("type", type, types())];
    }

    /**
     * A value of the grid.
     *
     * @param value the value index, in {@code [0, K)}
     * @return {@code v_k}
     * @throws IllegalArgumentException if the index is out of range
     */
    public double value(int value) {
        return values[Arguments.index("value", value, valueCount())];
    }

    /**
     * The conditional probability of a value given an ex-ante type.
     *
     * @param type  the type index, in {@code [0, I)}
     * @param value the value index, in {@code [0, K)}
     * @return {@code f_i(v_k)}
     * @throws IllegalArgumentException if an index is out of range
     */
    public double probability(int type, int value) {
        return conditionals[Arguments.index("type", type, types())][Arguments.index("value", value, valueCount())];
    }

    /**
     * Whether every conditional distribution puts positive mass on every value, so that every report is
     * on path.
     *
     * @return {@code f_i(v_k) > 0} for all {@code i, k}
     */
    public boolean hasFullSupport() {
        return Arrays.stream(conditionals).flatMapToDouble(Arrays::stream).allMatch(f -> f > 0);
    }

    /**
     * The first pair of consecutive types whose conditionals are not ordered by first-order stochastic
     * dominance, {@code F_{i+1}(v_k) <= F_i(v_k)} within {@code tolerance}.
     *
     * @param tolerance the slack allowed on each comparison of distribution functions; finite, {@code >= 0}
     * @return a message naming the violation, or empty when the types are ordered
     * @throws IllegalArgumentException if {@code tolerance} is not finite and non-negative
     */
    public Optional<String> dominanceViolation(double tolerance) {
        Arguments.nonNegative("tolerance", tolerance);
        for (int i = 1; i < conditionals.length; i++) {
            double lower = 0;
            double upper = 0;
            for (int k = 0; k < values.length; k++) {
                lower += conditionals[i - 1][k];
                upper += conditionals[i][k];
                if (upper > lower + tolerance) {
                    return Optional.of("F_" + i + "(v_" + k + ") = " + upper + " > F_" + (i - 1) + "(v_" + k
                            + ") = " + lower);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The dynamic virtual values of the relaxed problem for types ordered by first-order dominance
     * (Courty and Li 2000, Section 4; Bergemann and Wang 2025, Section 3, the discrete analogue of the
     * Eső–Szentes virtual value): with {@code G_i} the cumulative type probability, {@code F_i} the
     * conditional distribution function and {@code Δ_k = v_{k+1} - v_k},
     * {@code φ_i(v_k) = v_k - (1 - G_i)/(α_i f_i(v_k)) · Δ_k · (F_i(v_k) - F_{i+1}(v_k))},
     * and {@code φ_i(v_K) = v_K}, {@code φ_I = v}. The correction charges the information rent that
     * consumption at {@code (i, v_k)} leaves to every higher type: rents are
     * {@code U_{i+1} - U_i = Σ_k Δ_k (F_i(v_k) - F_{i+1}(v_k)) q_i(v_k)}. {@code O(IK)}.
     *
     * @return {@code φ[i][k]}
     * @throws IllegalArgumentException if some conditional lacks full support ({@code f_i(v_k) = 0})
     */
    public double[][] dynamicVirtualValues() {
        if (!hasFullSupport()) {
            throw new IllegalArgumentException("conditionals must have full support for dynamic virtual values");
        }
        int n = types();
        int kk = valueCount();
        double[][] phi = new double[n][kk];
        double cumulative = 0;
        for (int i = 0; i < n; i++) {
            cumulative += typeProbabilities[i];
            double above = i == n - 1 ? 0 : Math.max(0, 1 - cumulative);
            double own = 0;
            double next = 0;
            for (int k = 0; k < kk; k++) {
                own += conditionals[i][k];
                phi[i][k] = values[k];
                if (i < n - 1 && k < kk - 1) {
                    next += conditionals[i + 1][k];
                    double gap = Math.max(0, own - next);
                    phi[i][k] -= above / (typeProbabilities[i] * conditionals[i][k]) * (values[k + 1] - values[k]) * gap;
                }
            }
        }
        return phi;
    }

    /**
     * The optimal sequential mechanism by linear programming, with default options.
     *
     * @return the optimal contracts, or the solver's status without them
     * @throws IllegalArgumentException if {@code IK > }{@value #MAX_LP_CELLS}
     */
    public Solution<SequentialMenu> solve() {
        return solve(SolverOptions.defaults());
    }

    /**
     * The optimal sequential mechanism by linear programming (Courty and Li 2000, Section 4). Payments are
     * computed in the money unit of {@link Scale#unit} for the largest absolute value, so that the solution
     * is scale-equivariant: values times {@code s} give the same allocation and payments times {@code s}.
     *
     * @param options the solver options (cancellation is polled before the solve); not null
     * @return the optimal contracts, or the solver's status without them
     * @throws IllegalArgumentException if {@code options} is null or {@code IK > }{@value #MAX_LP_CELLS}
     */
    public Solution<SequentialMenu> solve(SolverOptions options) {
        Arguments.notNull("options", options);
        int n = types();
        int kk = valueCount();
        Arguments.sizeAtMost("types × values", (long) n * kk, MAX_LP_CELLS, "an LP with 2·types·values variables");
        double unit = Scale.unit(Math.max(Math.abs(values[0]), Math.abs(values[kk - 1])));
        double[] v = Arrays.stream(values).map(value -> value / unit).toArray();
        double c = cost / unit;
        LinearProgram lp = LinearProgram.create();
        LinearProgram.Variable[][] x = new LinearProgram.Variable[n][kk];
        LinearProgram.Variable[][] p = new LinearProgram.Variable[n][kk];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < kk; k++) {
                x[i][k] = lp.variable("x_" + i + "_" + k).lower(0).upper(1)
                        .weight(-typeProbabilities[i] * conditionals[i][k] * c);
                p[i][k] = lp.variable("p_" + i + "_" + k).weight(typeProbabilities[i] * conditionals[i][k]);
            }
        }
        for (int i = 0; i < n; i++) {
            for (int k = 1; k < kk; k++) {
                lp.constraint("monotone_" + i + "_" + k).lower(0).set(x[i][k], 1).set(x[i][k - 1], -1);
                lp.constraint("icDown_" + i + "_" + k).lower(0)
                        .set(x[i][k], v[k]).set(p[i][k], -1).set(x[i][k - 1], -v[k]).set(p[i][k - 1], 1);
                lp.constraint("icUp_" + i + "_" + k).lower(0)
                        .set(x[i][k - 1], v[k - 1]).set(p[i][k - 1], -1).set(x[i][k], -v[k - 1]).set(p[i][k], 1);
            }
            addRent(lp.constraint("exAnteIr_" + i).lower(0), x[i], p[i], conditionals[i], v, 1);
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    LinearProgram.Constraint ic = lp.constraint("exAnteIc_" + i + "_" + j).lower(0);
                    addRent(ic, x[i], p[i], conditionals[i], v, 1);
                    addRent(ic, x[j], p[j], conditionals[i], v, -1);
                }
            }
        }
        return lp.maximise(options).map(point -> {
            double[][] allocation = new double[n][kk];
            double[][] payment = new double[n][kk];
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < kk; k++) {
                    allocation[i][k] = Math.min(1, Math.max(0, point.value(x[i][k])));
                    payment[i][k] = point.value(p[i][k]) * unit;
                }
            }
            return new SequentialMenu(this, allocation, payment);
        });
    }

    private static void addRent(LinearProgram.Constraint e, LinearProgram.Variable[] x, LinearProgram.Variable[] p,
                                double[] f, double[] v, double sign) {
        for (int k = 0; k < v.length; k++) {
            if (f[k] != 0) {
                e.add(x[k], sign * f[k] * v[k]);
                e.add(p[k], -sign * f[k]);
            }
        }
    }

    /**
     * The benchmark without contracting: the seller posts one price after values are realised, to the
     * mixture {@code Σ_i α_i f_i}; profit {@code max{0, max_k (v_k - c) P(v >= v_k)}}.
     *
     * @return the best posted-price profit on the grid
     */
    public double postedPriceProfit() {
        double best = 0;
        for (int k = 0; k < values.length; k++) {
            double demand = 0;
            for (int i = 0; i < typeProbabilities.length; i++) {
                for (int j = k; j < values.length; j++) {
                    demand += typeProbabilities[i] * conditionals[i][j];
                }
            }
            best = Math.max(best, (values[k] - cost) * demand);
        }
        return best;
    }

    /**
     * The first best, the benchmark without private information at contracting (Courty and Li 2000,
     * Section 3): the seller sells exactly when the value covers the cost, for an advance payment that
     * extracts the whole expected surplus {@code Σ_i α_i E_i[(v - c)₊]}.
     *
     * @return the first-best expected profit
     */
    public double firstBestProfit() {
        double sum = 0;
        for (int i = 0; i < typeProbabilities.length; i++) {
            for (int k = 0; k < values.length; k++) {
                sum += typeProbabilities[i] * conditionals[i][k] * Math.max(0, values[k] - cost);
            }
        }
        return sum;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SequentialScreening that && Arrays.equals(values, that.values)
                && Arrays.equals(typeProbabilities, that.typeProbabilities)
                && Arrays.deepEquals(conditionals, that.conditionals) && Double.compare(cost, that.cost) == 0;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(new int[] {Arrays.hashCode(values), Arrays.hashCode(typeProbabilities),
                Arrays.deepHashCode(conditionals), Double.hashCode(cost)});
    }

    @Override
    public String toString() {
        return "SequentialScreening[" + typeProbabilities.length + " types, " + values.length + " values, cost " + cost + "]";
    }
}
