package org.mdlab.mechanism;

import java.util.ArrayList;
import java.util.List;
import org.mdlab.estimator.Estimator;
import org.mdlab.market.Arguments;

/**
 * The data-driven VCG mechanism of Bergemann, Bojko, Dütting, Paes Leme, Xu and Zuo ("Data-Driven
 * Mechanism Design: Jointly Eliciting Preferences and Information", arXiv 2412.16132, Definition
 * "Data-driven VCG"): agents report (θ_i, s_i); the allocation x* maximises
 * {@code sum_i E[u_i(x, ω, θ_i) | s]}; agent i receives
 * {@code t_i = h_i(θ_-i, s_-i, ω̂) + sum_{j≠i} u_j(x*, ω̂, θ_j)} with a realised estimate ω̂. Truthful
 * reporting is an ex-post equilibrium when ω̂ = ω (Theorem "Full revelation"), when ω̂ is unbiased and
 * utilities are affine in ω, and an ε_m-ex-post equilibrium with {@code ε_m → 0} for a uniformly
 * consistent sequence and Lipschitz utilities (Theorem "Consistent estimators"): for an L-Lipschitz
 * utility, {@code ε <= 2 sum_{j≠i} L_j sup_ω E|ω̂ - ω|}. The term h_i does not depend on i's report and
 * cancels from every incentive constraint, so {@link #epsilon} is the same for every choice of h.
 */
public final class DataDrivenVcg {

    /** The relative tolerance of ties between expected welfares ({@value}): ties go to the lowest outcome. */
    public static final double TIE = 1e-12;

    private DataDrivenVcg() {
    }

    /**
     * An efficient outcome at the reported profile (ties to the lowest index).
     *
     * @param env           the environment
     * @param typeProfile   the index of the reported type profile
     * @param signalProfile the index of the reported signal profile; positive probability
     * @return {@code x*(θ, s)}
     */
    public static int efficientOutcome(DataDrivenEnvironment env, int typeProfile, int signalProfile) {
        Arguments.notNull("env", env);
        Arguments.index("typeProfile", typeProfile, env.typeProfiles());
        double[] post = env.posterior(signalProfile);
        int[] types = DataDrivenEnvironment.digits(typeProfile, env.typeCounts());
        int best = 0;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int x = 0; x < env.outcomes().size(); x++) {
            double w = 0;
            for (int s = 0; s < post.length; s++) {
                if (post[s] > 0) {
                    for (int i = 0; i < types.length; i++) {
                        w += post[s] * env.utility().value(i, types[i], x, env.state(s));
                    }
                }
            }
            if (x == 0 || w > bestValue + TIE * Math.abs(bestValue)) {
                bestValue = w;
                best = x;
            }
        }
        return best;
    }

    /**
     * The Clarke-pivot data-driven transfer to agent i,
     * {@code sum_{j≠i} u_j(x*, ω̂, θ_j) - max_x sum_{j≠i} u_j(x, ω̂, θ_j)} (≤ 0: a payment).
     *
     * @param env           the environment
     * @param i             the agent
     * @param typeProfile   the reported type profile
     * @param signalProfile the reported signal profile
     * @param estimate      the realised estimate ω̂
     * @return the transfer to agent i
     */
    public static double clarkeTransfer(DataDrivenEnvironment env, int i, int typeProfile, int signalProfile, double estimate) {
        Arguments.notNull("env", env);
        Arguments.index("i", i, env.agents());
        Arguments.finite("estimate", estimate);
        int[] types = DataDrivenEnvironment.digits(typeProfile, env.typeCounts());
        int chosen = efficientOutcome(env, typeProfile, signalProfile);
        return ClarkePivot.transfer(env.outcomes().size(), types.length, i, chosen,
                (j, x) -> env.utility().value(j, types[j], x, estimate));
    }

    /**
     * The ε of ε-ex-post implementation: the largest gain in {@code E[u_i + t_i | s]} from any report
     * (θ_i', s_i') with positive-probability signal profile, over agents, type profiles and
     * positive-probability signal profiles. Exact when the estimator is a
     * {@link org.mdlab.estimator.FiniteEstimator}, a seeded simulation otherwise.
     * Complexity: {@code O(T S n k_i s_i |Ω| X)} after {@code O(n k X |Ω|)} estimator expectations.
     *
     * @param env       the environment
     * @param estimator the estimator of ω; defined at every state of {@code env}
     * @return the largest deviation gain and where it is attained
     */
    public static DataDrivenDeviation epsilon(DataDrivenEnvironment env, Estimator estimator) {
        Arguments.notNull("env", env);
        Arguments.notNull("estimator", estimator);
        int n = env.agents();
        int outcomes = env.outcomes().size();
        int states = env.states().length;
        double[][][][] data = new double[n][][][];
        double[][][][] truth = new double[n][][][];
        for (int j = 0; j < n; j++) {
            data[j] = new double[env.typeCount(j)][outcomes][states];
            truth[j] = new double[env.typeCount(j)][outcomes][states];
            for (int t = 0; t < env.typeCount(j); t++) {
                for (int x = 0; x < outcomes; x++) {
                    for (int w = 0; w < states; w++) {
                        int agent = j;
                        int type = t;
                        int outcome = x;
                        data[j][t][x][w] = estimator.expectation(env.state(w), e -> env.utility().value(agent, type, outcome, e));
                        truth[j][t][x][w] = env.utility().value(j, t, x, env.state(w));
                    }
                }
            }
        }
        int typeProfiles = env.typeProfiles();
        int signalProfiles = env.signalProfiles();
        int[][] efficient = new int[typeProfiles][signalProfiles];
        for (int sp = 0; sp < signalProfiles; sp++) {
            boolean possible = env.signalProbability(sp) > 0;
            for (int tp = 0; tp < typeProfiles; tp++) {
                efficient[tp][sp] = possible ? efficientOutcome(env, tp, sp) : -1;
            }
        }
        DataDrivenDeviation best = null;
        for (int sp = 0; sp < signalProfiles; sp++) {
            if (efficient[0][sp] < 0) {
                continue;
            }
            double[] post = env.posterior(sp);
            int[] signals = DataDrivenEnvironment.digits(sp, env.signalCounts());
            for (int tp = 0; tp < typeProfiles; tp++) {
                int[] types = DataDrivenEnvironment.digits(tp, env.typeCounts());
                int chosen = efficient[tp][sp];
                for (int i = 0; i < n; i++) {
                    for (int rt = 0; rt < env.typeCount(i); rt++) {
                        int tp2 = DataDrivenEnvironment.replace(tp, env.typeCounts(), i, rt);
                        for (int rs = 0; rs < env.signalCount(i); rs++) {
                            int sp2 = DataDrivenEnvironment.replace(sp, env.signalCounts(), i, rs);
                            if (efficient[tp2][sp2] < 0) {
                                continue;
                            }
                            int deviated = efficient[tp2][sp2];
                            double gain = 0;
                            for (int w = 0; w < states; w++) {
                                if (post[w] == 0) {
                                    continue;
                                }
                                double g = truth[i][types[i]][deviated][w] - truth[i][types[i]][chosen][w];
                                for (int j = 0; j < n; j++) {
                                    if (j != i) {
                                        g += data[j][types[j]][deviated][w] - data[j][types[j]][chosen][w];
                                    }
                                }
                                gain += post[w] * g;
                            }
                            if (best == null || gain > best.gain()) {
                                best = new DataDrivenDeviation(gain, i, list(types), list(signals), rt, rs);
                            }
                        }
                    }
                }
            }
        }
        return best;
    }

    private static List<Integer> list(int[] a) {
        List<Integer> l = new ArrayList<>(a.length);
        for (int v : a) {
            l.add(v);
        }
        return l;
    }
}
