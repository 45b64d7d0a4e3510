package org.mdlab.dynamic.pivot;

import org.mdlab.optimisation.Cancellation;

import org.mdlab.dynamic.MarkovDecisionProblem;
import org.mdlab.dynamic.StationaryPolicy;
import org.mdlab.dynamic.ValueFunction;

import org.mdlab.market.Arguments;
import org.mdlab.optimisation.Solution;
import org.mdlab.optimisation.SolverOptions;
import org.mdlab.optimisation.Status;

import java.util.SplittableRandom;

/**
 * The dynamic pivot mechanism of Bergemann and Välimäki (2010, "The Dynamic Pivot Mechanism",
 * Econometrica 78(2): 771–789) on a finite {@link DynamicEnvironment}. The efficient policy {@code x*}
 * and welfare {@code W} solve the social problem; {@code W_{-i}} solves it without agent {@code i}'s
 * values; agent {@code i}'s marginal contribution is {@code M_i = W - W_{-i}}, its flow
 * marginal contribution {@code m_i(θ) = M_i(θ) - δ E[M_i(θ') | θ, x*(θ)]}, and the flow
 * payment is {@code p_i(θ) = v_i(x*(θ), θ_i) - m_i(θ)} (Theorem 1). All value functions are computed
 * by value iteration to a stated Bellman-residual tolerance; the residuals travel with the result.
 */
public final class DynamicPivotMechanism {

    private final DynamicEnvironment environment;
    private final MarkovDecisionProblem social;
    private final Solution<ValueFunction<StationaryPolicy>> welfare;
    private final Solution<ValueFunction<StationaryPolicy>>[] welfareWithout;
    private final Status status;
    private final double[][] payments;
    private final double[][] utilities;
    private final double tolerance;

    @SuppressWarnings("unchecked")
    private DynamicPivotMechanism(DynamicEnvironment environment, SolverOptions options) {
        this.environment = environment;
        this.tolerance = options.tolerance();
        int n = environment.agentCount();
        int states = environment.stateCount();
        this.social = environment.socialProblem(-1);
        this.welfare = social.solve(options);
        this.welfareWithout = new Solution[n];
        this.payments = new double[n][states];
        this.utilities = new double[n][];
        ValueFunction<StationaryPolicy> efficient = welfare.payload().orElseThrow();
        StationaryPolicy policy = efficient.policy();
        boolean optimal = welfare.isOptimal();
        for (int i = 0; i < n; i++) {
            welfareWithout[i] = environment.socialProblem(i).solve(options);
            optimal &= welfareWithout[i].isOptimal();
            ValueFunction<StationaryPolicy> without = welfareWithout[i].payload().orElseThrow();
            double[] contribution = new double[states];
            for (int s = 0; s < states; s++) {
                contribution[s] = efficient.value(s) - without.value(s);
            }
            double[] flow = new double[states];
            for (int s = 0; s < states; s++) {
                int a = policy.action(s);
                double flowContribution = contribution[s] - environment.discount() * social.expectation(s, a, contribution);
                payments[i][s] = environment.value(i, s, a) - flowContribution;
                flow[s] = environment.value(i, s, a) - payments[i][s];
            }
            Solution<double[]> utility = social.evaluate(policy, flow, options);
            optimal &= utility.isOptimal();
            utilities[i] = utility.payload().orElseThrow();
        }
        this.status = optimal ? Status.OPTIMAL : Status.ITERATION_LIMIT;
    }

    private int agent(int agent) {
        return Arguments.index("agent", agent, payments.length);
    }

    private int state(int state) {
        return Arguments.index("state", state, environment.stateCount());
    }

    /**
     * The sweeps allowed to each value iteration: ten times the number after which {@code δ^k} falls below
     * {@code tolerance (1 − δ)}, plus 1000, computed without overflow (saturating at {@link Long#MAX_VALUE}).
     */
    static long iterationLimit(double tolerance, double discount) {
        double sweeps = 10 * Math.ceil(Math.log(tolerance * (1 - discount)) / Math.log(discount)) + 1000;
        return sweeps >= Long.MAX_VALUE ? Long.MAX_VALUE : Math.max(1000, (long) sweeps);
    }

    /**
     * Solves the social problem and the {@code n} problems without one agent, and computes the payments.
     * Cost: {@code n + 1} value iterations plus {@code n} policy evaluations on the joint state space.
     *
     * @param environment the environment
     * @param tolerance   the Bellman-residual tolerance of every value iteration; {@code > 0}
     * @return the mechanism
     * @throws IllegalArgumentException if the tolerance is not positive and finite
     */
    public static DynamicPivotMechanism of(DynamicEnvironment environment, double tolerance) {
        Arguments.notNull("environment", environment);
        Arguments.positive("tolerance", tolerance);
        return of(environment, SolverOptions.defaults().withTolerance(tolerance)
                .withIterationLimit(iterationLimit(tolerance, environment.discount())));
    }

    /**
     * The mechanism with explicit solver options: every value iteration and policy evaluation runs with
     * {@code options} (tolerance in the units of the values, sweep limit, evaluation sweeps, progress and
     * cancellation); {@link #status()} says whether all of them met the tolerance.
     *
     * @param environment the environment; not null
     * @param options     the options of the {@code n + 1} value iterations and {@code n} evaluations; not null
     * @return the mechanism
     * @throws IllegalArgumentException if an argument is null
     * @throws java.util.concurrent.CancellationException if cancellation was requested
     */
    public static DynamicPivotMechanism of(DynamicEnvironment environment, SolverOptions options) {
        Arguments.notNull("environment", environment);
        Arguments.notNull("options", options);
        return new DynamicPivotMechanism(environment, options);
    }

    /**
     * The environment.
     *
     * @return the environment the mechanism was computed for
     */
    public DynamicEnvironment environment() {
        return environment;
    }

    /**
     * The efficient allocation {@code x*(θ)}.
     *
     * @param state a joint state
     * @return the allocation
     */
    public int allocation(int state) {
        return welfare.payload().orElseThrow().policy().action(state(state));
    }

    /**
     * The efficient welfare {@code W(θ)}.
     *
     * @param state a joint state
     * @return {@code W}
     */
    public double welfare(int state) {
        return welfare.payload().orElseThrow().value(state(state));
    }

    /**
     * The welfare without agent {@code i}, {@code W_{-i}(θ)}.
     *
     * @param agent an agent
     * @param state a joint state
     * @return {@code W_{-i}}
     */
    public double welfareWithout(int agent, int state) {
        return welfareWithout[agent(agent)].payload().orElseThrow().value(state(state));
    }

    /**
     * The marginal contribution {@code M_i(θ) = W(θ) - W_{-i}(θ)} (Bergemann and Välimäki 2010).
     *
     * @param agent an agent
     * @param state a joint state
     * @return {@code M_i}
     */
    public double marginalContribution(int agent, int state) {
        return welfare(state) - welfareWithout(agent, state);
    }

    /**
     * The flow payment {@code p_i(θ) = v_i(x*(θ), θ_i) - [M_i(θ) - δ E M_i(θ')]} (Theorem 1).
     *
     * @param agent an agent
     * @param state a joint state
     * @return {@code p_i}
     */
    public double payment(int agent, int state) {
        return payments[agent(agent)][state(state)];
    }

    /**
     * Agent {@code i}'s expected discounted utility under truthful reporting, computed by policy
     * evaluation of the flow {@code v_i - p_i} along {@code x*}; Theorem 1 says it equals {@code M_i}.
     *
     * @param agent an agent
     * @param state a joint state
     * @return {@code U_i(θ)}
     */
    public double truthfulUtility(int agent, int state) {
        return utilities[agent(agent)][state(state)];
    }

    /**
     * The gain of agent {@code i}, of true type profile {@code θ}, from reporting {@code report} today and
     * truthfully from tomorrow on: {@code v_i(x*(r, θ_{-i}), θ_i) - p_i(r, θ_{-i})
     * + δ E[U_i(θ') | θ, x*(r, θ_{-i})] - U_i(θ)}. Non-positive for all reports is the one-shot-deviation
     * form of periodic ex post incentive compatibility (Bergemann and Välimäki 2010, Theorem 1).
     *
     * @param agent  an agent
     * @param state  the true joint state
     * @param report the reported type of agent {@code i}
     * @return the gain from the deviation
     */
    public double deviationGain(int agent, int state, int report) {
        agent(agent);
        state(state);
        int reported = environment.withType(state, agent, report);
        int a = allocation(reported);
        double deviation = environment.value(agent, state, a) - payments[agent][reported]
                + environment.discount() * social.expectation(state, a, utilities[agent]);
        return deviation - utilities[agent][state];
    }

    /**
     * The largest one-shot deviation gain over all agents, true states and reports.
     *
     * @return {@code max_{i, θ, r} deviationGain(i, θ, r)}; at most a numerical tolerance for a truthful mechanism
     */
    public double largestDeviationGain() {
        double largest = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < environment.agentCount(); i++) {
            Cancellation.threadInterrupt().check("deviation gains");
            int types = environment.agents().get(i).typeCount();
            for (int s = 0; s < environment.stateCount(); s++) {
                for (int r = 0; r < types; r++) {
                    largest = Math.max(largest, deviationGain(i, s, r));
                }
            }
        }
        return largest;
    }

    /**
     * The smallest truthful continuation utility over all agents and states; periodic individual
     * rationality requires it to be non-negative (Bergemann and Välimäki 2010, Theorem 1).
     *
     * @return {@code min_{i, θ} U_i(θ)}
     */
    public double smallestTruthfulUtility() {
        double smallest = Double.POSITIVE_INFINITY;
        for (double[] u : utilities) {
            for (double x : u) {
                smallest = Math.min(smallest, x);
            }
        }
        return smallest;
    }

    /**
     * The largest Bellman residual among the {@code n + 1} value iterations.
     *
     * @return the residual reached
     */
    public double largestResidual() {
        double largest = welfare.diagnostics().residual().orElseThrow();
        for (Solution<ValueFunction<StationaryPolicy>> solution : welfareWithout) {
            largest = Math.max(largest, solution.diagnostics().residual().orElseThrow());
        }
        return largest;
    }

    /**
     * Whether every value iteration and policy evaluation met the tolerance.
     *
     * @return {@link Status#OPTIMAL} if all did, else {@link Status#ITERATION_LIMIT}
     */
    public Status status() {
        return status;
    }

    /**
     * The tolerance the value iterations were run to.
     *
     * @return the Bellman-residual tolerance
     */
    public double tolerance() {
        return tolerance;
    }

    /**
     * A sample path under truthful reporting: states drawn from the joint type transition under the
     * efficient allocation, with each period's allocation and payments.
     *
     * @param initialState the joint state at {@code t = 0}
     * @param periods      the number of periods; {@code >= 1}
     * @param random       the seeded source of randomness
     * @return the path
     * @throws IllegalArgumentException if the state is out of range or {@code periods < 1}
     */
    public PivotPath simulate(int initialState, int periods, SplittableRandom random) {
        if (initialState < 0 || initialState >= environment.stateCount()) {
            throw new IllegalArgumentException("initialState must lie in 0.." + (environment.stateCount() - 1)
                    + " (got " + initialState + ")");
        }
        if (periods < 1) {
            throw new IllegalArgumentException("periods must be >= 1 (got " + periods + ")");
        }
        int n = environment.agentCount();
        int[] states = new int[periods];
        int[] allocations = new int[periods];
        double[][] paid = new double[periods][n];
        int state = initialState;
        Arguments.notNull("random", random);
        for (int t = 0; t < periods; t++) {
            Cancellation.threadInterrupt().check("pivot simulation");
            states[t] = state;
            allocations[t] = allocation(state);
            for (int i = 0; i < n; i++) {
                paid[t][i] = payments[i][state];
            }
            state = social.sample(state, allocations[t], random.nextDouble());
        }
        return new PivotPath(states, allocations, paid);
    }
}
