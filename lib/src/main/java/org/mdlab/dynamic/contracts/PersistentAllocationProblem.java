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

/**
 * The recursion of a {@link PersistentAllocation} (Guo and Hörner, "Dynamic Allocation without Money",
 * Markov values) in the promise-and-threat state of Fernandes and Phelan (2000, JET 91(2), "A Recursive
 * Formulation for Repeated Agency with History Dependence", §3).
 *
 * <p><b>State.</b> At the start of a period, before today's value is drawn, the state is
 * {@code (j, w, ŵ)}: {@code j} is yesterday's reported type (so the principal's belief about today's
 * type is {@code P(j, ·)}); {@code w} is the utility promised to an agent whose true yesterday type was
 * {@code j} (the truthful agent); {@code ŵ} is a bound on the utility of an agent whose true yesterday
 * type was {@code 1 - j} (the agent who lied yesterday). Both must be tracked because today's type
 * distribution, and so the value of any continuation mechanism, depends on yesterday's true type.
 *
 * <p><b>Program.</b> For each report {@code i} the mechanism picks a funding probability {@code x_i} and a
 * lottery {@code y_i} over next states {@code (i, w', ŵ')}. With {@code U_i = (1-δ) x_i v_i + δ E_{y_i} w'}
 * (what type {@code i} gets by reporting {@code i}) and {@code D_i = (1-δ) x_{1-i} v_i + δ E_{y_{1-i}} ŵ'}
 * (what type {@code i} gets by reporting {@code 1-i}: tomorrow it is the agent who lied, so its
 * continuation is the threat of the state it lands in),
 * <pre>
 *   V_j(w, ŵ) = max Σ_i P(j,i) [ (1-δ) x_i (v_i - c) + δ E_{y_i} V_i(w', ŵ') ]
 *   s.t.  Σ_i P(j,i)   U_i = w                    (promise keeping)
 *         Σ_i P(1-j,i) U_i ≤ ŵ                    (threat keeping)
 *         U_i ≥ D_i,  i = L, H                    (incentive compatibility today)
 * </pre>
 * Today's IC involves only today's type: the continuation from tomorrow, given tomorrow's type, does not
 * depend on today's type (Markov values), so the same constraints deter lies by the truthful agent and by
 * an agent who lied before, and truth-telling after every history follows from one-shot deviations.
 * Threat keeping may be an inequality: the threat enters only yesterday's IC as the deviator's payoff, so
 * delivering less keeps that constraint. In the i.i.d. case ({@code P(0,·) = P(1,·)}) it reads
 * {@code w ≤ ŵ}, the threat is slack, and {@code V(w, ŵ)} is the value of {@link AllocationWithoutMoney}.
 *
 * <p><b>Grid.</b> For belief {@code j} the promise runs over {@code w̄_j k/(n-1)} and the threat over
 * {@code w̄_{1-j} k/(n-1)}, {@code k = 0..n-1}, with {@code w̄} the utilities of "always fund"
 * ({@link PersistentAllocation#alwaysFundUtility}). Lotteries over grid states make every program linear.
 * Not every grid state can be promised: the feasible set is found with the values, by dropping states
 * whose program is infeasible given the states still kept (the set shrinks monotonically to the largest
 * self-generating set on the grid, Abreu–Pearce–Stacchetti 1990). The diagonal {@code (a w̄_j, a w̄_{1-j})}
 * (fund with probability {@code a} forever) always survives. Values of dropped states are
 * {@code -∞}. Every grid policy is a mechanism of the continuous problem (with public randomisation), so the
 * grid values are lower bounds on its values, and refining a grid into one containing it cannot lower
 * them. Immutable.
 */
public final class PersistentAllocationProblem implements BellmanOperator<PersistentAllocationPolicy> {

    private final PersistentAllocation model;
    private final int points;
    private final double[] top;

    /** The most grid points per axis: {@code 2 n²} states, each with a program of {@code 2 n²} variables. */
    public static final int MAX_POINTS = 100;

    PersistentAllocationProblem(PersistentAllocation model, int points) {
        Arguments.atLeast("points", points, 2);
        Arguments.sizeAtMost("points", points, MAX_POINTS, "2 points² linear programs of 2 points² variables per round");
        this.model = model;
        this.points = points;
        this.top = new double[] {model.alwaysFundUtility(0), model.alwaysFundUtility(1)};
    }

    /** @return the model */
    public PersistentAllocation model() {
        return model;
    }

    /**
     * The contraction modulus: the model's discount factor.
     *
     * @return {@code δ}
     */
    @Override
    public double discount() {
        return model.discount();
    }

    /** @return grid points per axis, {@code n} */
    public int points() {
        return points;
    }

    /** @return the number of states {@code 2 n²} */
    @Override
    public int stateCount() {
        return 2 * points * points;
    }

    /**
     * @param belief       yesterday's reported type {@code j}
     * @param promiseIndex {@code k} with {@code w = w̄_j k/(n-1)}
     * @param threatIndex  {@code k} with {@code ŵ = w̄_{1-j} k/(n-1)}
     * @return the state index {@code (j n + promiseIndex) n + threatIndex}
     * @throws IllegalArgumentException if an index is out of range
     */
    public int state(int belief, int promiseIndex, int threatIndex) {
        if ((belief != 0 && belief != 1) || promiseIndex < 0 || promiseIndex >= points || threatIndex < 0
                || threatIndex >= points) {
            throw new IllegalArgumentException("state (" + belief + ", " + promiseIndex + ", " + threatIndex
                    + ") must have belief 0 or 1 and indices in [0, " + (points - 1) + "]");
        }
        return (belief * points + promiseIndex) * points + threatIndex;
    }

    /**
     * @param state a state index
     * @return yesterday's reported type {@code j}
     */
    public int belief(int state) {
        return Arguments.index("state", state, stateCount()) / (points * points);
    }

    /**
     * @param state a state index
     * @return the promise index
     */
    public int promiseIndex(int state) {
        return Arguments.index("state", state, stateCount()) / points % points;
    }

    /**
     * @param state a state index
     * @return the threat index
     */
    public int threatIndex(int state) {
        return Arguments.index("state", state, stateCount()) % points;
    }

    /**
     * @param state a state index
     * @return the promise {@code w}
     */
    public double promise(int state) {
        return top[belief(state)] * promiseIndex(state) / (points - 1);
    }

    /**
     * @param state a state index
     * @return the threat {@code ŵ}
     */
    public double threat(int state) {
        return top[1 - belief(state)] * threatIndex(state) / (points - 1);
    }

    /**
     * {@inheritDoc} Here the program in the class comment at every state whose value is finite, with
     * continuations restricted to such states; a state whose program is infeasible becomes infeasible
     * (value {@code -∞}). The returned values are the greedy policy's backup of {@code values}.
     * Cancellation is polled before each program.
     *
     * @param values {@code V} per state; {@code -∞} marks a state that cannot be promised; no NaN or {@code +∞}
     * @return the backup with the greedy policy, or the status of the first program that ended neither
     *         optimal nor infeasible, with its state in the note
     */
    @Override
    public Solution<ValueFunction<PersistentAllocationPolicy>> improve(double[] values, SolverOptions options) {
        requireValues(values);
        Arguments.notNull("options", options);
        int cells = points * points;
        boolean[] feasible = new boolean[stateCount()];
        double[][] funding = new double[stateCount()][2];
        double[][][] continuation = new double[stateCount()][2][cells];
        for (int s = 0; s < stateCount(); s++) {
            if (values[s] == Double.NEGATIVE_INFINITY) {
                continue;
            }
            Program program = new Program(s, values);
            Solution<LinearProgram.Point> result = program.lp.maximise(options);
            if (result.status() == Status.INFEASIBLE) {
                continue;
            }
            if (!result.isOptimal()) {
                return Solution.failure(result.status() == Status.ITERATION_LIMIT ? Status.FAILED : result.status(),
                        Diagnostics.iterations(1).withNote("the program at state " + s + " ended " + result.status()));
            }
            feasible[s] = true;
            LinearProgram.Point point = result.value();
            for (int i = 0; i < 2; i++) {
                funding[s][i] = Math.min(1, Math.max(0, point.value(program.x[i])));
                for (int g = 0; g < cells; g++) {
                    if (program.y[i][g] != null) {
                        continuation[s][i][g] = point.value(program.y[i][g]);
                    }
                }
                clean(continuation[s][i]);
            }
        }
        PersistentAllocationPolicy policy = new PersistentAllocationPolicy(this, feasible, funding, continuation);
        return Solution.optimal(new ValueFunction<>(policy.backup(values), policy), Diagnostics.iterations(stateCount()));
    }

    /**
     * {@inheritDoc} Here {@link PersistentAllocationPolicy#backup}.
     */
    @Override
    public double[] backup(PersistentAllocationPolicy policy, double[] values) {
        if (Arguments.notNull("policy", policy).problem() != this) {
            throw new IllegalArgumentException("policy must belong to this problem (" + this + ")");
        }
        return policy.backup(values);
    }

    /**
     * LP-based value-function iteration from {@code V = 0} on every grid state by the
     * {@link ValueIteration} driver, with {@code evaluationSweeps − 1} sweeps of the greedy policy's own
     * recursion between LP rounds (modified policy iteration, Puterman 1994, §6.5; skipped after a round
     * that dropped a state, whose greedy policy may still lead into it). A round that drops a state has
     * infinite residual; the iteration stops when no state was dropped and {@code ||T V - V||_∞} over the
     * kept states is at most the tolerance. Each round solves up to {@link #stateCount()} linear programs.
     *
     * @param options tolerance (Bellman residual), iteration limit (LP rounds), evaluation sweeps, progress,
     *                cancellation
     * @return the values whose residual was measured with their greedy policy, or the failed status
     * @throws IllegalArgumentException if {@code options} is null
     * @throws java.util.concurrent.CancellationException if cancellation was requested
     */
    public Solution<ValueFunction<PersistentAllocationPolicy>> solve(SolverOptions options) {
        return ValueIteration.solve(this, new double[stateCount()], Arguments.notNull("options", options),
                "persistent allocation LP iteration, " + stateCount() + " states");
    }

    private void requireValues(double[] values) {
        if (Arguments.notNull("values", values).length != stateCount()) {
            throw new IllegalArgumentException("values must have one entry per state: expected " + stateCount()
                    + " (got " + values.length + ")");
        }
        for (double v : values) {
            if (Double.isNaN(v) || v == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException("values must be finite or -Infinity (got " + v + ")");
            }
        }
    }

    /** The linear program of one state with its variables. */
    private final class Program {
        final LinearProgram lp = LinearProgram.create();
        final LinearProgram.Variable[] x = new LinearProgram.Variable[2];
        final LinearProgram.Variable[][] y;

        Program(int s, double[] values) {
            int j = belief(s);
            int cells = points * points;
            y = new LinearProgram.Variable[2][cells];
            double delta = model.discount();
            LinearProgram.Constraint promise = lp.constraint("promise").level(promise(s));
            LinearProgram.Constraint threat = lp.constraint("threat").upper(threat(s));
            LinearProgram.Constraint[] ic = {lp.constraint("IC0").lower(0), lp.constraint("IC1").lower(0)};
            for (int i = 0; i < 2; i++) {
                double own = model.transition(j, i);
                double other = model.transition(1 - j, i);
                double flow = (1 - delta) * model.value(i);
                x[i] = lp.variable("x" + i).lower(0).upper(1).weight(own * (1 - delta) * (model.value(i) - model.cost()));
                promise.set(x[i], own * flow);
                threat.set(x[i], other * flow);
                ic[i].set(x[i], flow);
                ic[1 - i].set(x[i], -(1 - delta) * model.value(1 - i));
                LinearProgram.Constraint sum = lp.constraint("y" + i).level(1);
                for (int g = 0; g < cells; g++) {
                    int next = i * cells + g;
                    if (values[next] == Double.NEGATIVE_INFINITY) {
                        continue;
                    }
                    LinearProgram.Variable v = lp.variable("y" + i + "_" + g).lower(0).weight(own * delta * values[next]);
                    y[i][g] = v;
                    sum.set(v, 1);
                    promise.set(v, own * delta * promise(next));
                    threat.set(v, other * delta * promise(next));
                    ic[i].set(v, delta * promise(next));
                    ic[1 - i].set(v, -delta * threat(next));
                }
            }
        }
    }

    private static void clean(double[] lottery) {
        double sum = 0;
        for (int k = 0; k < lottery.length; k++) {
            lottery[k] = lottery[k] < 1e-10 ? 0 : Math.min(1, lottery[k]);
            sum += lottery[k];
        }
        for (int k = 0; k < lottery.length; k++) {
            lottery[k] /= sum;
        }
    }

    @Override
    public String toString() {
        return "PersistentAllocationProblem[" + model + ", " + points + "x" + points + " grid per belief]";
    }
}
