package org.mdlab.monotone;

import java.util.Arrays;
import org.mdlab.market.Arguments;

/**
 * An up-set of a {@link TypeGrid}: a set of type profiles closed under raising any agent's type. Its
 * indicator is a vertex of the order polytope of monotone functions (Stanley 1986, "Two poset polytopes",
 * §1) and, on {@code [0,1]^n}, an extreme point of the monotone functions (Yang and Yang 2025,
 * arXiv:2502.18876, the characterisation of extreme monotone functions): a deterministic monotone allocation rule.
 *
 * @param grid    the grid
 * @param members whether each point belongs to the set, indexed by point number (copied)
 */
public record UpSet(TypeGrid grid, boolean[] members) {

    /**
     * Validates the set.
     *
     * @throws IllegalArgumentException if the lengths disagree or the set is not closed upwards
     */
    public UpSet {
        Arguments.notNull("grid", grid);
        Arguments.notNull("members", members);
        if (members.length != grid.size()) {
            throw new IllegalArgumentException("members must have one entry per grid point, " + grid.size()
                    + " (got " + members.length + ")");
        }
        members = members.clone();
        for (int point = 0; point < members.length; point++) {
            for (int i = 0; members[point] && i < grid.agents(); i++) {
                int next = grid.successor(point, i);
                if (next >= 0 && !members[next]) {
                    throw new IllegalArgumentException("members must be closed upwards: point " + point
                            + " is in the set but its successor " + next + " for agent " + i + " is not");
                }
            }
        }
    }

    /**
     * The up-set {@code {x : f(x) ≥ level}} of a monotone function.
     *
     * @param grid     the grid
     * @param function a monotone function, one value per point
     * @param level    the threshold; finite
     * @return the upper level set
     * @throws IllegalArgumentException if the function is not monotone (its level set is not an up-set)
     */
    public static UpSet levelSet(TypeGrid grid, double[] function, double level) {
        Arguments.notNull("grid", grid).requireFunction(function);
        Arguments.finite("level", level);
        boolean[] members = new boolean[function.length];
        for (int point = 0; point < function.length; point++) {
            members[point] = function[point] >= level;
        }
        return new UpSet(grid, members);
    }

    /** @return a copy of the membership flags */
    @Override
    public boolean[] members() {
        return members.clone();
    }

    /**
     * @param point a point number
     * @return whether the point belongs to the set
     */
    public boolean contains(int point) {
        return members[Arguments.index("point", point, members.length)];
    }

    /** @return the number of points in the set */
    public int cardinality() {
        int count = 0;
        for (boolean member : members) {
            count += member ? 1 : 0;
        }
        return count;
    }

    /** @return the indicator function, 1 on the set and 0 off it */
    public double[] indicator() {
        double[] indicator = new double[members.length];
        for (int point = 0; point < members.length; point++) {
            indicator[point] = members[point] ? 1 : 0;
        }
        return indicator;
    }

    /**
     * The one-dimensional marginals of the indicator (Yang and Yang 2025): agent {@code i}'s interim
     * probability of the outcome.
     *
     * @return {@code marginals[i][x_i]}
     */
    public double[][] marginals() {
        return grid.marginals(indicator());
    }

    /**
     * The staircase boundary: for each profile {@code y} of the first {@code n − 1} agents (numbered like the
     * grid's points), the lowest type of the last agent in the set, {@code m} if there is none. Thresholds are
     * non-increasing in {@code y}, and the up-set is {@code {x : x_n ≥ h(x_{-n})}}.
     *
     * @return the thresholds, {@code m^(n−1)} of them
     */
    public int[] thresholds() {
        int m = grid.side();
        int columns = grid.size() / m;
        int[] thresholds = new int[columns];
        for (int column = 0; column < columns; column++) {
            int h = m;
            while (h > 0 && members[column + (h - 1) * columns]) {
                h--;
            }
            thresholds[column] = h;
        }
        return thresholds;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UpSet u && grid.equals(u.grid) && Arrays.equals(members, u.members);
    }

    @Override
    public int hashCode() {
        return 31 * grid.hashCode() + Arrays.hashCode(members);
    }

    @Override
    public String toString() {
        return "UpSet[" + cardinality() + " of " + members.length + " points, thresholds "
                + Arrays.toString(thresholds()) + "]";
    }
}
