package org.mdlab.mechanism;

import java.util.ArrayList;
import java.util.List;

/**
 * Incentive and participation audits of a finite {@link DirectMechanism}: instead of a yes/no
 * answer each audit returns the largest gain from misreporting (or the largest IR violation)
 * together with the agent, types and report attaining it. Definitions follow Myerson (1981, §3) and
 * Mas-Colell, Whinston and Green (1995, Def. 23.B.5 and 23.D.1). In a private-values environment a
 * direct mechanism is ex-post IC exactly when it is dominant-strategy IC, since the others' types
 * and reports range over the same profiles; {@link #dominantStrategy} therefore audits both. With
 * interdependent values (a {@link DataDrivenEnvironment}) {@link #exPost} audits message-driven mechanisms.
 * Complexity: {@code O(P * sum_i k_i * X)} for {@code P} profiles, {@code k_i} types and {@code X} outcomes.
 */
public final class IncentiveAudit {

    private IncentiveAudit() {
    }

    /**
     * The largest ex-post gain {@code u_i(θ_i; r_i', r_-i) - u_i(θ_i; θ_i, r_-i)} over agents, types,
     * misreports and the others' reports.
     *
     * @param m the mechanism
     * @return the most profitable misreport; gain 0 if truth-telling is dominant
     */
    public static Misreport dominantStrategy(DirectMechanism m) {
        Environment env = m.environment();
        Misreport best = null;
        for (int r = 0; r < env.profiles(); r++) {
            int[] types = env.profile(r);
            for (int i = 0; i < env.size(); i++) {
                double truthful = m.utility(i, types[i], r);
                for (int k = 0; k < env.agent(i).types(); k++) {
                    double gain = m.utility(i, types[i], env.replace(r, i, k)) - truthful;
                    if (best == null || gain > best.gain()) {
                        best = new Misreport(gain, i, types[i], k, others(types, i));
                    }
                }
            }
        }
        return best;
    }

    /**
     * The ex-post audit of a message-driven mechanism in an environment with interdependent values
     * (Bergemann et al., arXiv 2412.16132, Definition "Ex-post implementation"): the largest gain in
     * {@code v_i(x(θ', s'), θ_i, s) + t_i(θ', s')} over the truthful payoff, where
     * {@code v_i(x, θ_i, s) = E[u_i(x, ω, θ_i) | s]} uses the true signals, over agents, type profiles,
     * positive-probability signal profiles and reports (θ_i', s_i') with a positive-probability reported
     * signal profile, the others reporting truthfully. Unlike the private-values case, ex-post IC here is
     * weaker than dominant-strategy IC and stronger than Bayesian IC.
     *
     * @param env       the environment
     * @param mechanism the message-driven mechanism
     * @return the most profitable deviation; gain 0 if the mechanism is ex-post IC
     */
    public static DataDrivenDeviation exPost(DataDrivenEnvironment env, MessageDrivenMechanism mechanism) {
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
                    double truthful = env.expectedUtility(post, i, types[i], mechanism.outcome(tp, sp))
                            + mechanism.transfer(i, tp, sp);
                    for (int rt = 0; rt < env.typeCount(i); rt++) {
                        int tp2 = DataDrivenEnvironment.replace(tp, env.typeCounts(), i, rt);
                        for (int rs = 0; rs < env.signalCount(i); rs++) {
                            int sp2 = DataDrivenEnvironment.replace(sp, env.signalCounts(), i, rs);
                            if (env.signalProbability(sp2) <= 0) {
                                continue;
                            }
                            double gain = env.expectedUtility(post, i, types[i], mechanism.outcome(tp2, sp2))
                                    + mechanism.transfer(i, tp2, sp2) - truthful;
                            if (best == null || gain > best.gain()) {
                                best = new DataDrivenDeviation(gain, i, boxed(types), boxed(signals), rt, rs);
                            }
                        }
                    }
                }
            }
        }
        return best;
    }

    private static List<Integer> boxed(int[] a) {
        List<Integer> l = new ArrayList<>(a.length);
        for (int v : a) {
            l.add(v);
        }
        return l;
    }

    /**
     * The largest interim (Bayesian) gain {@code U_i(θ_i; r_i') - U_i(θ_i; θ_i)}, where {@code U_i}
     * averages over the others' truthful types under the independent prior (Bayesian IC).
     *
     * @param m the mechanism
     * @return the most profitable misreport; gain 0 if the mechanism is Bayesian IC
     */
    public static Misreport bayesian(DirectMechanism m) {
        Environment env = m.environment();
        Misreport best = null;
        for (int i = 0; i < env.size(); i++) {
            int types = env.agent(i).types();
            for (int t = 0; t < types; t++) {
                double truthful = interimUtility(m, i, t, t);
                for (int k = 0; k < types; k++) {
                    double gain = interimUtility(m, i, t, k) - truthful;
                    if (best == null || gain > best.gain()) {
                        best = new Misreport(gain, i, t, k, List.of());
                    }
                }
            }
        }
        return best;
    }

    /**
     * The largest ex-post IR violation {@code -u_i(θ_i; θ)} over profiles and agents (outside option 0).
     *
     * @param m the mechanism
     * @return the largest shortfall
     */
    public static ParticipationShortfall expostParticipation(DirectMechanism m) {
        Environment env = m.environment();
        ParticipationShortfall worst = null;
        for (int r = 0; r < env.profiles(); r++) {
            int[] types = env.profile(r);
            for (int i = 0; i < env.size(); i++) {
                double shortfall = -m.utility(i, types[i], r);
                if (worst == null || shortfall > worst.shortfall()) {
                    worst = new ParticipationShortfall(shortfall, i, types[i], others(types, i));
                }
            }
        }
        return worst;
    }

    /**
     * The largest interim IR violation {@code -U_i(θ_i; θ_i)} over agents and types (outside option 0).
     *
     * @param m the mechanism
     * @return the largest shortfall
     */
    public static ParticipationShortfall interimParticipation(DirectMechanism m) {
        Environment env = m.environment();
        ParticipationShortfall worst = null;
        for (int i = 0; i < env.size(); i++) {
            for (int t = 0; t < env.agent(i).types(); t++) {
                double shortfall = -interimUtility(m, i, t, t);
                if (worst == null || shortfall > worst.shortfall()) {
                    worst = new ParticipationShortfall(shortfall, i, t, List.of());
                }
            }
        }
        return worst;
    }

    /**
     * Agent i's expected utility of type {@code trueType} reporting {@code report} when the others
     * report truthfully, averaged over their prior.
     *
     * @param m        the mechanism
     * @param i        the agent
     * @param trueType its type
     * @param report   its report
     * @return the interim utility
     */
    public static double interimUtility(DirectMechanism m, int i, int trueType, int report) {
        Environment env = m.environment();
        double u = 0;
        for (int r = 0; r < env.profiles(); r++) {
            int[] types = env.profile(r);
            if (types[i] == report) {
                u += othersProbability(env, types, i) * m.utility(i, trueType, r);
            }
        }
        return u;
    }

    private static double othersProbability(Environment env, int[] types, int i) {
        double p = 1;
        for (int j = 0; j < types.length; j++) {
            if (j != i) {
                p *= env.agent(j).probability(types[j]);
            }
        }
        return p;
    }

    private static List<Integer> others(int[] types, int i) {
        List<Integer> list = new ArrayList<>(types.length - 1);
        for (int j = 0; j < types.length; j++) {
            if (j != i) {
                list.add(types[j]);
            }
        }
        return list;
    }
}
