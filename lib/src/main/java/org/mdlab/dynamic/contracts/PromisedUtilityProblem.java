package org.mdlab.dynamic.contracts;

import org.mdlab.dynamic.BellmanOperator;
import org.mdlab.dynamic.ValueFunction;
import org.mdlab.dynamic.ValueIteration;

import org.mdlab.market.Arguments;
import org.mdlab.optimisation.Diagnostics;
import org.mdlab.optimisation.LinearProgram;
import org.mdlab.optimisation.Solution;
import org.mdlab.optimisation.SolverOptions;
import org.mdlab.optimisation.Status;

import java.util.Arrays;

/**
 * A repeated principal–agent problem with an i.i.d. private type, solved recursively in the agent's
 * promised utility (Spear and Srivastava 1987; Thomas and Worrall 1990, JET 51(2), §3; the lottery
 * formulation of Phelan and Townsend 1991, REStud 58(5)). Each period the agent draws type {@code i}
 * with probability {@code π_i} and reports it; the contract picks a lottery {@code x_i} over flow
 * outcomes {@code k} and a lottery {@code y_i} over continuation utilities on a fixed grid
 * {@code w_0 < … < w_{n-1}}. With normalised payoffs the principal's value solves
 * <pre>
 *   V(w) = max Σ_i π_i [ (1-δ) Σ_k x_i(k) r(i,k) + δ Σ_j y_i(j) V(w_j) ]
 *   s.t.  Σ_i π_i [ (1-δ) Σ_k x_i(k) u(i,k) + δ Σ_j y_i(j) w_j ] = w                       (promise keeping)
 *         (1-δ) Σ_k x_i(k) u(i,k) + δ Σ_j y_i(j) w_j ≥ (1-δ) Σ_k x_l(k) u(i,k) + δ Σ_j y_l(j) w_j   (IC i→l)
 * </pre>
 * a linear program in the lotteries for each grid point. Payoffs are additively separable in the flow
 * outcome and the continuation, so independent lotteries over each lose nothing against joint ones.
 * Type {@code i} can mimic type {@code l} only if every outcome feasible for {@code l} is feasible for
 * {@code i}; those are the IC constraints imposed. The Bellman operator is a δ-contraction in the sup
 * norm.
 *
 * <p><b>Which optimal contract.</b> Where {@code V} is linear on the grid every spread of continuation
 * utilities with the same mean is optimal, and a simplex solver picks one by its pivoting rule. Each program is
 * therefore solved lexicographically: first the principal's value above, then, among contracts within
 * {@code 1e-11} (relative to the largest payoff and value) of that optimum, the one that minimises the spread
 * of the promise, {@code Σ_i π_i Σ_j y_i(j) (w_j − w)²}. For a given mean continuation that criterion puts
 * each report's lottery on the two grid points that bracket its mean, the grid's image of a deterministic
 * continuation utility (the form of the optimal mechanisms of Thomas and Worrall 1990 and of Guo and Hörner);
 * the selection is unique and does not depend on the solver. Immutable.
 */
public final class PromisedUtilityProblem implements BellmanOperator<PromisedUtilityContract> {

    private static final double CLEAN = 1e-10;
    private static final double SELECTION_SLACK = 1e-11;

    private final double[] typeProbabilities;
    private final double[][] agentUtility;
    private final double[][] principalPayoff;
    private final boolean[][] feasible;
    private final double[] grid;
    private final double discount;
    private final boolean[][] canMimic;

    private PromisedUtilityProblem(double[] typeProbabilities, double[][] agentUtility, double[][] principalPayoff,
                                   boolean[][] feasible, double[] grid, double discount) {
        this.typeProbabilities = typeProbabilities;
        this.agentUtility = agentUtility;
        this.principalPayoff = principalPayoff;
        this.feasible = feasible;
        this.grid = grid;
        this.discount = discount;
        int m = typeProbabilities.length;
        this.canMimic = new boolean[m][m];
        for (int i = 0; i < m; i++) {
            for (int l = 0; l < m; l++) {
                boolean subset = i != l;
                for (int k = 0; k < feasible[l].length && subset; k++) {
                    subset = !feasible[l][k] || feasible[i][k];
                }
                canMimic[i][l] = subset;
            }
        }
    }

    /**
     * A problem in which every outcome is feasible for every type.
     *
     * @param typeProbabilities {@code π_i}; positive, summing to 1 within 1e-9
     * @param agentUtility      {@code u(i,k)}, one row per type, one column per outcome; finite
     * @param principalPayoff   {@code r(i,k)}, same shape; finite
     * @param grid              the promised utilities {@code w_j}; strictly increasing, at least 2 points
     * @param discount          δ; in (0, 1)
     * @return the problem
     * @throws IllegalArgumentException if an argument breaks its rule
     */
    public static PromisedUtilityProblem of(double[] typeProbabilities, double[][] agentUtility,
                                            double[][] principalPayoff, double[] grid, double discount) {
        boolean[][] all = new boolean[agentUtility == null ? 0 : agentUtility.length][];
        for (int i = 0; i < all.length; i++) {
            all[i] = new boolean[agentUtility[i] == null ? 0 : agentUtility[i].length];
            Arrays.fill(all[i], true);
        }
        return of(typeProbabilities, agentUtility, principalPayoff, all, grid, discount);
    }

    /**
     * A problem with type-dependent feasible outcomes.
     *
     * @param typeProbabilities {@code π_i}; positive, summing to 1 within 1e-9
     * @param agentUtility      {@code u(i,k)}, one row per type, one column per outcome; finite
     * @param principalPayoff   {@code r(i,k)}, same shape; finite
     * @param feasible          whether outcome {@code k} is available to type {@code i}; every type needs one
     * @param grid              the promised utilities {@code w_j}; strictly increasing, at least 2 points
     * @param discount          δ; in (0, 1)
     * @return the problem
     * @throws IllegalArgumentException if the discount is outside (0, 1), the probabilities are not a
     *                                  distribution, the dimensions disagree, a payoff is not finite, a type
     *                                  has no feasible outcome, or the grid is not strictly increasing
     */
    public static PromisedUtilityProblem of(double[] typeProbabilities, double[][] agentUtility,
                                            double[][] principalPayoff, boolean[][] feasible, double[] grid,
                                            double discount) {
        if (!(discount > 0 && discount < 1)) {
            throw new IllegalArgumentException("discount must lie in (0, 1) (got " + discount + ")");
        }
        if (typeProbabilities == null || typeProbabilities.length == 0) {
            throw new IllegalArgumentException("typeProbabilities must hold at least one type");
        }
        double sum = 0;
        for (double p : typeProbabilities) {
            if (!(p > 0) || !Double.isFinite(p)) {
                throw new IllegalArgumentException("typeProbabilities must be finite and > 0 (got " + p + ")");
            }
            sum += p;
        }
        if (Math.abs(sum - 1) > 1e-9) {
            throw new IllegalArgumentException("typeProbabilities must sum to 1 (got " + sum + ")");
        }
        int m = typeProbabilities.length;
        double[][] u = copyMatrix("agentUtility", agentUtility, m, -1);
        int outcomes = u[0].length;
        if (outcomes == 0) {
            throw new IllegalArgumentException("agentUtility must have at least one outcome");
        }
        u = copyMatrix("agentUtility", agentUtility, m, outcomes);
        double[][] r = copyMatrix("principalPayoff", principalPayoff, m, outcomes);
        if (feasible == null || feasible.length != m) {
            throw new IllegalArgumentException("feasible must have one row per type: expected " + m + " (got "
                    + (feasible == null ? "null" : feasible.length) + ")");
        }
        boolean[][] f = new boolean[m][];
        for (int i = 0; i < m; i++) {
            if (feasible[i] == null || feasible[i].length != outcomes) {
                throw new IllegalArgumentException("feasible[" + i + "] must have " + outcomes + " entries (got "
                        + (feasible[i] == null ? "null" : feasible[i].length) + ")");
            }
            f[i] = feasible[i].clone();
            boolean any = false;
            for (boolean b : f[i]) {
                any |= b;
            }
            if (!any) {
                throw new IllegalArgumentException("feasible[" + i + "] must allow at least one outcome");
            }
        }
        if (grid == null || grid.length < 2) {
            throw new IllegalArgumentException("grid must hold at least 2 promised utilities (got "
                    + (grid == null ? "null" : grid.length) + ")");
        }
        for (int j = 0; j < grid.length; j++) {
            if (!Double.isFinite(grid[j]) || (j > 0 && !(grid[j] > grid[j - 1]))) {
                throw new IllegalArgumentException("grid must be finite and strictly increasing (got " + grid[j]
                        + " at index " + j + ")");
            }
        }
        return new PromisedUtilityProblem(typeProbabilities.clone(), u, r, f, grid.clone(), discount);
    }

    private static double[][] copyMatrix(String name, double[][] matrix, int rows, int columns) {
        if (matrix == null || matrix.length != rows) {
            throw new IllegalArgumentException(name + " must have one row per type: expected " + rows + " (got "
                    + (matrix == null ? "null" : matrix.length) + ")");
        }
        double[][] copy = new double[rows][];
        for (int i = 0; i < rows; i++) {
            if (matrix[i] == null || (columns >= 0 && matrix[i].length != columns)) {
                throw new IllegalArgumentException(name + "[" + i + "] must have " + columns + " outcomes (got "
                        + (matrix[i] == null ? "null" : matrix[i].length) + ")");
            }
            for (double v : matrix[i]) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException(name + " entries must be finite (got " + v + " in row " + i + ")");
                }
            }
            copy[i] = matrix[i].clone();
        }
        return copy;
    }

    /** @return the number of types */
    public int typeCount() {
        return typeProbabilities.length;
    }

    /** @return the number of flow outcomes */
    public int outcomeCount() {
        return agentUtility[0].length;
    }

    /** @return the number of grid points */
    public int gridSize() {
        return grid.length;
    }

    /**
     * The states of the recursion are the grid points.
     *
     * @return {@link #gridSize()}
     */
    @Override
    public int stateCount() {
        return grid.length;
    }

    /** @return δ */
    @Override
    public double discount() {
        return discount;
    }

    /** @return the promised-utility grid (a copy) */
    public double[] grid() {
        return grid.clone();
    }

    /**
     * @param type a type
     * @return {@code π_i}
     */
    public double typeProbability(int type) {
        return typeProbabilities[type(type)];
    }

    /**
     * @param type    a type
     * @param outcome an outcome
     * @return the agent's flow utility {@code u(i,k)}
     */
    public double agentUtility(int type, int outcome) {
        return agentUtility[type(type)][outcome(outcome)];
    }

    /**
     * @param type    a type
     * @param outcome an outcome
     * @return the principal's flow payoff {@code r(i,k)}
     */
    public double principalPayoff(int type, int outcome) {
        return principalPayoff[type(type)][outcome(outcome)];
    }

    /**
     * @param type    a type
     * @param outcome an outcome
     * @return whether the outcome is available to the type
     */
    public boolean feasible(int type, int outcome) {
        return feasible[type(type)][outcome(outcome)];
    }

    /**
     * Whether the IC constraint "type {@code i} does not report {@code l}" is imposed: {@code i ≠ l} and
     * every outcome feasible for {@code l} is feasible for {@code i}.
     *
     * @param type   the true type
     * @param report the reported type
     * @return whether type can mimic report
     */
    public boolean canMimic(int type, int report) {
        return canMimic[type(type)][Arguments.index("report", report, typeProbabilities.length)];
    }

    /**
     * {@inheritDoc} Here two linear programs per grid point, solved by {@link LinearProgram}: the program in
     * the class comment, then the least-spread selection among its optimal contracts (kept only when that
     * second program is solved to optimality; otherwise the first program's contract). The returned values
     * are recomputed from the cleaned lotteries. Cancellation is polled before each program.
     *
     * @return {@code T V} with the maximising contract, or the status of the first program that was not
     *         solved to optimality, with its grid point in the note
     */
    @Override
    public Solution<ValueFunction<PromisedUtilityContract>> improve(double[] values, SolverOptions options) {
        requireValues(values);
        Arguments.notNull("options", options);
        int n = grid.length;
        double[] next = new double[n];
        double[][][] outcome = new double[n][][];
        double[][][] continuation = new double[n][][];
        for (int j = 0; j < n; j++) {
            Program program = new Program(j, values);
            Solution<LinearProgram.Point> result = program.lp.maximise(options);
            if (!result.isOptimal()) {
                return Solution.failure(result.status() == Status.ITERATION_LIMIT ? Status.FAILED : result.status(),
                        Diagnostics.iterations(1).withNote("the program at grid point " + j + " ended " + result.status()));
            }
            double optimum = result.value().objective();
            Program frontLoaded = new Program(j, values);
            frontLoaded.keepValue(optimum, slack(optimum, values));
            frontLoaded.weighFlowOnly();
            Solution<LinearProgram.Point> front = frontLoaded.lp.maximise(options);
            if (front.isOptimal()) {
                double flow = front.value().objective();
                Program leastSpread = new Program(j, values);
                leastSpread.keepValue(optimum, slack(optimum, values));
                leastSpread.keepFlow(flow, slack(flow, values));
                leastSpread.weighSpreadOnly();
                Solution<LinearProgram.Point> selected = leastSpread.lp.minimise(options);
                program = selected.isOptimal() ? leastSpread : frontLoaded;
                result = selected.isOptimal() ? selected : front;
            }
            outcome[j] = new double[typeCount()][];
            continuation[j] = new double[typeCount()][];
            program.read(result.value(), outcome[j], continuation[j]);
            next[j] = flowValue(outcome[j]) + discount * continuationValue(continuation[j], values);
        }
        return Solution.optimal(new ValueFunction<>(next, new PromisedUtilityContract(this, outcome, continuation)),
                Diagnostics.iterations(n));
    }

    /**
     * {@inheritDoc} Here {@code (T_π V)(w_j) = f_j + δ Σ_l P_π(j, l) V(w_l)}, with {@code f_j} the
     * contract's principal flow at {@code w_j} and {@code P_π} its chain.
     */
    @Override
    public double[] backup(PromisedUtilityContract contract, double[] values) {
        requireContract(contract);
        requireValues(values);
        return contract.backup(values);
    }

    /**
     * The principal's value of a fixed contract, {@code V = f + δ P V}, by successive approximation from
     * {@code start} ({@link ValueIteration#evaluate}): stops when the change between iterates is at most
     * {@code tolerance (1 - δ) / δ} (then within {@code tolerance} of the contract's value) or after the
     * iteration limit of {@code options}.
     *
     * @param contract a contract of this problem
     * @param start    the starting values; one per grid point, finite
     * @param options  tolerance (accuracy of the values), iteration limit (sweeps) and cancellation
     * @return the values, {@link Status#ITERATION_LIMIT} when the sweeps ran out first
     * @throws IllegalArgumentException if the contract belongs to another problem or an argument breaks its rule
     */
    public Solution<double[]> evaluate(PromisedUtilityContract contract, double[] start, SolverOptions options) {
        requireContract(contract);
        requireValues(start);
        Arguments.notNull("options", options);
        return ValueIteration.evaluate(contract::backup, discount, start, options,
                "promised-utility policy evaluation");
    }

    /**
     * LP-based value-function iteration from {@code V = 0} by the {@link ValueIteration} driver, accelerated
     * by {@code evaluationSweeps − 1} sweeps of the maximising contract's own recursion between LP rounds
     * when {@link SolverOptions#evaluationSweeps()} exceeds 1 (modified policy iteration, Puterman 1994,
     * §6.5): stops when the sup-norm residual {@code ||T V - V||_∞} is at most the tolerance. Each round
     * solves {@link #gridSize()} linear programs.
     *
     * @param options tolerance (Bellman residual), iteration limit (LP rounds), evaluation sweeps, progress,
     *                cancellation
     * @return the values whose residual was measured with the contract greedy for them; the status of the
     *         first failed program otherwise
     * @throws IllegalArgumentException if {@code options} is null
     * @throws java.util.concurrent.CancellationException if cancellation was requested
     */
    public Solution<ValueFunction<PromisedUtilityContract>> solve(SolverOptions options) {
        return ValueIteration.solve(this, new double[grid.length], Arguments.notNull("options", options),
                "promised-utility LP iteration, " + grid.length + " grid points");
    }

    private int type(int type) {
        return Arguments.index("type", type, typeProbabilities.length);
    }

    private int outcome(int outcome) {
        return Arguments.index("outcome", outcome, agentUtility[0].length);
    }

    private void requireContract(PromisedUtilityContract contract) {
        if (Arguments.notNull("contract", contract).problem() != this) {
            throw new IllegalArgumentException("contract must belong to this problem (" + this + ")");
        }
    }

    /** The linear program of one grid point with its variables. */
    private final class Program {
        final LinearProgram lp = LinearProgram.create();
        final LinearProgram.Variable[][] x;
        final LinearProgram.Variable[][] y;
        private final int point;
        private final double[] values;

        Program(int j, double[] values) {
            this.point = j;
            this.values = values;
            int m = typeCount();
            int outcomes = outcomeCount();
            int n = grid.length;
            x = new LinearProgram.Variable[m][outcomes];
            y = new LinearProgram.Variable[m][n];
            LinearProgram.Constraint promise = lp.constraint("promise").level(grid[j]);
            for (int i = 0; i < m; i++) {
                LinearProgram.Constraint xSum = lp.constraint("x" + i).level(1);
                LinearProgram.Constraint ySum = lp.constraint("y" + i).level(1);
                for (int k = 0; k < outcomes; k++) {
                    if (!feasible[i][k]) {
                        continue;
                    }
                    x[i][k] = lp.variable("x" + i + "_" + k).lower(0)
                            .weight(typeProbabilities[i] * (1 - discount) * principalPayoff[i][k]);
                    xSum.set(x[i][k], 1);
                    promise.set(x[i][k], typeProbabilities[i] * (1 - discount) * agentUtility[i][k]);
                }
                for (int l = 0; l < n; l++) {
                    y[i][l] = lp.variable("y" + i + "_" + l).lower(0).weight(typeProbabilities[i] * discount * values[l]);
                    ySum.set(y[i][l], 1);
                    promise.set(y[i][l], typeProbabilities[i] * discount * grid[l]);
                }
            }
            for (int i = 0; i < m; i++) {
                for (int r = 0; r < m; r++) {
                    if (canMimic[i][r]) {
                        incentive(i, r);
                    }
                }
            }
        }

        /** Adds {@code objective ≥ optimum − slack} for the principal's value (the first stage's objective). */
        void keepValue(double optimum, double slack) {
            LinearProgram.Constraint optimal = flowTerms(lp.constraint("value").lower(optimum - slack));
            for (int i = 0; i < typeCount(); i++) {
                for (int l = 0; l < grid.length; l++) {
                    optimal.set(y[i][l], typeProbabilities[i] * discount * values[l]);
                }
            }
        }

        /** Adds {@code (1 − δ) Σ_i π_i Σ_k x_i(k) r(i,k) ≥ flow − slack} (the second stage's objective). */
        void keepFlow(double flow, double slack) {
            flowTerms(lp.constraint("flow").lower(flow - slack));
        }

        private LinearProgram.Constraint flowTerms(LinearProgram.Constraint constraint) {
            for (int i = 0; i < typeCount(); i++) {
                for (int k = 0; k < outcomeCount(); k++) {
                    if (feasible[i][k]) {
                        constraint.set(x[i][k], typeProbabilities[i] * (1 - discount) * principalPayoff[i][k]);
                    }
                }
            }
            return constraint;
        }

        /** Weighs only today's principal payoff: the second stage maximises it. */
        void weighFlowOnly() {
            for (int i = 0; i < typeCount(); i++) {
                for (int l = 0; l < grid.length; l++) {
                    y[i][l].weight(0);
                }
            }
        }

        /**
         * Weighs only the spread {@code Σ_i π_i Σ_l y_i(l) (w_l − w_j)²}, normalised by the grid's width
         * squared: the third stage minimises it.
         */
        void weighSpreadOnly() {
            double width = grid[grid.length - 1] - grid[0];
            for (int i = 0; i < typeCount(); i++) {
                for (int k = 0; k < outcomeCount(); k++) {
                    if (feasible[i][k]) {
                        x[i][k].weight(0);
                    }
                }
                for (int l = 0; l < grid.length; l++) {
                    double step = (grid[l] - grid[point]) / width;
                    y[i][l].weight(typeProbabilities[i] * step * step);
                }
            }
        }

        private void incentive(int i, int r) {
            LinearProgram.Constraint ic = lp.constraint("IC" + i + "_" + r).lower(0);
            for (int k = 0; k < outcomeCount(); k++) {
                if (feasible[i][k]) {
                    ic.set(x[i][k], (1 - discount) * agentUtility[i][k]);
                }
                if (feasible[r][k]) {
                    ic.set(x[r][k], -(1 - discount) * agentUtility[i][k]);
                }
            }
            for (int l = 0; l < grid.length; l++) {
                ic.set(y[i][l], discount * grid[l]);
                ic.set(y[r][l], -discount * grid[l]);
            }
        }

        void read(LinearProgram.Point point, double[][] outcome, double[][] continuation) {
            for (int i = 0; i < typeCount(); i++) {
                outcome[i] = new double[outcomeCount()];
                continuation[i] = new double[grid.length];
                for (int k = 0; k < outcomeCount(); k++) {
                    outcome[i][k] = feasible[i][k] ? point.value(x[i][k]) : 0;
                }
                for (int l = 0; l < grid.length; l++) {
                    continuation[i][l] = point.value(y[i][l]);
                }
                clean(outcome[i]);
                clean(continuation[i]);
            }
        }
    }

    private double slack(double optimum, double[] values) {
        double scale = Math.abs(optimum);
        for (double v : values) {
            scale = Math.max(scale, Math.abs(v));
        }
        for (double[] row : principalPayoff) {
            for (double r : row) {
                scale = Math.max(scale, Math.abs(r));
            }
        }
        return SELECTION_SLACK * scale;
    }

    private static void clean(double[] lottery) {
        double sum = 0;
        for (int k = 0; k < lottery.length; k++) {
            lottery[k] = lottery[k] < CLEAN ? 0 : Math.min(1, lottery[k]);
            sum += lottery[k];
        }
        for (int k = 0; k < lottery.length; k++) {
            lottery[k] /= sum;
        }
    }

    private double flowValue(double[][] outcome) {
        double value = 0;
        for (int i = 0; i < outcome.length; i++) {
            for (int k = 0; k < outcome[i].length; k++) {
                value += typeProbabilities[i] * (1 - discount) * outcome[i][k] * principalPayoff[i][k];
            }
        }
        return value;
    }

    private double continuationValue(double[][] continuation, double[] values) {
        double value = 0;
        for (int i = 0; i < continuation.length; i++) {
            for (int l = 0; l < continuation[i].length; l++) {
                value += typeProbabilities[i] * continuation[i][l] * values[l];
            }
        }
        return value;
    }

    private void requireValues(double[] values) {
        if (values == null || values.length != grid.length) {
            throw new IllegalArgumentException("values must have one entry per grid point: expected " + grid.length
                    + " (got " + (values == null ? "null" : values.length) + ")");
        }
        for (double v : values) {
            if (!Double.isFinite(v)) {
                throw new IllegalArgumentException("values must be finite (got " + v + ")");
            }
        }
    }

    @Override
    public String toString() {
        return "PromisedUtilityProblem[types=" + typeCount() + ", outcomes=" + outcomeCount() + ", grid="
                + grid.length + " points on [" + grid[0] + ", " + grid[grid.length - 1] + "], discount=" + discount + "]";
    }
}
