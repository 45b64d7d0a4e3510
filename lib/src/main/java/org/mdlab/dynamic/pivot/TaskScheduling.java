package org.mdlab.dynamic.pivot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The scheduling example of Bergemann and Välimäki (2010, Econometrica 78(2), the scheduling example): {@code n} agents each
 * need one task done; one task can be done per period; agent {@code i} values completion at {@code v_i}
 * and leaves once served. An agent's type is {@code 0} (served, gone) or {@code k >= 1}, meaning present
 * with value {@code grid[k - 1]}, where the grid is the sorted set of distinct values of the instance —
 * so that every agent may misreport any value that occurs. Allocation {@code a < n} serves agent
 * {@code a}; allocation {@code n} serves nobody.
 *
 * @param values   each agent's value of completion; finite and {@code > 0}
 * @param discount the discount factor; in (0, 1)
 */
public record TaskScheduling(double[] values, double discount) {

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if there is no agent, a value is not positive and finite or the
     *                                  discount is outside (0, 1)
     */
    public TaskScheduling {
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException("values must hold at least one agent");
        }
        for (int i = 0; i < values.length; i++) {
            if (!(values[i] > 0) || !Double.isFinite(values[i])) {
                throw new IllegalArgumentException("values[" + i + "] must be finite and > 0 (got " + values[i] + ")");
            }
        }
        if (!(discount > 0 && discount < 1)) {
            throw new IllegalArgumentException("discount must lie in (0, 1) (got " + discount + ")");
        }
        values = values.clone();
    }

    /**
     * The scheduling problem with the given values.
     *
     * @param discount the discount factor; in (0, 1)
     * @param values   each agent's value; finite and {@code > 0}
     * @return the instance
     */
    public static TaskScheduling of(double discount, double... values) {
        return new TaskScheduling(values, discount);
    }

    /**
     * The values (a copy).
     *
     * @return each agent's value
     */
    @Override
    public double[] values() {
        return values.clone();
    }

    /**
     * The sorted distinct values; type {@code k >= 1} has value {@code grid()[k - 1]}.
     *
     * @return the value grid
     */
    public double[] grid() {
        return Arrays.stream(values).distinct().sorted().toArray();
    }

    /**
     * The environment: types {@code {gone} ∪ grid}, allocations "serve agent a" and "serve nobody".
     *
     * @return the dynamic environment
     */
    public DynamicEnvironment environment() {
        double[] grid = grid();
        int n = values.length;
        int types = grid.length + 1;
        List<AgentProcess> agents = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[][] flow = new double[types][n + 1];
            double[][][] moves = new double[n + 1][types][types];
            for (int t = 0; t < types; t++) {
                if (t > 0) {
                    flow[t][i] = grid[t - 1];
                }
                for (int a = 0; a <= n; a++) {
                    moves[a][t][a == i ? 0 : t] = 1;
                }
            }
            agents.add(new AgentProcess(flow, moves));
        }
        return new DynamicEnvironment(agents, discount);
    }

    /**
     * The joint state in which every agent is present with its own value.
     *
     * @return the initial state of {@link #environment()}
     */
    public int initialState() {
        double[] grid = grid();
        int[] types = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            types[i] = Arrays.binarySearch(grid, values[i]) + 1;
        }
        return environment().state(types);
    }
}
