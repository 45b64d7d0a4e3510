package org.mdlab.mechanism;

import java.util.List;
import org.mdlab.market.Arguments;
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
        Arguments.notNull("outcomes", outcomes);
        Arguments.notNull("agents", agents);
        Arguments.atLeast("outcomes.size()", outcomes.size(), 1);
        Arguments.atLeast("agents.size()", agents.size(), 1);
        for (int i = 0; i < agents.size(); i++) {
            Arguments.notNull("agents[" + i + "]", agents.get(i));
        }
        for (int x = 0; x < outcomes.size(); x++) {
            Arguments.notNull("outcomes[" + x + "]", outcomes.get(x));
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
            count = Math.multiplyExact(count, a.types());
            Arguments.sizeAtMost("type profiles (product of the agents' type counts, at least)", count, MAX_PROFILES,
                    "one allocation and payment row per profile");
        }
    }

    /** The most type profiles an environment may have ({@value}). */
    public static final int MAX_PROFILES = 10_000_000;

    /** The most bidders of {@link #singleItem(List)} ({@value}): each bidder values {@code n + 1} outcomes. */
    public static final int MAX_BIDDERS = 2_000;

    /**
     * A single-item auction among bidders with independent discrete values: outcome 0 is "no sale",
     * outcome {@code j + 1} gives the item to bidder {@code j}, whose types are the values of its market.
     *
     * @param bidders each bidder's value distribution; non-empty, at most {@link #MAX_BIDDERS}
     * @return the environment
     * @throws IllegalArgumentException if {@code bidders} is null, empty, too long or holds null
     */
    public static Environment singleItem(List<Market> bidders) {
        Arguments.notNull("bidders", bidders);
        int n = bidders.size();
        Arguments.atLeast("bidders.size()", n, 1);
        Arguments.sizeAtMost("bidders", n, MAX_BIDDERS, "O(n^2) valuations, n + 1 per type and bidder");
        for (int j = 0; j < n; j++) {
            Arguments.notNull("bidders[" + j + "]", bidders.get(j));
        }
        String[] labels = new String[n + 1];
        labels[0] = "no sale";
        Agent[] agents = new Agent[n];
        for (int j = 0; j < n; j++) {
            labels[j + 1] = "to bidder " + (j + 1);
            agents[j] = Agent.singleItemBidder(j, n, bidders.get(j));
        }
        return new Environment(List.of(labels), List.of(agents));
    }

    /**
     * The number of agents.
     *
     * @return {@code agents().size()}
     */
    public int size() {
        return agents.size();
    }

    /**
     * An agent.
     *
     * @param i an agent index in {@code [0, size())}
     * @return the agent
     * @throws IllegalArgumentException if {@code i} is out of range
     */
    public Agent agent(int i) {
        return agents.get(Arguments.index("agent", i, agents.size()));
    }

    /**
     * The number of outcomes.
     *
     * @return {@code outcomes().size()}
     */
    public int outcomeCount() {
        return outcomes.size();
    }

    /**
     * The number of type profiles, the product of the type counts (at most {@link #MAX_PROFILES}).
     *
     * @return the profile count
     */
    public int profiles() {
        int count = 1;
        for (Agent a : agents) {
            count *= a.types();
        }
        return count;
    }

    /**
     * The types of a profile, agent by agent (mixed radix, agent 0 fastest).
     *
     * @param index a profile index in {@code [0, profiles())}
     * @return the types of the profile
     * @throws IllegalArgumentException if {@code index} is out of range
     */
    public int[] profile(int index) {
        int[] types = new int[agents.size()];
        int rest = Arguments.index("profile", index, profiles());
        for (int i = 0; i < types.length; i++) {
            int k = agents.get(i).types();
            types[i] = rest % k;
            rest /= k;
        }
        return types;
    }

    /**
     * The index of a profile.
     *
     * @param types the types of a profile, agent by agent; one valid type per agent
     * @return the profile's index
     * @throws IllegalArgumentException if {@code types} is null, has the wrong length or an invalid type
     */
    public int index(int[] types) {
        Arguments.notNull("types", types);
        if (types.length != agents.size()) {
            throw new IllegalArgumentException("types must have one entry per agent (" + agents.size() + ", got "
                    + types.length + ")");
        }
        int index = 0;
        int stride = 1;
        for (int i = 0; i < types.length; i++) {
            index += Arguments.index("types[" + i + "]", types[i], agents.get(i).types()) * stride;
            stride *= agents.get(i).types();
        }
        return index;
    }

    /**
     * The index of the profile obtained from profile {@code index} by replacing agent {@code i}'s type.
     *
     * @param index a profile index in {@code [0, profiles())}
     * @param i     an agent index in {@code [0, size())}
     * @param type  agent i's new type, in {@code [0, agent(i).types())}
     * @return the new profile's index
     * @throws IllegalArgumentException if an index is out of range
     */
    public int replace(int index, int i, int type) {
        Arguments.index("profile", index, profiles());
        Arguments.index("agent", i, agents.size());
        Arguments.index("type", type, agents.get(i).types());
        int stride = 1;
        for (int j = 0; j < i; j++) {
            stride *= agents.get(j).types();
        }
        int current = (index / stride) % agents.get(i).types();
        return index + (type - current) * stride;
    }

    /**
     * The prior probability of a profile, the product of the independent priors.
     *
     * @param index a profile index in {@code [0, profiles())}
     * @return the probability
     * @throws IllegalArgumentException if {@code index} is out of range
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
     * The total value {@code Σ_i v_i(θ_i, x)} of an outcome at a profile.
     *
     * @param index   a profile index in {@code [0, profiles())}
     * @param outcome an outcome index in {@code [0, outcomeCount())}
     * @return the welfare
     * @throws IllegalArgumentException if an index is out of range
     */
    public double welfare(int index, int outcome) {
        int[] types = profile(index);
        Arguments.index("outcome", outcome, outcomes.size());
        double w = 0;
        for (int i = 0; i < types.length; i++) {
            w += agents.get(i).value(types[i], outcome);
        }
        return w;
    }
}
