package org.mdlab.mechanism;

import org.mdlab.optimisation.SolverState;

import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * Whether the efficient allocation of a {@link DataDrivenEnvironment} can be implemented in ex-post
 * equilibrium by a <em>message-driven</em> mechanism, whose transfers {@code t_i(θ, s)} depend on
 * reports only (Bergemann et al., arXiv 2412.16132, Definition "Ex-post implementation"; Jehiel and
 * Moldovanu 2001). It is a feasibility LP in the free variables {@code t_i(θ, s)}: for every agent,
 * type profile, positive-probability signal profile and report with a positive-probability signal
 * profile, {@code v_i(x*(θ,s), θ_i, s) + t_i(θ,s) >= v_i(x*(θ',s'), θ_i, s) + t_i(θ',s')}. Reports
 * that produce zero-probability signal profiles are left out: the designer can punish them at will.
 * {@link SolverState#INFEASIBLE} certifies that no message-driven mechanism implements x*.
 */
public final class MessageDrivenLp {

    private MessageDrivenLp() {
    }

    /**
     * Solves the feasibility LP.
     *
     * @param env the environment
     * @return {@link SolverState#OPTIMAL} if ex-post IC transfers exist, {@link SolverState#INFEASIBLE} if not
     */
    public static SolverState exPostTransfers(DataDrivenEnvironment env) {
        int n = env.agents();
        int typeProfiles = env.typeProfiles();
        int signalProfiles = env.signalProfiles();
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Variable[][][] t = new Variable[n][typeProfiles][signalProfiles];
        int[][] efficient = new int[typeProfiles][signalProfiles];
        for (int tp = 0; tp < typeProfiles; tp++) {
            for (int sp = 0; sp < signalProfiles; sp++) {
                efficient[tp][sp] = env.signalProbability(sp) > 0 ? DataDrivenVcg.efficientOutcome(env, tp, sp) : -1;
                for (int i = 0; i < n; i++) {
                    t[i][tp][sp] = model.addVariable("t" + i + "_" + tp + "_" + sp).weight(0);
                }
            }
        }
        int count = 0;
        for (int sp = 0; sp < signalProfiles; sp++) {
            if (efficient[0][sp] < 0) {
                continue;
            }
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
                            Expression ic = model.addExpression("IC" + count++).lower(loss);
                            ic.set(t[i][tp][sp], 1);
                            ic.set(t[i][tp2][sp2], -1);
                        }
                    }
                }
            }
        }
        Optimisation.Result result = model.minimise();
        Optimisation.State s = result.getState();
        if (s.isFeasible()) {
            return SolverState.OPTIMAL;
        }
        if (s == Optimisation.State.INFEASIBLE) {
            return SolverState.INFEASIBLE;
        }
        return s == Optimisation.State.UNBOUNDED ? SolverState.UNBOUNDED : SolverState.FAILED;
    }
}
