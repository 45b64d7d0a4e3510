package org.mdlab.mechanism;

import java.util.ArrayList;
import java.util.List;

/**
 * The message-driven VCG mechanism of a {@link DataDrivenEnvironment} and its ex-post audit
 * (Bergemann, Bojko, Dütting, Paes Leme, Xu and Zuo, arXiv 2412.16132, Definitions "Message-driven direct
 * mechanism" and "Ex-post implementation"). Transfers depend on the reports only: the Clarke pivot on
 * the posterior expected utilities at the reported signals,
 * {@code t_i(θ, s) = sum_{j≠i} v_j(x*(θ, s), θ_j, s) - max_x sum_{j≠i} v_j(x, θ_j, s)}. With
 * interdependent values an agent's report of its signal moves the others' valuations in its own
 * transfer, so this mechanism is generally not ex-post IC; {@link #exPostGain} measures by how much,
 * and {@link MessageDrivenLp} decides whether any message-driven transfers could do better.
 */
public final class MessageDrivenVcg {

    private MessageDrivenVcg() {
    }

    /**
     * The Clarke transfer to agent i at the reported profile.
     *
     * @param env           the environment
     * @param i             the agent
     * @param typeProfile   the reported type profile
     * @param signalProfile the reported signal profile; positive probability
     * @return {@code t_i(θ, s)} (≤ 0: a payment)
     */
    public static double clarkeTransfer(DataDrivenEnvironment env, int i, int typeProfile, int signalProfile) {
        double[] post = env.posterior(signalProfile);
        int[] types = DataDrivenEnvironment.digits(typeProfile, env.typeCounts());
        int chosen = DataDrivenVcg.efficientOutcome(env, typeProfile, signalProfile);
        double best = Double.NEGATIVE_INFINITY;
        double atChosen = 0;
        for (int x = 0; x < env.outcomes().size(); x++) {
            double others = 0;
            for (int j = 0; j < types.length; j++) {
                if (j != i) {
                    others += expectedUtility(env, post, j, types[j], x);
                }
            }
            best = Math.max(best, others);
            if (x == chosen) {
                atChosen = others;
            }
        }
        return atChosen - best;
    }

    /**
     * The ex-post audit: the largest gain in {@code v_i(x*(θ', s'), θ_i, s) + t_i(θ', s')} over the
     * truthful payoff, over agents, type profiles, positive-probability signal profiles and reports
     * (θ_i', s_i') with a positive-probability reported signal profile, the others reporting truthfully.
     * The expected utility uses the true signals; the transfer, the reported ones.
     *
     * @param env the environment
     * @return the most profitable deviation; gain 0 if the mechanism is ex-post IC
     */
    public static DataDrivenDeviation exPostGain(DataDrivenEnvironment env) {
        DataDrivenDeviation best = null;
        for (int sp = 0; sp < env.signalProfiles(); sp++) {
            if (env.signalProbability(sp) <= 0) {
                continue;
            }
            double[] post = env.posterior(sp);
            int[] signals = DataDrivenEnvironment.digits(sp, env.signalCounts());
            for (int tp = 0; tp < env.typeProfiles(); tp++) {
                int[] types = DataDrivenEnvironment.digits(tp, env.typeCounts());
                for (int i = 0; i < env.agents(); i++) {
                    double truthful = expectedUtility(env, post, i, types[i], DataDrivenVcg.efficientOutcome(env, tp, sp))
                            + clarkeTransfer(env, i, tp, sp);
                    for (int rt = 0; rt < env.typeCount(i); rt++) {
                        int tp2 = DataDrivenEnvironment.replace(tp, env.typeCounts(), i, rt);
                        for (int rs = 0; rs < env.signalCount(i); rs++) {
                            int sp2 = DataDrivenEnvironment.replace(sp, env.signalCounts(), i, rs);
                            if (env.signalProbability(sp2) <= 0) {
                                continue;
                            }
                            double deviated = expectedUtility(env, post, i, types[i], DataDrivenVcg.efficientOutcome(env, tp2, sp2))
                                    + clarkeTransfer(env, i, tp2, sp2);
                            double gain = deviated - truthful;
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

    private static double expectedUtility(DataDrivenEnvironment env, double[] post, int i, int type, int x) {
        double v = 0;
        for (int w = 0; w < post.length; w++) {
            if (post[w] > 0) {
                v += post[w] * env.utility().value(i, type, x, env.state(w));
            }
        }
        return v;
    }

    private static List<Integer> list(int[] a) {
        List<Integer> l = new ArrayList<>(a.length);
        for (int v : a) {
            l.add(v);
        }
        return l;
    }
}
