package org.mdlab.screening;

import org.mdlab.optimisation.SolverState;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * Sequential screening (Courty and Li 2000, "Sequential Screening", RESTUD 67(4)): the buyer learns an
 * ex-ante type {@code i} with probability {@code α_i}, contracts, then learns a value {@code v} drawn
 * from {@code F_i}. All types' values lie on one grid {@code v_1 < ... < v_K}. A mechanism assigns each
 * reported (type, value) a probability of trade {@code x_i(v)} and a payment {@code p_i(v)}; it must be
 * ex-post IC given the type, ex-ante IC (a type that lies about its ex-ante type then reports its value
 * optimally, which on a common grid is truthfully) and ex-ante IR. Because utility is linear in
 * {@code v}, monotone {@code x_i} and local IC give global ex-post IC. The seller maximises expected
 * payments (zero cost) by an LP with {@code 4K} variables and {@code O(K)} constraints; randomised
 * allocations are allowed.
 *
 * @param values         the value grid, strictly increasing and finite
 * @param typeProbabilities the ex-ante type probabilities {@code α_i}, positive, summing to 1
 * @param conditionals   {@code f_i(v_k)}: each row a probability vector over the grid
 */
public record SequentialScreening(double[] values, double[] typeProbabilities, double[][] conditionals) {

    /**
     * Validates and copies the arrays.
     *
     * @throws IllegalArgumentException if the grid is not strictly increasing, a probability vector does
     *                                  not sum to 1, or the dimensions disagree
     */
    public SequentialScreening {
        if (values == null || values.length < 2) {
            throw new IllegalArgumentException("values must have at least 2 grid points");
        }
        values = values.clone();
        for (int k = 0; k < values.length; k++) {
            if (!Double.isFinite(values[k]) || (k > 0 && values[k] <= values[k - 1])) {
                throw new IllegalArgumentException("values must be finite and strictly increasing (got " + values[k]
                        + " at " + k + ")");
            }
        }
        requireDistribution("typeProbabilities", typeProbabilities, false);
        typeProbabilities = typeProbabilities.clone();
        if (conditionals == null || conditionals.length != typeProbabilities.length) {
            throw new IllegalArgumentException("conditionals must have one row per ex-ante type ("
                    + typeProbabilities.length + ")");
        }
        double[][] copy = new double[conditionals.length][];
        for (int i = 0; i < conditionals.length; i++) {
            if (conditionals[i].length != values.length) {
                throw new IllegalArgumentException("conditionals row " + i + " must have " + values.length
                        + " entries (got " + conditionals[i].length + ")");
            }
            requireDistribution("conditionals row " + i, conditionals[i], true);
            copy[i] = conditionals[i].clone();
        }
        conditionals = copy;
    }

    private static void requireDistribution(String name, double[] p, boolean zerosAllowed) {
        if (p == null || p.length == 0) {
            throw new IllegalArgumentException(name + " must be non-empty");
        }
        double sum = 0;
        for (int k = 0; k < p.length; k++) {
            if (!Double.isFinite(p[k]) || p[k] < 0 || (!zerosAllowed && p[k] == 0)) {
                throw new IllegalArgumentException(name + " must have finite entries " + (zerosAllowed ? ">= 0" : "> 0")
                        + " (got " + p[k] + " at " + k + ")");
            }
            sum += p[k];
        }
        if (Math.abs(sum - 1) > 1e-9) {
            throw new IllegalArgumentException(name + " must sum to 1 (got " + sum + ")");
        }
    }

    /**
     * Discretises continuous conditional distributions on {@code points} equally spaced values in
     * {@code [low, high]}: the grid point {@code v_k} gets the mass {@code F_i} assigns to the cell
     * {@code [v_k - h/2, v_k + h/2] ∩ [low, high]}.
     *
     * @param low               the lowest value
     * @param high              the highest value, {@code > low}
     * @param points            the number of grid points, {@code >= 2}
     * @param typeProbabilities the ex-ante type probabilities
     * @param cdfs              one distribution function per type, each 0 at {@code low} and 1 at {@code high}
     * @return the discretised problem
     * @throws IllegalArgumentException if an argument breaks a rule
     */
    public static SequentialScreening discretised(double low, double high, int points, double[] typeProbabilities,
                                                  DoubleUnaryOperator... cdfs) {
        if (!(high > low) || points < 2) {
            throw new IllegalArgumentException("need low < high and points >= 2 (got [" + low + ", " + high + "], "
                    + points + ")");
        }
        double h = (high - low) / (points - 1);
        double[] grid = new double[points];
        double[][] f = new double[cdfs.length][points];
        for (int k = 0; k < points; k++) {
            grid[k] = k == points - 1 ? high : low + k * h;
        }
        for (int i = 0; i < cdfs.length; i++) {
            for (int k = 0; k < points; k++) {
                double a = k == 0 ? low : grid[k] - h / 2;
                double b = k == points - 1 ? high : grid[k] + h / 2;
                f[i][k] = Math.max(0, cdfs[i].applyAsDouble(b) - cdfs[i].applyAsDouble(a));
            }
        }
        return new SequentialScreening(grid, typeProbabilities, f);
    }

    /**
     * Uniform cdf on {@code [a, b]}, 0 below and 1 above, for {@link #discretised}.
     *
     * @param a the lower end
     * @param b the upper end, {@code > a}
     * @return {@code v -> clamp((v - a)/(b - a), 0, 1)}
     * @throws IllegalArgumentException if {@code b <= a}
     */
    public static DoubleUnaryOperator uniformCdf(double a, double b) {
        if (!(b > a)) {
            throw new IllegalArgumentException("uniform needs a < b (got " + a + ", " + b + ")");
        }
        return v -> Math.min(1, Math.max(0, (v - a) / (b - a)));
    }

    /** @return a copy of the value grid */
    @Override
    public double[] values() {
        return values.clone();
    }

    /** @return a copy of the ex-ante type probabilities */
    @Override
    public double[] typeProbabilities() {
        return typeProbabilities.clone();
    }

    /** @return a copy of the conditional distributions */
    @Override
    public double[][] conditionals() {
        double[][] copy = new double[conditionals.length][];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = conditionals[i].clone();
        }
        return copy;
    }

    /**
     * The optimal sequential mechanism by linear programming.
     *
     * @return the optimal contracts, or the solver state without them
     */
    public SequentialResult optimal() {
        int n = typeProbabilities.length;
        int kk = values.length;
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Variable[][] x = new Variable[n][kk];
        Variable[][] p = new Variable[n][kk];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < kk; k++) {
                x[i][k] = model.addVariable("x_" + i + "_" + k).lower(0).upper(1);
                p[i][k] = model.addVariable("p_" + i + "_" + k).weight(typeProbabilities[i] * conditionals[i][k]);
            }
        }
        for (int i = 0; i < n; i++) {
            for (int k = 1; k < kk; k++) {
                model.addExpression("monotone_" + i + "_" + k).lower(0).set(x[i][k], 1).set(x[i][k - 1], -1);
                model.addExpression("icDown_" + i + "_" + k).lower(0)
                        .set(x[i][k], values[k]).set(p[i][k], -1).set(x[i][k - 1], -values[k]).set(p[i][k - 1], 1);
                model.addExpression("icUp_" + i + "_" + k).lower(0)
                        .set(x[i][k - 1], values[k - 1]).set(p[i][k - 1], -1).set(x[i][k], -values[k - 1]).set(p[i][k], 1);
            }
            Expression ir = model.addExpression("exAnteIr_" + i).lower(0);
            addRent(ir, x[i], p[i], conditionals[i], 1);
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    Expression ic = model.addExpression("exAnteIc_" + i + "_" + j).lower(0);
                    addRent(ic, x[i], p[i], conditionals[i], 1);
                    addRent(ic, x[j], p[j], conditionals[i], -1);
                }
            }
        }
        Optimisation.Result result = model.maximise();
        SolverState state = SolverState.of(result.getState());
        if (state != SolverState.OPTIMAL) {
            return new SequentialResult(state, Optional.empty());
        }
        double[][] allocation = new double[n][kk];
        double[][] payment = new double[n][kk];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < kk; k++) {
                allocation[i][k] = Math.min(1, Math.max(0, result.doubleValue(2 * (i * kk + k))));
                payment[i][k] = result.doubleValue(2 * (i * kk + k) + 1);
            }
        }
        return new SequentialResult(state, Optional.of(new SequentialMenu(this, allocation, payment)));
    }

    private void addRent(Expression e, Variable[] x, Variable[] p, double[] f, double sign) {
        for (int k = 0; k < values.length; k++) {
            if (f[k] != 0) {
                e.add(x[k], sign * f[k] * values[k]);
                e.add(p[k], -sign * f[k]);
            }
        }
    }

    /**
     * The benchmark without contracting: the seller posts one price after values are realised, to the
     * mixture {@code Σ_i α_i f_i}; revenue {@code max_k v_k P(v >= v_k)}.
     *
     * @return the best posted-price revenue on the grid
     */
    public double postedPriceRevenue() {
        double best = 0;
        for (int k = 0; k < values.length; k++) {
            double demand = 0;
            for (int i = 0; i < typeProbabilities.length; i++) {
                for (int j = k; j < values.length; j++) {
                    demand += typeProbabilities[i] * conditionals[i][j];
                }
            }
            best = Math.max(best, values[k] * demand);
        }
        return best;
    }

    /**
     * The benchmark without private information at contracting (Courty and Li 2000, Section 3): the seller
     * sells with probability one for an advance payment equal to the expected value, extracting
     * {@code Σ_i α_i E_i[v]}, the whole surplus.
     *
     * @return the expected value of the buyer
     */
    public double fullExtractionRevenue() {
        double sum = 0;
        for (int i = 0; i < typeProbabilities.length; i++) {
            for (int k = 0; k < values.length; k++) {
                sum += typeProbabilities[i] * conditionals[i][k] * values[k];
            }
        }
        return sum;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SequentialScreening that && Arrays.equals(values, that.values)
                && Arrays.equals(typeProbabilities, that.typeProbabilities)
                && Arrays.deepEquals(conditionals, that.conditionals);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(new int[] {Arrays.hashCode(values), Arrays.hashCode(typeProbabilities),
                Arrays.deepHashCode(conditionals)});
    }

    @Override
    public String toString() {
        return "SequentialScreening[" + values.length + " values, " + typeProbabilities.length + " types]";
    }
}
