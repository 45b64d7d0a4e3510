package org.mdlab.mechanism;

import org.mdlab.market.Arguments;
import org.mdlab.optimisation.LinearProgram;
import org.mdlab.optimisation.Solution;
import org.mdlab.optimisation.SolverOptions;

/**
 * Whether the efficient allocation of a {@link DataDrivenEnvironment} can be implemented in ex-post
 * equilibrium by a <em>message-driven</em> mechanism, whose transfers {@code t_i(θ, s)} depend on
 * reports only (Bergemann et al., arXiv 2412.16132, Definition "Ex-post implementation"; Jehiel and
 * Moldovanu 2001). It is a feasibility LP in the free variables {@code t_i(θ, s)}: for every agent,
 * type profile, positive-probability signal profile and report with a positive-probability signal
 * profile, {@code v_i(x*(θ,s), θ_i, s) + t_i(θ,s) >= v_i(x*(θ',s'), θ_i, s) + t_i(θ',s')}. Reports
 * that produce zero-probability signal profiles are left out: the designer can punish them at will.
 * {@link org.mdlab.optimisation.Status#INFEASIBLE} certifies that no message-driven mechanism implements x*;
 * any feasible point is a solution, so a feasible point is reported as optimal.
 */
public final class MessageDrivenLp {

    private MessageDrivenLp() {
    }

    /** The most LP variables {@code n · T · S} accepted ({@value}). */
    public static final long MAX_VARIABLES = 50_000;

    /**
     * Solves the feasibility LP with the default solver options.
     *
     * @param env the environment; not null
     * @return ex-post IC transfers when they exist ({@link org.mdlab.optimisation.Status#OPTIMAL}),
     *         {@link org.mdlab.optimisation.Status#INFEASIBLE} when no message-driven mechanism implements x*
     * @throws IllegalArgumentException as {@link #solve(DataDrivenEnvironment, SolverOptions)}
     */
    public static Solution<MessageTransfers> solve(DataDrivenEnvironment env) {
        return solve(env, SolverOptions.defaults());
    }

    /**
     * Solves the feasibility LP in the free variables {@code t_i(θ, s)}: {@code n · T · S} variables for
     * {@code T} type and {@code S} signal profiles.
     *
     * @param env     the environment; not null, with at most {@link #MAX_VARIABLES} transfers
     * @param options read for cancellation; not null
     * @return ex-post IC transfers when they exist ({@link org.mdlab.optimisation.Status#OPTIMAL}),
     *         {@link org.mdlab.optimisation.Status#INFEASIBLE} when no message-driven mechanism implements x*
     * @throws IllegalArgumentException if an argument is null or the LP exceeds {@link #MAX_VARIABLES}
     */
    public static Solution<MessageTransfers> solve(DataDrivenEnvironment env, SolverOptions options) {
        Arguments.notNull("env", env);
        Arguments.notNull("options", options);
        int n = env.agents();
        int typeProfiles = env.typeProfiles();
        int signalProfiles = env.signalProfiles();
        Arguments.sizeAtMost("transfers n·T·S with n = " + n + " agents, T = " + typeProfiles + " type profiles, S = "
                + signalProfiles + " signal profiles", Math.multiplyExact(Math.multiplyExact((long) n, typeProfiles),
                (long) signalProfiles), MAX_VARIABLES, "one LP column per transfer and one row per agent, profile and report");
        LinearProgram program = LinearProgram.create();
        LinearProgram.Variable[][][] t = new LinearProgram.Variable[n][typeProfiles][signalProfiles];
        int[][] efficient = new int[typeProfiles][signalProfiles];
        for (int tp = 0; tp < typeProfiles; tp++) {
            for (int sp = 0; sp < signalProfiles; sp++) {
                efficient[tp][sp] = env.signalProbability(sp) > 0 ? DataDrivenVcg.efficientOutcome(env, tp, sp) : -1;
                for (int i = 0; i < n; i++) {
                    t[i][tp][sp] = program.variable("t" + i + "_" + tp + "_" + sp).weight(0);
                }
            }
        }
        int count = 0;
        for (int sp = 0; sp < signalProfiles; sp++) {
            if (efficient[0][sp] < 0) {
                continue;
            }
            options.cancellation().check("message-driven transfer LP");
            double[] post = env.posterior(sp);
            for (int tp = 0; tp < typeProfiles; tp++) {
                int[] types = DataDrivenEnvironment.digits(tp, env.typeCounts());
                for (int i = 0; i < n; i++) {
                    for (int rt = 0; rt < env.typeCount(i); rt++) {
                        int tp2 = DataDrivenEnvironment.replace(tp, env.typeCounts(), i, rt);
                        for (int rs = 0; rs < env.signalCount(i); rs++) {
                            int sp2 = DataDrivenEnvironment.replace(sp, env.signalCounts(), i, rs);
                            if ((tp2 == tp && sp2 == sp) || efficient[tp2][sp2] < 0) {
                                continue;
                            }
                            double loss = env.expectedUtility(post, i, types[i], efficient[tp2][sp2])
                                    - env.expectedUtility(post, i, types[i], efficient[tp][sp]);
                            program.constraint("IC" + count++).lower(loss).set(t[i][tp][sp], 1).set(t[i][tp2][sp2], -1);
                        }
                    }
                }
            }
        }
        Solution<LinearProgram.Point> point = program.minimise(options);
        return point.payload().<Solution<MessageTransfers>>map(
                        p -> Solution.optimal(transfers(p, t), point.diagnostics()))
                .orElseGet(() -> Solution.failure(point.status(), point.diagnostics()));
    }

    private static MessageTransfers transfers(LinearProgram.Point point, LinearProgram.Variable[][][] t) {
        double[][][] values = new double[t.length][t[0].length][t[0][0].length];
        for (int i = 0; i < t.length; i++) {
            for (int tp = 0; tp < t[i].length; tp++) {
                for (int sp = 0; sp < t[i][tp].length; sp++) {
                    values[i][tp][sp] = point.value(t[i][tp][sp]);
                }
            }
        }
        return new MessageTransfers(values);
    }
}
