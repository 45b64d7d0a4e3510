package org.mdlab.dynamic.pivot;

import org.mdlab.market.Arguments;

import org.mdlab.dynamic.MarkovDecisionProblem;

import java.util.ArrayList;
import java.util.List;

/**
 * A dynamic allocation environment with private, independent, Markov types (Bergemann and Välimäki 2010,
 * Econometrica 78(2), the model): agents {@code 1..n} with {@link AgentProcess type processes}, a common set of
 * allocations and a common discount factor. The joint state is the profile of types, numbered in mixed
 * radix (agent 0 fastest); its transition is the product of the agents' type transitions.
 *
 * @param agents   the agents; at least one, all with the same number of allocations
 * @param discount the common discount factor; in (0, 1)
 */
public record DynamicEnvironment(List<AgentProcess> agents, double discount) {

    /** The largest admissible number of joint states. */
    public static final int MAX_STATES = 5_000_000;

    /**
     * Validates and copies the list.
     *
     * @throws IllegalArgumentException if there is no agent, the agents disagree on the allocations, the
     *                                  joint state space exceeds {@value #MAX_STATES} or the discount is
     *                                  outside (0, 1)
     */
    public DynamicEnvironment {
        if (agents == null || agents.isEmpty()) {
            throw new IllegalArgumentException("agents must hold at least one agent");
        }
        agents = List.copyOf(agents);
        int actions = agents.get(0).actionCount();
        long states = 1;
        for (int i = 0; i < agents.size(); i++) {
            if (agents.get(i).actionCount() != actions) {
                throw new IllegalArgumentException("every agent must have " + actions + " allocations (agent " + i
                        + " has " + agents.get(i).actionCount() + ")");
            }
            states *= agents.get(i).typeCount();
            if (states > MAX_STATES) {
                throw new IllegalArgumentException("the joint state space must have at most " + MAX_STATES
                        + " states (got more at agent " + i + ")");
            }
        }
        if (!(discount > 0 && discount < 1)) {
            throw new IllegalArgumentException("discount must lie in (0, 1) (got " + discount + ")");
        }
    }

    /**
     * The number of agents.
     *
     * @return {@code n}
     */
    public int agentCount() {
        return agents.size();
    }

    /**
     * The number of allocations.
     *
     * @return {@code A}
     */
    public int actionCount() {
        return agents.get(0).actionCount();
    }

    /**
     * The number of joint states, the product of the agents' type counts.
     *
     * @return {@code Π_i T_i}
     */
    public int stateCount() {
        int states = 1;
        for (AgentProcess agent : agents) {
            states *= agent.typeCount();
        }
        return states;
    }

    /**
     * The joint state of a type profile.
     *
     * @param types one type per agent
     * @return the state index
     * @throws IllegalArgumentException if the profile has the wrong length or a type is out of range
     */
    public int state(int... types) {
        if (types == null || types.length != agents.size()) {
            throw new IllegalArgumentException("types must hold one type per agent: expected " + agents.size()
                    + " (got " + (types == null ? "null" : types.length) + ")");
        }
        int state = 0;
        for (int i = agents.size() - 1; i >= 0; i--) {
            int count = agents.get(i).typeCount();
            if (types[i] < 0 || types[i] >= count) {
                throw new IllegalArgumentException("type of agent " + i + " must lie in 0.." + (count - 1)
                        + " (got " + types[i] + ")");
            }
            state = state * count + types[i];
        }
        return state;
    }

    /**
     * One agent's type in a joint state.
     *
     * @param state a joint state
     * @param agent an agent
     * @return {@code θ_i}
     */
    public int type(int state, int agent) {
        Arguments.index("state", state, stateCount());
        Arguments.index("agent", agent, agents.size());
        int rest = state;
        for (int i = 0; i < agent; i++) {
            rest /= agents.get(i).typeCount();
        }
        return rest % agents.get(agent).typeCount();
    }

    /**
     * The joint state with one agent's type replaced, e.g. by a report.
     *
     * @param state a joint state
     * @param agent an agent
     * @param type  the replacing type
     * @return the state {@code (type, θ_{-i})}
     */
    public int withType(int state, int agent, int type) {
        int current = type(state, agent);
        Arguments.index("type", type, agents.get(agent).typeCount());
        int stride = 1;
        for (int i = 0; i < agent; i++) {
            stride *= agents.get(i).typeCount();
        }
        return state + (type - current) * stride;
    }

    /**
     * One agent's flow value in a joint state.
     *
     * @param agent  an agent
     * @param state  a joint state
     * @param action an allocation
     * @return {@code v_i(a, θ_i)}
     */
    public double value(int agent, int state, int action) {
        return agents.get(agent).value(type(state, agent), Arguments.index("action", action, agents.get(agent).actionCount()));
    }

    /**
     * The social decision problem with flow reward {@code Σ_{j ∉ excluded} v_j(a, θ_j)} and the joint
     * type transition. With no agent excluded its value is the efficient welfare {@code W}; excluding
     * agent {@code i} gives {@code W_{-i}} (Bergemann and Välimäki 2010).
     *
     * @param excluded the agent whose values are left out, or {@code -1} for none
     * @return the Markov decision problem
     * @throws IllegalArgumentException if {@code excluded} is neither {@code -1} nor an agent
     */
    public MarkovDecisionProblem socialProblem(int excluded) {
        if (excluded < -1 || excluded >= agents.size()) {
            throw new IllegalArgumentException("excluded must be -1 or an agent in 0.." + (agents.size() - 1)
                    + " (got " + excluded + ")");
        }
        int states = stateCount();
        int actions = actionCount();
        MarkovDecisionProblem.Builder builder = MarkovDecisionProblem.builder(states, actions, discount);
        int[][][][] support = new int[agents.size()][][][];
        for (int i = 0; i < agents.size(); i++) {
            support[i] = supports(agents.get(i));
        }
        int[] types = new int[agents.size()];
        for (int s = 0; s < states; s++) {
            for (int i = 0; i < agents.size(); i++) {
                types[i] = type(s, i);
            }
            for (int a = 0; a < actions; a++) {
                double reward = 0;
                for (int i = 0; i < agents.size(); i++) {
                    if (i != excluded) {
                        reward += agents.get(i).value(types[i], a);
                    }
                }
                List<int[]> next = new ArrayList<>();
                List<Double> prob = new ArrayList<>();
                expand(0, 0, 1, 1.0, types, a, support, next, prob);
                int[] successors = new int[next.size()];
                double[] probabilities = new double[next.size()];
                for (int k = 0; k < successors.length; k++) {
                    successors[k] = next.get(k)[0];
                    probabilities[k] = prob.get(k);
                }
                builder.row(s, a, reward, successors, probabilities);
            }
        }
        return builder.build();
    }

    private void expand(int agent, int partial, int stride, double probability, int[] types, int action,
                        int[][][][] support, List<int[]> next, List<Double> prob) {
        if (agent == agents.size()) {
            next.add(new int[] {partial});
            prob.add(probability);
            return;
        }
        AgentProcess process = agents.get(agent);
        for (int t : support[agent][action][types[agent]]) {
            expand(agent + 1, partial + t * stride, stride * process.typeCount(),
                    probability * process.transition(action, types[agent], t), types, action, support, next, prob);
        }
    }

    private static int[][][] supports(AgentProcess process) {
        int types = process.typeCount();
        int[][][] support = new int[process.actionCount()][types][];
        for (int a = 0; a < process.actionCount(); a++) {
            for (int t = 0; t < types; t++) {
                int count = 0;
                for (int u = 0; u < types; u++) {
                    if (process.transition(a, t, u) > 0) {
                        count++;
                    }
                }
                support[a][t] = new int[count];
                for (int u = 0, k = 0; u < types; u++) {
                    if (process.transition(a, t, u) > 0) {
                        support[a][t][k++] = u;
                    }
                }
            }
        }
        return support;
    }
}
