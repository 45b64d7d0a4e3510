package org.mdlab.dynamic.contracts;

import org.mdlab.dynamic.ValueIteration;
import org.mdlab.market.Arguments;
import org.mdlab.optimisation.Solution;
import org.mdlab.optimisation.SolverOptions;

/**
 * A policy of a {@link PersistentAllocationProblem}: at each state {@code (j, w, ŵ)} that can be promised,
 * the funding probability {@code x_i} and the lottery {@code y_i} over next states {@code (i, w', ŵ')} for
 * each report {@code i} (Guo and Hörner, Markov values; state of Fernandes and Phelan 2000, §3). Gives
 * the principal's backup, the law of motion under truthful reporting, the chain lumped into "never fund",
 * transient and "always fund" states, and an audit of the policy against the agent's true values.
 * Immutable.
 */
public final class PersistentAllocationPolicy {

    private final PersistentAllocationProblem problem;
    private final boolean[] feasible;
    private final double[][] funding;
    private final double[][][] continuation;

    PersistentAllocationPolicy(PersistentAllocationProblem problem, boolean[] feasible, double[][] funding,
                               double[][][] continuation) {
        this.problem = problem;
        this.feasible = feasible;
        this.funding = funding;
        this.continuation = continuation;
    }

    /**
     * The audit of a policy against the agent's true values {@code A(s, k)} ({@link AgentValues}) (utility from state {@code s}
     * of an agent whose type today is {@code k} and who reports truthfully from now on).
     *
     * Every component is a violation: {@code >= 0}, and 0 when the constraint holds exactly.
     *
     * @param incentiveViolation {@code max(0, max_{s,k} [deviation payoff - A(s,k)])}, the deviation being
     *                           one false report today followed by truth
     * @param promiseGap         {@code max_s |Σ_k P(j,k) A(s,k) - w(s)|} (promise keeping)
     * @param threatViolation    {@code max(0, max_s [Σ_k P(1-j,k) A(s,k) - ŵ(s)])} (threat keeping)
     */
    public record Audit(double incentiveViolation, double promiseGap, double threatViolation) {

        /**
         * Validates.
         *
         * @throws IllegalArgumentException if a violation is negative or NaN
         */
        public Audit {
            Arguments.nonNegative("incentiveViolation", incentiveViolation);
            Arguments.nonNegative("promiseGap", promiseGap);
            Arguments.nonNegative("threatViolation", threatViolation);
        }

        /**
         * Whether the policy is incentive compatible and keeps its promises and threats up to a tolerance.
         *
         * @param tolerance the largest admissible violation, in utility units; {@code >= 0}
         * @return whether every violation is at most {@code tolerance}
         */
        public boolean holds(double tolerance) {
            Arguments.nonNegative("tolerance", tolerance);
            return incentiveViolation <= tolerance && promiseGap <= tolerance && threatViolation <= tolerance;
        }
    }

    /** @return the problem */
    public PersistentAllocationProblem problem() {
        return problem;
    }

    /**
     * @param state a state index
     * @return whether the state can be promised (its program was feasible)
     */
    public boolean feasible(int state) {
        return feasible[state(state)];
    }

    /**
     * @param state  a state index
     * @param report the reported type
     * @return {@code x_report}; 0 at states that cannot be promised
     */
    public double funding(int state, int report) {
        return funding[state(state)][Arguments.index("report", report, 2)];
    }

    /**
     * @param state a state index
     * @return the expected funding probability under truthful reporting, {@code Σ_i P(j,i) x_i}
     */
    public double expectedFunding(int state) {
        int j = problem.belief(state(state));
        return problem.model().transition(j, 0) * funding[state][0] + problem.model().transition(j, 1) * funding[state][1];
    }

    /**
     * @param state  a state index
     * @param report the reported type {@code i}
     * @return the lottery {@code y_i} over the {@code n²} states of belief {@code i} (a copy)
     */
    public double[] continuation(int state, int report) {
        return continuation[state(state)][Arguments.index("report", report, 2)].clone();
    }

    /**
     * The principal's backup {@code (T_π V)(s) = Σ_i P(j,i) [(1-δ) x_i (v_i - c) + δ E_{y_i} V]}.
     *
     * @param values {@code V} per state
     * @return the backup; {@code -∞} at states that cannot be promised
     * @throws IllegalArgumentException if values has the wrong length
     */
    public double[] backup(double[] values) {
        if (values == null || values.length != problem.stateCount()) {
            throw new IllegalArgumentException("values must have one entry per state: expected "
                    + problem.stateCount() + " (got " + (values == null ? "null" : values.length) + ")");
        }
        PersistentAllocation model = problem.model();
        double delta = model.discount();
        int cells = problem.points() * problem.points();
        double[] next = new double[values.length];
        for (int s = 0; s < values.length; s++) {
            if (!feasible[s]) {
                next[s] = Double.NEGATIVE_INFINITY;
                continue;
            }
            int j = problem.belief(s);
            double total = 0;
            for (int i = 0; i < 2; i++) {
                double expectation = 0;
                for (int g = 0; g < cells; g++) {
                    if (continuation[s][i][g] > 0) {
                        expectation += continuation[s][i][g] * values[i * cells + g];
                    }
                }
                total += model.transition(j, i)
                        * ((1 - delta) * funding[s][i] * (model.value(i) - model.cost()) + delta * expectation);
            }
            next[s] = total;
        }
        return next;
    }

    /**
     * The law of motion under truthful reporting: from {@code s} to {@code (i, g)} with probability
     * {@code P(j,i) y_i(g)}; rows of states that cannot be promised are zero.
     *
     * @return the {@code 2n² × 2n²} matrix
     */
    public double[][] transitions() {
        int cells = problem.points() * problem.points();
        double[][] matrix = new double[problem.stateCount()][problem.stateCount()];
        for (int s = 0; s < matrix.length; s++) {
            if (!feasible[s]) {
                continue;
            }
            int j = problem.belief(s);
            for (int i = 0; i < 2; i++) {
                for (int g = 0; g < cells; g++) {
                    matrix[s][i * cells + g] += problem.model().transition(j, i) * continuation[s][i][g];
                }
            }
        }
        return matrix;
    }

    /**
     * The index of a state in {@link #chain()}: 0 for "never fund" (promise 0), the last index for
     * "always fund" (promise {@code w̄_j}), the transient states in state order in between.
     *
     * @param state a state that can be promised
     * @return its chain index
     * @throws IllegalArgumentException if the state cannot be promised
     */
    public int chainState(int state) {
        if (state < 0 || state >= feasible.length || !feasible[state]) {
            throw new IllegalArgumentException("state " + state + " must be a state that can be promised");
        }
        return chainIndices()[state];
    }

    /**
     * The law of motion lumped into "never fund" (every state with promise 0: funding and promise are
     * zero after every report), the transient states, and "always fund" (promise {@code w̄_j}, which forces
     * funding and the top promise after every report); both classes are closed, so they are the absorbing
     * states. The chain's "grid" is the chain index {@code 0, 1, …}, a label.
     *
     * @return the lumped chain
     */
    public PromisedUtilityChain chain() {
        int size = transientCount() + 2;
        double[][] lumped = new double[size][size];
        lumped[0][0] = 1;
        lumped[size - 1][size - 1] = 1;
        double[][] full = transitions();
        int[] index = chainIndices();
        int top = problem.points() - 1;
        for (int s = 0; s < full.length; s++) {
            if (!feasible[s] || problem.promiseIndex(s) == 0 || problem.promiseIndex(s) == top) {
                continue;
            }
            int from = index[s];
            double sum = 0;
            for (int t = 0; t < full.length; t++) {
                if (full[s][t] > 0) {
                    lumped[from][index[t]] += full[s][t];
                    sum += full[s][t];
                }
            }
            for (int t = 0; t < size; t++) {
                lumped[from][t] /= sum;
            }
        }
        double[] labels = new double[size];
        for (int k = 0; k < size; k++) {
            labels[k] = k;
        }
        return PromisedUtilityChain.of(labels, lumped);
    }

    /**
     * The agent's true values {@code A(s, k)} under truthful reporting,
     * {@code A(s,k) = (1-δ) x_k v_k + δ Σ_g y_k(g) Σ_{k'} P(k,k') A((k,g), k')}, by successive approximation
     * on the library's engine ({@link ValueIteration#evaluate}, a δ-contraction): stops when the values are
     * within {@link SolverOptions#tolerance()} of the fixed point, or reports
     * {@link org.mdlab.optimisation.Status#ITERATION_LIMIT} with the last iterate after
     * {@link SolverOptions#iterationLimit()} sweeps. Cancellation is polled every sweep.
     *
     * @param options tolerance (accuracy of the values), iteration limit (sweeps), cancellation; not null
     * @return the values, with the states that cannot be promised marked
     * @throws IllegalArgumentException if {@code options} is null
     */
    public Solution<AgentValues> agentValues(SolverOptions options) {
        Arguments.notNull("options", options);
        int states = problem.stateCount();
        return ValueIteration.evaluate(this::agentBackup, problem.model().discount(), new double[2 * states], options,
                "agent values of the persistent-allocation policy").map(flat -> {
                    double[][] values = new double[states][2];
                    for (int s = 0; s < states; s++) {
                        values[s][0] = flat[2 * s];
                        values[s][1] = flat[2 * s + 1];
                    }
                    return new AgentValues(feasible, values);
                });
    }

    /**
     * Audits the policy against {@link #agentValues(SolverOptions)}: one-shot deviations at every state that
     * can be promised, promise keeping and threat keeping.
     *
     * @param options the options of the agent-value evaluation; not null
     * @return the audit, or the evaluation's status when it did not converge
     * @throws IllegalArgumentException if {@code options} is null
     */
    public Solution<Audit> audit(SolverOptions options) {
        Solution<AgentValues> solved = agentValues(options);
        return solved.isOptimal() ? Solution.optimal(audit(solved.value()), solved.diagnostics())
                : Solution.failure(solved.status(), solved.diagnostics());
    }

    private Audit audit(AgentValues agent) {
        PersistentAllocation model = problem.model();
        double delta = model.discount();
        double[][] values = new double[problem.stateCount()][2];
        for (int s = 0; s < values.length; s++) {
            if (feasible[s]) {
                values[s][0] = agent.value(s, 0);
                values[s][1] = agent.value(s, 1);
            }
        }
        double slack = Double.POSITIVE_INFINITY;
        double gap = 0;
        double excess = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < values.length; s++) {
            if (!feasible[s]) {
                continue;
            }
            int j = problem.belief(s);
            for (int k = 0; k < 2; k++) {
                double deviation = (1 - delta) * funding[s][1 - k] * model.value(k)
                        + delta * continuationValue(values, s, 1 - k, k);
                slack = Math.min(slack, values[s][k] - deviation);
            }
            double delivered = model.transition(j, 0) * values[s][0] + model.transition(j, 1) * values[s][1];
            double threat = model.transition(1 - j, 0) * values[s][0] + model.transition(1 - j, 1) * values[s][1];
            gap = Math.max(gap, Math.abs(delivered - problem.promise(s)));
            excess = Math.max(excess, threat - problem.threat(s));
        }
        return new Audit(Math.max(0, -slack), gap, Math.max(0, excess));
    }

    private double[] agentBackup(double[] flat) {
        PersistentAllocation model = problem.model();
        double delta = model.discount();
        double[][] values = new double[problem.stateCount()][2];
        for (int s = 0; s < values.length; s++) {
            values[s][0] = flat[2 * s];
            values[s][1] = flat[2 * s + 1];
        }
        double[] next = new double[flat.length];
        for (int s = 0; s < values.length; s++) {
            if (feasible[s]) {
                for (int k = 0; k < 2; k++) {
                    next[2 * s + k] = (1 - delta) * funding[s][k] * model.value(k) + delta * continuationValue(values, s, k, k);
                }
            }
        }
        return next;
    }

    private double continuationValue(double[][] values, int state, int report, int type) {
        PersistentAllocation model = problem.model();
        int cells = problem.points() * problem.points();
        double total = 0;
        for (int g = 0; g < cells; g++) {
            double y = continuation[state][report][g];
            if (y > 0) {
                int next = report * cells + g;
                total += y * (model.transition(type, 0) * values[next][0] + model.transition(type, 1) * values[next][1]);
            }
        }
        return total;
    }

    private int transientCount() {
        int top = problem.points() - 1;
        int count = 0;
        for (int s = 0; s < feasible.length; s++) {
            count += feasible[s] && problem.promiseIndex(s) != 0 && problem.promiseIndex(s) != top ? 1 : 0;
        }
        return count;
    }

    private int[] chainIndices() {
        int top = problem.points() - 1;
        int last = transientCount() + 1;
        int[] index = new int[feasible.length];
        int next = 1;
        for (int s = 0; s < feasible.length; s++) {
            if (!feasible[s]) {
                index[s] = -1;
            } else if (problem.promiseIndex(s) == 0) {
                index[s] = 0;
            } else if (problem.promiseIndex(s) == top) {
                index[s] = last;
            } else {
                index[s] = next++;
            }
        }
        return index;
    }

    private int state(int state) {
        return Arguments.index("state", state, feasible.length);
    }

    @Override
    public String toString() {
        return "PersistentAllocationPolicy[" + problem + ", " + transientCount() + " transient states]";
    }
}
