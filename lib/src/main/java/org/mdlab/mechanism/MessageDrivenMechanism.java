package org.mdlab.mechanism;

/**
 * A message-driven direct mechanism on a {@link DataDrivenEnvironment} (Bergemann, Bojko, Dütting,
 * Paes Leme, Xu and Zuo, arXiv 2412.16132, Definition "Message-driven direct mechanism"): the outcome
 * {@code x(θ, s)} and the transfers {@code t_i(θ, s)} depend on the reported preference types and
 * signals only, never on data about the state. Profiles are the environment's mixed-radix indices.
 * Audited ex post by {@link IncentiveAudit#exPost}.
 */
public interface MessageDrivenMechanism {

    /**
     * @param typeProfile   the reported type profile
     * @param signalProfile the reported signal profile, of positive probability
     * @return the index of the outcome {@code x(θ, s)}
     */
    int outcome(int typeProfile, int signalProfile);

    /**
     * @param agent         the agent i
     * @param typeProfile   the reported type profile
     * @param signalProfile the reported signal profile, of positive probability
     * @return the transfer {@code t_i(θ, s)} to agent i (negative: a payment)
     */
    double transfer(int agent, int typeProfile, int signalProfile);
}
