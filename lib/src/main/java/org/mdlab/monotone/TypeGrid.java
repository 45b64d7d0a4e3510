package org.mdlab.monotone;

import java.util.Arrays;
import org.mdlab.market.Arguments;

/**
 * A product grid of types {@code [m]^n} for {@code n} agents with {@code m} types each, ordered
 * coordinatewise, with an independent prior per agent: the discrete domain on which Yang and Yang (2025,
 * arXiv:2502.18876) study monotone functions {@code f : [0,1]^n → [0,1]} and their one-dimensional
 * marginals {@code f_i(x_i) = E[f(x_i, X_{-i})]}. Points are numbered {@code Σ_k x_k m^k} (agent 0 fastest).
 *
 * @param agents the number of agents {@code n}; 1 to {@value #MAX_AGENTS}
 * @param side   the number of types per agent {@code m}; at least 1
 * @param priors one probability vector of length {@code m} per agent (copied)
 */
public record TypeGrid(int agents, int side, double[][] priors) {

    /** The most agents supported. */
    public static final int MAX_AGENTS = 3;

    /** The most grid points supported, {@value}. */
    public static final int MAX_POINTS = 1 << 16;

    /**
     * Validates the grid.
     *
     * @throws IllegalArgumentException if a component breaks the rule stated for it
     */
    public TypeGrid {
        Arguments.atLeast("agents", agents, 1);
        Arguments.sizeAtMost("agents", agents, MAX_AGENTS, "the grid has side^agents points");
        Arguments.atLeast("side", side, 1);
        Arguments.sizeAtMost("grid points side^agents", Math.round(Math.pow(side, agents)), MAX_POINTS,
                "O(points) memory per function");
        Arguments.notNull("priors", priors);
        if (priors.length != agents) {
            throw new IllegalArgumentException("priors must hold one vector per agent (got " + priors.length
                    + " for " + agents + " agents)");
        }
        double[][] copy = new double[agents][];
        for (int i = 0; i < agents; i++) {
            copy[i] = Arguments.probabilities("priors[" + i + "]", priors[i]);
            if (copy[i].length != side) {
                throw new IllegalArgumentException("priors[" + i + "] must have length side = " + side
                        + " (got " + copy[i].length + ")");
            }
        }
        priors = copy;
    }

    /**
     * The grid with uniform priors.
     *
     * @param agents the number of agents; 1 to {@value #MAX_AGENTS}
     * @param side   types per agent; at least 1
     * @return the grid
     */
    public static TypeGrid uniform(int agents, int side) {
        Arguments.atLeast("side", side, 1);
        Arguments.atLeast("agents", agents, 1);
        Arguments.sizeAtMost("agents", agents, MAX_AGENTS, "the grid has side^agents points");
        double[][] priors = new double[agents][side];
        for (double[] prior : priors) {
            Arrays.fill(prior, 1.0 / side);
        }
        return new TypeGrid(agents, side, priors);
    }

    /**
     * The grid with the given priors, one per agent, all of the same length.
     *
     * @param priors probability vectors
     * @return the grid
     */
    public static TypeGrid of(double[]... priors) {
        Arguments.notNull("priors", priors);
        if (priors.length == 0) {
            throw new IllegalArgumentException("priors must name at least one agent (got 0)");
        }
        Arguments.notNull("priors[0]", priors[0]);
        return new TypeGrid(priors.length, priors[0].length, priors);
    }

    /** @return a copy of the priors */
    @Override
    public double[][] priors() {
        double[][] copy = new double[agents][];
        for (int i = 0; i < agents; i++) {
            copy[i] = priors[i].clone();
        }
        return copy;
    }

    /**
     * @param agent an agent
     * @return a copy of that agent's prior
     */
    public double[] prior(int agent) {
        return priors[Arguments.index("agent", agent, agents)].clone();
    }

    /** @return the number of points {@code m^n} */
    public int size() {
        int size = 1;
        for (int i = 0; i < agents; i++) {
            size *= side;
        }
        return size;
    }

    /**
     * @param point a point number
     * @param agent an agent
     * @return that agent's type at the point, in {@code [0, m)}
     */
    public int coordinate(int point, int agent) {
        Arguments.index("point", point, size());
        Arguments.index("agent", agent, agents);
        int rest = point;
        for (int i = 0; i < agent; i++) {
            rest /= side;
        }
        return rest % side;
    }

    /**
     * @param coordinates one type per agent
     * @return the point number
     */
    public int point(int... coordinates) {
        Arguments.notNull("coordinates", coordinates);
        if (coordinates.length != agents) {
            throw new IllegalArgumentException("coordinates must hold one type per agent (got "
                    + coordinates.length + " for " + agents + " agents)");
        }
        int point = 0;
        for (int i = agents - 1; i >= 0; i--) {
            point = point * side + Arguments.index("coordinates[" + i + "]", coordinates[i], side);
        }
        return point;
    }

    /**
     * The point one step up from {@code point} in {@code agent}'s coordinate.
     *
     * @param point a point number
     * @param agent an agent
     * @return the successor's number, or {@code -1} if the agent's type is already the highest
     */
    public int successor(int point, int agent) {
        Arguments.index("point", point, size());
        Arguments.index("agent", agent, agents);
        int stride = 1;
        for (int i = 0; i < agent; i++) {
            stride *= side;
        }
        return (point / stride) % side == side - 1 ? -1 : point + stride;
    }

    /**
     * @param point a point number
     * @return its prior probability {@code Π_i p_i(x_i)}
     */
    public double probability(int point) {
        Arguments.index("point", point, size());
        int[] x = new int[agents];
        decode(point, x);
        double probability = 1;
        for (int i = 0; i < agents; i++) {
            probability *= priors[i][x[i]];
        }
        return probability;
    }

    /**
     * The one-dimensional marginals {@code f_i(x_i) = Σ_{x_{-i}} Π_{j≠i} p_j(x_j) f(x)} (Yang and Yang 2025),
     * i.e. agent {@code i}'s interim allocation when {@code f} is an ex-post allocation rule.
     *
     * @param function one value per point
     * @return {@code marginals[i][x_i]}
     */
    public double[][] marginals(double[] function) {
        requireFunction(function);
        double[][] marginals = new double[agents][side];
        int[] x = new int[agents];
        for (int point = 0; point < function.length; point++) {
            decode(point, x);
            for (int i = 0; i < agents; i++) {
                double others = 1;
                for (int j = 0; j < agents; j++) {
                    if (j != i) {
                        others *= priors[j][x[j]];
                    }
                }
                marginals[i][x[i]] += others * function[point];
            }
        }
        return marginals;
    }

    private void decode(int point, int[] x) {
        int rest = point;
        for (int i = 0; i < agents; i++) {
            x[i] = rest % side;
            rest /= side;
        }
    }

    /**
     * The largest violation of monotonicity {@code max_{x ≤ y} (f(x) − f(y))^+} over covering pairs.
     *
     * @param function one value per point
     * @return 0 for a monotone function
     */
    public double monotonicityViolation(double[] function) {
        requireFunction(function);
        double worst = 0;
        for (int point = 0; point < function.length; point++) {
            for (int i = 0; i < agents; i++) {
                int next = successor(point, i);
                if (next >= 0) {
                    worst = Math.max(worst, function[point] - function[next]);
                }
            }
        }
        return worst;
    }

    /**
     * The expectation {@code Σ_x p(x) f(x)}.
     *
     * @param function one value per point
     * @return the expectation under the product prior
     */
    public double expectation(double[] function) {
        requireFunction(function);
        double sum = 0;
        for (int point = 0; point < function.length; point++) {
            sum += probability(point) * function[point];
        }
        return sum;
    }

    void requireFunction(double[] function) {
        Arguments.notNull("function", function);
        if (function.length != size()) {
            throw new IllegalArgumentException("function must have one value per grid point, " + size()
                    + " (got " + function.length + ")");
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TypeGrid g && agents == g.agents && side == g.side
                && Arrays.deepEquals(priors, g.priors);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * agents + side) + Arrays.deepHashCode(priors);
    }

    @Override
    public String toString() {
        return "TypeGrid[" + agents + " agents × " + side + " types]";
    }
}
