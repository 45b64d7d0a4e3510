package org.mdlab.dynamic;

import org.mdlab.optimisation.SolverState;
import org.mdlab.progress.Progress;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

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
public final class PersistentAllocationProblem {

    private final PersistentAllocation model;
    private final int points;
    private final double[] top;

    PersistentAllocationProblem(PersistentAllocation model, int points) {
        if (points < 2) {
            throw new IllegalArgumentException("points must be >= 2 (got " + points + ")");
        }
        this.model = model;
        this.points = points;
        this.top = new double[] {model.alwaysFundUtility(0), model.alwaysFundUtility(1)};
    }

    /** @return the model */
    public PersistentAllocation model() {
        return model;
    }

    /** @return grid points per axis, {@code n} */
    public int points() {
        return points;
    }

    /** @return the number of states {@code 2 n²} */
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
        return state / (points * points);
    }

    /**
     * @param state a state index
     * @return the promise index
     */
    public int promiseIndex(int state) {
        return state / points % points;
    }

    /**
     * @param state a state index
     * @return the threat index
     */
    public int threatIndex(int state) {
        return state % points;
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
     * One application of the Bellman operator: the program in the class comment at every state whose
     * value is finite, with continuations restricted to such states.
     *
     * @param values {@code V} per state; {@code -∞} marks a state that cannot be promised; no NaN or {@code +∞}
     * @return the greedy policy (states whose program is infeasible become infeasible), or the state of the
     *         first program that ended neither optimal nor infeasible
     * @throws IllegalArgumentException if values has the wrong length or a NaN or {@code +∞} entry
     */
    public PersistentAllocationStep bellman(double[] values) {
        if (values == null || values.length != stateCount()) {
            throw new IllegalArgumentException("values must have one entry per state: expected " + stateCount()
                    + " (got " + (values == null ? "null" : values.length) + ")");
        }
        for (double v : values) {
            if (Double.isNaN(v) || v == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException("values must be finite or -Infinity (got " + v + ")");
            }
        }
        int cells = points * points;
        boolean[] feasible = new boolean[stateCount()];
        double[][] funding = new double[stateCount()][2];
        double[][][] continuation = new double[stateCount()][2][cells];
        for (int s = 0; s < stateCount(); s++) {
            if (values[s] == Double.NEGATIVE_INFINITY) {
                continue;
            }
            Optimisation.Result result = program(s, values);
            SolverState state = SolverState.of(result.getState());
            if (state == SolverState.INFEASIBLE) {
                continue;
            }
            if (state != SolverState.OPTIMAL) {
                return PersistentAllocationStep.failed(state, s);
            }
            feasible[s] = true;
            int index = 0;
            for (int i = 0; i < 2; i++) {
                funding[s][i] = Math.min(1, Math.max(0, result.doubleValue(index++)));
                for (int g = 0; g < cells; g++) {
                    if (values[i * cells + g] != Double.NEGATIVE_INFINITY) {
                        continuation[s][i][g] = result.doubleValue(index++);
                    }
                }
                clean(continuation[s][i]);
            }
        }
        return PersistentAllocationStep.solved(new PersistentAllocationPolicy(this, feasible, funding, continuation));
    }

    /**
     * LP-based value-function iteration from {@code V = 0} on every grid state, with up to
     * {@code evaluationSweeps} sweeps of the greedy policy's own recursion between LP rounds (modified
     * policy iteration, Puterman 1994, §6.5; skipped after a round that dropped a state, whose greedy
     * policy may still lead into it). A round that drops a state has infinite residual; the
     * iteration stops when no state was dropped and {@code ||T V - V||_∞} over the kept states is at most
     * {@code tolerance}, or after {@code maxIterations} rounds.
     *
     * @param tolerance        the target Bellman residual; finite, {@code > 0}
     * @param maxIterations    the largest number of LP rounds; {@code >= 1}
     * @param evaluationSweeps policy-evaluation sweeps per round; {@code >= 0}
     * @return the values whose residual was measured with their greedy policy, or the failed solver state
     * @throws IllegalArgumentException if an argument breaks its rule
     */
    public PersistentAllocationSolution solve(double tolerance, int maxIterations, int evaluationSweeps) {
        if (!(tolerance > 0) || !Double.isFinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be finite and > 0 (got " + tolerance + ")");
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be >= 1 (got " + maxIterations + ")");
        }
        if (evaluationSweeps < 0) {
            throw new IllegalArgumentException("evaluationSweeps must be >= 0 (got " + evaluationSweeps + ")");
        }
        double[] values = new double[stateCount()];
        double residual = Double.POSITIVE_INFINITY;
        try (Progress progress = Progress.start("persistent allocation LP iteration, " + stateCount() + " states",
                maxIterations)) {
            for (int iteration = 1; ; iteration++) {
                PersistentAllocationStep step = bellman(values);
                progress.advance(1);
                if (!step.solved()) {
                    return PersistentAllocationSolution.failed(this, values, residual, iteration, step.state(),
                            step.failedState());
                }
                PersistentAllocationPolicy policy = step.policy();
                double[] next = policy.backup(values);
                residual = 0;
                for (int s = 0; s < values.length; s++) {
                    if (values[s] != Double.NEGATIVE_INFINITY) {
                        residual = Math.max(residual, next[s] == Double.NEGATIVE_INFINITY
                                ? Double.POSITIVE_INFINITY : Math.abs(next[s] - values[s]));
                    }
                }
                if (residual <= tolerance || iteration == maxIterations) {
                    Convergence convergence = residual <= tolerance ? Convergence.CONVERGED : Convergence.ITERATION_LIMIT;
                    return PersistentAllocationSolution.solved(values, policy, residual, iteration, convergence);
                }
                values = next;
                for (int sweep = 0; sweep < evaluationSweeps && residual < Double.POSITIVE_INFINITY; sweep++) {
                    values = policy.backup(values);
                }
            }
        }
    }

    private Optimisation.Result program(int s, double[] values) {
        int j = belief(s);
        int cells = points * points;
        double delta = model.discount();
        ExpressionsBasedModel lp = new ExpressionsBasedModel();
        Expression promise = lp.addExpression("promise").level(promise(s));
        Expression threat = lp.addExpression("threat").upper(threat(s));
        Expression[] ic = {lp.addExpression("IC0").lower(0), lp.addExpression("IC1").lower(0)};
        for (int i = 0; i < 2; i++) {
            double own = model.transition(j, i);
            double other = model.transition(1 - j, i);
            double flow = (1 - delta) * model.value(i);
            Variable x = lp.addVariable("x" + i).lower(0).upper(1)
                    .weight(own * (1 - delta) * (model.value(i) - model.cost()));
            promise.set(x, own * flow);
            threat.set(x, other * flow);
            ic[i].set(x, flow);
            ic[1 - i].set(x, -(1 - delta) * model.value(1 - i));
            Expression sum = lp.addExpression("y" + i).level(1);
            for (int g = 0; g < cells; g++) {
                int next = i * cells + g;
                if (values[next] == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                Variable y = lp.addVariable("y" + i + "_" + g).lower(0).weight(own * delta * values[next]);
                sum.set(y, 1);
                promise.set(y, own * delta * promise(next));
                threat.set(y, other * delta * promise(next));
                ic[i].set(y, delta * promise(next));
                ic[1 - i].set(y, -delta * threat(next));
            }
        }
        return lp.maximise();
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
