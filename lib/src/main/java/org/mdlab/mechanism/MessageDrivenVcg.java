package org.mdlab.mechanism;

import org.mdlab.market.Arguments;

/**
 * The message-driven VCG mechanism of a {@link DataDrivenEnvironment} and its ex-post audit
 * (Bergemann, Bojko, Dütting, Paes Leme, Xu and Zuo, arXiv 2412.16132, Definitions "Message-driven direct
 * mechanism" and "Ex-post implementation"). Transfers depend on the reports only: the Clarke pivot on
 * the posterior expected utilities at the reported signals,
 * {@code t_i(θ, s) = sum_{j≠i} v_j(x*(θ, s), θ_j, s) - max_x sum_{j≠i} v_j(x, θ_j, s)}. With
 * interdependent values an agent's report of its signal moves the others' valuations in its own
 * transfer, so this mechanism is generally not ex-post IC; {@link IncentiveAudit#exPost} measures by
 * how much, and {@link MessageDrivenLp} decides whether any message-driven transfers could do better.
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
        Arguments.notNull("env", env);
        Arguments.index("i", i, env.agents());
        int chosen = DataDrivenVcg.efficientOutcome(env, typeProfile, signalProfile);
        double[] post = env.posterior(signalProfile);
        int[] types = DataDrivenEnvironment.digits(typeProfile, env.typeCounts());
        return ClarkePivot.transfer(env.outcomes().size(), types.length, i, chosen,
                (j, x) -> env.expectedUtility(post, j, types[j], x));
    }

    /**
     * The mechanism as data for {@link IncentiveAudit#exPost}: the efficient outcome
     * ({@link DataDrivenVcg#efficientOutcome}) and the Clarke transfers above.
     *
     * @param env the environment
     * @return the message-driven VCG mechanism
     */
    public static MessageDrivenMechanism of(DataDrivenEnvironment env) {
        return new MessageDrivenMechanism() {
            public int outcome(int typeProfile, int signalProfile) {
                return DataDrivenVcg.efficientOutcome(env, typeProfile, signalProfile);
            }

            public double transfer(int agent, int typeProfile, int signalProfile) {
                return clarkeTransfer(env, agent, typeProfile, signalProfile);
            }
        };
    }
}
