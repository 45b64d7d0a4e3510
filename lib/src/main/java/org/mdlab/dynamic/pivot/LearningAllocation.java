package org.mdlab.dynamic.pivot;

import java.util.ArrayList;
import java.util.List;

/**
 * The learning example of Bergemann and Välimäki (2010, Econometrica 78(2), the learning example): each period one of
 * {@code n} agents is allocated an object; agent {@code i}'s value is a Bernoulli draw with unknown
 * success probability, Beta-distributed a priori, and is observed by the agent only when served. The
 * agent's type is its posterior ({@link BetaBernoulliBeliefs}, truncated at a depth), the flow value of
 * being served is the posterior mean, and the efficient allocation is the Gittins index policy. The
 * truncation makes the environment a finite model: each arm's posterior freezes after {@code depth}
 * observations, so the index policy of this model uses the indices of the truncated arms.
 *
 * @param priors the agents' belief spaces (prior and truncation depth); at least one
 * @param discount the discount factor; in (0, 1)
 */
public record LearningAllocation(List<BetaBernoulliBeliefs> priors, double discount) {

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if there is no agent or the discount is outside (0, 1)
     */
    public LearningAllocation {
        if (priors == null || priors.isEmpty()) {
            throw new IllegalArgumentException("priors must hold at least one agent");
        }
        priors = List.copyOf(priors);
        if (!(discount > 0 && discount < 1)) {
            throw new IllegalArgumentException("discount must lie in (0, 1) (got " + discount + ")");
        }
    }

    /**
     * The environment: allocation {@code a} serves agent {@code a}; a served agent's posterior moves
     * after a success or a failure, the others' stay.
     *
     * @return the dynamic environment
     */
    public DynamicEnvironment environment() {
        int n = priors.size();
        List<AgentProcess> agents = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            BetaBernoulliBeliefs beliefs = priors.get(i);
            int types = beliefs.stateCount();
            double[][] flow = new double[types][n];
            double[][][] moves = new double[n][types][types];
            for (int t = 0; t < types; t++) {
                double mean = beliefs.mean(t);
                flow[t][i] = mean;
                for (int a = 0; a < n; a++) {
                    if (a == i) {
                        moves[a][t][beliefs.afterSuccess(t)] += mean;
                        moves[a][t][beliefs.afterFailure(t)] += 1 - mean;
                    } else {
                        moves[a][t][t] = 1;
                    }
                }
            }
            agents.add(new AgentProcess(flow, moves));
        }
        return new DynamicEnvironment(agents, discount);
    }

    /**
     * The joint state in which every agent holds its prior.
     *
     * @return the initial state of {@link #environment()}
     */
    public int initialState() {
        return 0;
    }
}
