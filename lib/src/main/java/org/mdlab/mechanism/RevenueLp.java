package org.mdlab.mechanism;

import org.mdlab.market.Arguments;
import org.mdlab.optimisation.LinearProgram;
import org.mdlab.optimisation.Solution;
import org.mdlab.optimisation.SolverOptions;

/**
 * The revenue-maximising Bayesian incentive compatible and interim individually rational direct
 * mechanism for a finite {@link Environment}, as a linear program (Myerson 1981, §3, problem (3.1);
 * Vohra 2011, "Mechanism Design: A Linear Programming Approach", ch. 2). Variables: a lottery
 * {@code a[r][x] >= 0}, {@code sum_x a[r][x] = 1}, and free payments {@code p[r][i]} for every profile
 * {@code r}. Constraints: interim IC for every agent, type and misreport, and interim IR for every agent
 * and type. Objective: expected total payment. Size: {@code P(X + n)} variables and
 * {@code sum_i k_i^2 + P} constraints, so it is meant for small instances (e.g. to verify closed forms).
 */
public final class RevenueLp {

    private RevenueLp() {
    }

    /** The most LP variables {@code P(X + n)} accepted ({@value}): the program is dense in profiles. */
    public static final long MAX_VARIABLES = 20_000;

    /**
     * Solves the LP with the default solver options.
     *
     * @param env the environment; not null
     * @return the optimal mechanism, or the solver's status without it
     * @throws IllegalArgumentException as {@link #solve(Environment, SolverOptions)}
     */
    public static Solution<DirectMechanism> solve(Environment env) {
        return solve(env, SolverOptions.defaults());
    }

    /**
     * Solves the LP.
     *
     * @param env     the environment; not null, with at most {@link #MAX_VARIABLES} LP variables
     *                {@code P(X + n)}
     * @param options read for cancellation; not null
     * @return the optimal mechanism, or the solver's status without it
     * @throws IllegalArgumentException if an argument is null or the LP would exceed {@link #MAX_VARIABLES}
     */
    public static Solution<DirectMechanism> solve(Environment env, SolverOptions options) {
        Arguments.notNull("env", env);
        Arguments.notNull("options", options);
        int profiles = env.profiles();
        int outcomes = env.outcomeCount();
        int n = env.size();
        Arguments.sizeAtMost("LP variables P(X + n) with P = " + profiles + " profiles, X = " + outcomes
                + " outcomes, n = " + n + " agents", Math.multiplyExact((long) profiles, (long) outcomes + n),
                MAX_VARIABLES, "a dense simplex over P(X + n) columns and sum_i k_i^2 + P rows");
        LinearProgram program = LinearProgram.create();
        LinearProgram.Variable[][] a = new LinearProgram.Variable[profiles][outcomes];
        LinearProgram.Variable[][] p = new LinearProgram.Variable[profiles][n];
        for (int r = 0; r < profiles; r++) {
            LinearProgram.Constraint lottery = program.constraint("lottery " + r).level(1);
            for (int x = 0; x < outcomes; x++) {
                a[r][x] = program.variable("a" + r + "_" + x).lower(0).upper(1);
                lottery.set(a[r][x], 1);
            }
            for (int i = 0; i < n; i++) {
                p[r][i] = program.variable("p" + r + "_" + i).weight(env.probability(r));
            }
        }
        for (int i = 0; i < n; i++) {
            Agent agent = env.agent(i);
            for (int t = 0; t < agent.types(); t++) {
                LinearProgram.Constraint ir = program.constraint("IR " + i + "," + t).lower(0);
                addInterimUtility(env, ir, a, p, i, t, t, 1);
                for (int k = 0; k < agent.types(); k++) {
                    if (k != t) {
                        LinearProgram.Constraint ic = program.constraint("IC " + i + "," + t + "->" + k).lower(0);
                        addInterimUtility(env, ic, a, p, i, t, t, 1);
                        addInterimUtility(env, ic, a, p, i, t, k, -1);
                    }
                }
            }
        }
        return program.maximise(options).map(point -> mechanism(env, point, a, p));
    }

    private static DirectMechanism mechanism(Environment env, LinearProgram.Point point, LinearProgram.Variable[][] a,
            LinearProgram.Variable[][] p) {
        int profiles = env.profiles();
        int outcomes = env.outcomeCount();
        int n = env.size();
        double[][] allocation = new double[profiles][outcomes];
        double[][] payments = new double[profiles][n];
        for (int r = 0; r < profiles; r++) {
            double sum = 0;
            for (int x = 0; x < outcomes; x++) {
                allocation[r][x] = Math.max(0, point.value(a[r][x]));
                sum += allocation[r][x];
            }
            for (int x = 0; x < outcomes; x++) {
                allocation[r][x] /= sum;
            }
            for (int i = 0; i < n; i++) {
                payments[r][i] = point.value(p[r][i]);
            }
        }
        return new DirectMechanism(env, allocation, payments);
    }

    private static void addInterimUtility(Environment env, LinearProgram.Constraint e, LinearProgram.Variable[][] a,
            LinearProgram.Variable[][] p, int i, int trueType, int report, double sign) {
        Agent agent = env.agent(i);
        for (int r = 0; r < env.profiles(); r++) {
            int[] types = env.profile(r);
            if (types[i] != report) {
                continue;
            }
            double weight = 1;
            for (int j = 0; j < types.length; j++) {
                if (j != i) {
                    weight *= env.agent(j).probability(types[j]);
                }
            }
            for (int x = 0; x < env.outcomeCount(); x++) {
                e.add(a[r][x], sign * weight * agent.value(trueType, x));
            }
            e.add(p[r][i], -sign * weight);
        }
    }
}
