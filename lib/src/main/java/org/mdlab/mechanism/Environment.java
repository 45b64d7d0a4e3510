package org.mdlab.mechanism;

import java.util.List;
import org.mdlab.market.Market;

/**
 * A finite private-values environment: a finite outcome set and agents with independent finite
 * type sets. Type profiles are numbered in mixed radix with agent 0 varying fastest, so that a
 * mechanism can store its rules as arrays indexed by profile (Myerson 1981; Clarke 1971).
 *
 * @param outcomes the outcome labels; non-empty
 * @param agents   the agents; non-empty, each valuing exactly {@code outcomes.size()} outcomes
 */
public record Environment(List<String> outcomes, List<Agent> agents) {

    /**
     * Validates and copies the lists.
     *
     * @throws IllegalArgumentException if a list is empty or an agent values a different number of outcomes
     */
    public Environment {
        if (outcomes == null || outcomes.isEmpty()) {
            throw new IllegalArgumentException("outcomes must be non-empty");
        }
        if (agents == null || agents.isEmpty()) {
            throw new IllegalArgumentException("agents must be non-empty");
        }
        outcomes = List.copyOf(outcomes);
        agents = List.copyOf(agents);
        for (Agent a : agents) {
            if (a.outcomes() != outcomes.size()) {
                throw new IllegalArgumentException("agent " + a.name() + " values " + a.outcomes()
                        + " outcomes but the environment has " + outcomes.size());
            }
        }
        long count = 1;
        for (Agent a : agents) {
            count *= a.types();
            if (count > 10_000_000) {
                throw new IllegalArgumentException("the number of type profiles must be at most 10^7 (got more)");
            }
        }
    }

    /**
     * A single-item auction among bidders with independent discrete values: outcome 0 is "no sale",
     * outcome {@code j + 1} gives the item to bidder {@code j}, whose types are the values of its market.
     *
     * @param bidders each bidder's value distribution; non-empty
     * @return the environment
     * @throws IllegalArgumentException if {@code bidders} is empty
     */
    public static Environment singleItem(List<Market> bidders) {
        if (bidders == null || bidders.isEmpty()) {
            throw new IllegalArgumentException("bidders must be non-empty");
        }
        int n = bidders.size();
        String[] labels = new String[n + 1];
        labels[0] = "no sale";
        Agent[] agents = new Agent[n];
        for (int j = 0; j < n; j++) {
            labels[j + 1] = "to bidder " + (j + 1);
            agents[j] = Agent.singleItemBidder(j, n, bidders.get(j));
        }
        return new Environment(List.of(labels), List.of(agents));
    }

    /** @return the number of agents */
    public int size() {
        return agents.size();
    }

    /**
     * @param i an agent index
     * @return the agent
     */
    public Agent agent(int i) {
        return agents.get(i);
    }

    /** @return the number of outcomes */
    public int outcomeCount() {
        return outcomes.size();
    }

    /** @return the number of type profiles, the product of the type counts */
    public int profiles() {
        int count = 1;
        for (Agent a : agents) {
            count *= a.types();
        }
        return count;
    }

    /**
     * @param index a profile index
     * @return the types of the profile, agent by agent
     */
    public int[] profile(int index) {
        int[] types = new int[agents.size()];
        int rest = index;
        for (int i = 0; i < types.length; i++) {
            int k = agents.get(i).types();
            types[i] = rest % k;
            rest /= k;
        }
        return types;
    }

    /**
     * @param types the types of a profile, agent by agent
     * @return the profile's index
     */
    public int index(int[] types) {
        int index = 0;
        int stride = 1;
        for (int i = 0; i < types.length; i++) {
            index += types[i] * stride;
            stride *= agents.get(i).types();
        }
        return index;
    }

    /**
     * The index of the profile obtained from profile {@code index} by replacing agent {@code i}'s type.
     *
     * @param index a profile index
     * @param i     an agent index
     * @param type  agent i's new type
     * @return the new profile's index
     */
    public int replace(int index, int i, int type) {
        int stride = 1;
        for (int j = 0; j < i; j++) {
            stride *= agents.get(j).types();
        }
        int current = (index / stride) % agents.get(i).types();
        return index + (type - current) * stride;
    }

    /**
     * @param index a profile index
     * @return the prior probability of the profile (product of independent priors)
     */
    public double probability(int index) {
        int[] types = profile(index);
        double p = 1;
        for (int i = 0; i < types.length; i++) {
            p *= agents.get(i).probability(types[i]);
        }
        return p;
    }

    /**
     * @param index   a profile index
     * @param outcome an outcome
     * @return the total value {@code sum_i v_i(theta_i, outcome)} at the profile
     */
    public double welfare(int index, int outcome) {
        int[] types = profile(index);
        double w = 0;
        for (int i = 0; i < types.length; i++) {
            w += agents.get(i).value(types[i], outcome);
        }
        return w;
    }
}
