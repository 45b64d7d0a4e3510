package org.mdlab.dynamic;

import java.util.Arrays;
import org.mdlab.optimisation.SolverState;
import org.mdlab.progress.Progress;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

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
 * norm. Immutable.
 */
public final class PromisedUtilityProblem {

    private static final double CLEAN = 1e-10;

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

    /** @return δ */
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
        return typeProbabilities[type];
    }

    /**
     * @param type    a type
     * @param outcome an outcome
     * @return the agent's flow utility {@code u(i,k)}
     */
    public double agentUtility(int type, int outcome) {
        return agentUtility[type][outcome];
    }

    /**
     * @param type    a type
     * @param outcome an outcome
     * @return the principal's flow payoff {@code r(i,k)}
     */
    public double principalPayoff(int type, int outcome) {
        return principalPayoff[type][outcome];
    }

    /**
     * @param type    a type
     * @param outcome an outcome
     * @return whether the outcome is available to the type
     */
    public boolean feasible(int type, int outcome) {
        return feasible[type][outcome];
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
        return canMimic[type][report];
    }

    /**
     * One application of the Bellman operator: one linear program per grid point (the program in the
     * class comment), solved by ojAlgo.
     *
     * @param values the current principal values {@code V(w_j)}; one per grid point, finite
     * @return the updated values with the maximising contract, or the solver state and grid point of the
     *         first program that was not solved to optimality
     * @throws IllegalArgumentException if {@code values} has the wrong length or a non-finite entry
     */
    public PromisedUtilityStep bellman(double[] values) {
        requireValues(values);
        int n = grid.length;
        double[] next = new double[n];
        double[][][] outcome = new double[n][][];
        double[][][] continuation = new double[n][][];
        for (int j = 0; j < n; j++) {
            Optimisation.Result result = program(j, values);
            SolverState state = SolverState.of(result.getState());
            if (state != SolverState.OPTIMAL) {
                return PromisedUtilityStep.failed(state, j);
            }
            outcome[j] = new double[typeCount()][];
            continuation[j] = new double[typeCount()][];
            read(result, outcome[j], continuation[j]);
            next[j] = flowValue(outcome[j]) + discount * continuationValue(continuation[j], values);
        }
        return PromisedUtilityStep.solved(next, new PromisedUtilityContract(this, outcome, continuation));
    }

    /**
     * The principal's value of a fixed contract, {@code V = f + δ P V}, by successive approximation until
     * the change between iterates is at most {@code tolerance (1 - δ) / δ} (then within {@code tolerance}
     * of the contract's value) or {@code sweeps} sweeps were made.
     *
     * @param contract a contract of this problem
     * @param start    the starting values; one per grid point
     * @param tolerance the target accuracy; {@code > 0}
     * @param sweeps   the largest number of sweeps; {@code >= 0}
     * @return the values after the sweeps
     * @throws IllegalArgumentException if the contract belongs to another problem or an argument breaks its rule
     */
    public double[] evaluate(PromisedUtilityContract contract, double[] start, double tolerance, int sweeps) {
        if (contract == null || contract.gridSize() != grid.length || contract.typeCount() != typeCount()) {
            throw new IllegalArgumentException("contract must have " + grid.length + " grid points and "
                    + typeCount() + " types");
        }
        requireValues(start);
        if (!(tolerance > 0)) {
            throw new IllegalArgumentException("tolerance must be > 0 (got " + tolerance + ")");
        }
        if (sweeps < 0) {
            throw new IllegalArgumentException("sweeps must be >= 0 (got " + sweeps + ")");
        }
        int n = grid.length;
        double[] flow = new double[n];
        for (int j = 0; j < n; j++) {
            flow[j] = contract.principalFlow(j);
        }
        double[][] transition = contract.chain().transitions();
        double[] values = start.clone();
        double[] next = new double[n];
        double stop = tolerance * (1 - discount) / discount;
        for (int sweep = 0; sweep < sweeps; sweep++) {
            double change = 0;
            for (int j = 0; j < n; j++) {
                double expectation = 0;
                for (int l = 0; l < n; l++) {
                    expectation += transition[j][l] * values[l];
                }
                next[j] = flow[j] + discount * expectation;
                change = Math.max(change, Math.abs(next[j] - values[j]));
            }
            double[] swap = values;
            values = next;
            next = swap;
            if (change <= stop) {
                break;
            }
        }
        return values;
    }

    /**
     * LP-based value-function iteration from {@code V = 0}, optionally accelerated by partial policy
     * evaluation between LP steps (modified policy iteration, Puterman 1994, Markov Decision Processes,
     * §6.5): each round applies the Bellman operator by LPs; it stops when the sup-norm residual
     * {@code ||T V - V||_∞} is at most {@code tolerance}, otherwise replaces {@code V} by {@code T V}
     * improved by up to {@code evaluationSweeps} sweeps of the maximising contract's own recursion.
     * With {@code evaluationSweeps = 0} this is plain value iteration.
     *
     * @param tolerance        the target Bellman residual; {@code > 0}
     * @param maxIterations    the largest number of LP rounds; {@code >= 1}
     * @param evaluationSweeps policy-evaluation sweeps per round; {@code >= 0}
     * @return the values whose residual was measured, the maximising contract, the residual, the rounds
     *         used, whether the tolerance was met and the solver state of the LPs
     * @throws IllegalArgumentException if an argument breaks its rule
     */
    public PromisedUtilitySolution solve(double tolerance, int maxIterations, int evaluationSweeps) {
        if (!(tolerance > 0) || !Double.isFinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be finite and > 0 (got " + tolerance + ")");
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be >= 1 (got " + maxIterations + ")");
        }
        if (evaluationSweeps < 0) {
            throw new IllegalArgumentException("evaluationSweeps must be >= 0 (got " + evaluationSweeps + ")");
        }
        double[] values = new double[grid.length];
        double residual = Double.POSITIVE_INFINITY;
        int iteration = 0;
        try (Progress progress = Progress.start("promised-utility LP iteration, " + grid.length + " grid points",
                maxIterations)) {
            while (true) {
                iteration++;
                PromisedUtilityStep step = bellman(values);
                progress.advance(1);
                if (!step.solved()) {
                    return PromisedUtilitySolution.failed(this, values, residual, iteration, step.state(),
                            step.failedGridPoint());
                }
                double[] next = step.values();
                residual = 0;
                for (int j = 0; j < values.length; j++) {
                    residual = Math.max(residual, Math.abs(next[j] - values[j]));
                }
                if (residual <= tolerance || iteration == maxIterations) {
                    Convergence convergence = residual <= tolerance ? Convergence.CONVERGED : Convergence.ITERATION_LIMIT;
                    return PromisedUtilitySolution.solved(values, step.contract(), residual, iteration, convergence);
                }
                values = evaluationSweeps == 0 ? next
                        : evaluate(step.contract(), next, tolerance * 1e-3, evaluationSweeps);
            }
        }
    }

    private Optimisation.Result program(int j, double[] values) {
        int m = typeCount();
        int outcomes = outcomeCount();
        int n = grid.length;
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Variable[][] x = new Variable[m][outcomes];
        Variable[][] y = new Variable[m][n];
        Expression promise = model.addExpression("promise").level(grid[j]);
        for (int i = 0; i < m; i++) {
            Expression xSum = model.addExpression("x" + i).level(1);
            Expression ySum = model.addExpression("y" + i).level(1);
            for (int k = 0; k < outcomes; k++) {
                if (!feasible[i][k]) {
                    continue;
                }
                x[i][k] = model.addVariable("x" + i + "_" + k).lower(0)
                        .weight(typeProbabilities[i] * (1 - discount) * principalPayoff[i][k]);
                xSum.set(x[i][k], 1);
                promise.set(x[i][k], typeProbabilities[i] * (1 - discount) * agentUtility[i][k]);
            }
            for (int l = 0; l < n; l++) {
                y[i][l] = model.addVariable("y" + i + "_" + l).lower(0)
                        .weight(typeProbabilities[i] * discount * values[l]);
                ySum.set(y[i][l], 1);
                promise.set(y[i][l], typeProbabilities[i] * discount * grid[l]);
            }
        }
        for (int i = 0; i < m; i++) {
            for (int r = 0; r < m; r++) {
                if (!canMimic[i][r]) {
                    continue;
                }
                Expression ic = model.addExpression("IC" + i + "_" + r).lower(0);
                for (int k = 0; k < outcomes; k++) {
                    if (feasible[i][k]) {
                        ic.set(x[i][k], (1 - discount) * agentUtility[i][k]);
                    }
                    if (feasible[r][k]) {
                        ic.set(x[r][k], -(1 - discount) * agentUtility[i][k]);
                    }
                }
                for (int l = 0; l < n; l++) {
                    ic.set(y[i][l], discount * grid[l]);
                    ic.set(y[r][l], -discount * grid[l]);
                }
            }
        }
        return model.maximise();
    }

    private void read(Optimisation.Result result, double[][] outcome, double[][] continuation) {
        int m = typeCount();
        int outcomes = outcomeCount();
        int n = grid.length;
        int index = 0;
        for (int i = 0; i < m; i++) {
            outcome[i] = new double[outcomes];
            continuation[i] = new double[n];
            for (int k = 0; k < outcomes; k++) {
                outcome[i][k] = feasible[i][k] ? result.doubleValue(index++) : 0;
            }
            for (int l = 0; l < n; l++) {
                continuation[i][l] = result.doubleValue(index++);
            }
            clean(outcome[i]);
            clean(continuation[i]);
        }
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
