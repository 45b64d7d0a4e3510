package org.mdlab.monotone;

import java.util.Arrays;
import java.util.List;
import org.mdlab.market.Arguments;

/**
 * One distinct marginal vector of up-set indicators and the two linear-programming certificates of its
 * status in the marginal polytope (Yang and Yang 2025, arXiv:2502.18876, the extreme points of the
 * set of one-dimensional marginals). The point is extreme exactly when it is not a convex combination of
 * the other distinct marginal vectors; then a direction separates it strictly from all of them.
 *
 * @param marginals   the marginal vector, {@code marginals[i][x_i]} (copied)
 * @param upSets      the up-sets sharing these marginals, at least one (copied)
 * @param combination when the point is not extreme, weights over the distinct points of the
 *                    {@link ExtremeMarginals} it belongs to (0 on itself) that reproduce it; empty when it is (copied)
 * @param direction   a direction {@code w} in {@code [−1, 1]^{n·m}} maximising the margin (copied)
 * @param margin      {@code min_j w·(p − p_j)} over the other distinct points: {@code > 0} exactly for an extreme point
 */
public record MarginalPoint(double[][] marginals, List<UpSet> upSets, double[] combination, double[] direction,
                            double margin) {

    /**
     * Validates and copies the components.
     *
     * @throws IllegalArgumentException if a component is null, {@code upSets} is empty or {@code margin} is not finite
     */
    public MarginalPoint {
        Arguments.notNull("marginals", marginals);
        Arguments.notNull("upSets", upSets);
        if (upSets.isEmpty()) {
            throw new IllegalArgumentException("upSets must name at least one up-set (got none)");
        }
        marginals = Arrays.stream(marginals).map(double[]::clone).toArray(double[][]::new);
        upSets = List.copyOf(upSets);
        combination = Arguments.notNull("combination", combination).clone();
        direction = Arguments.notNull("direction", direction).clone();
        Arguments.finite("margin", margin);
    }

    /** @return a copy of the marginals */
    @Override
    public double[][] marginals() {
        return Arrays.stream(marginals).map(double[]::clone).toArray(double[][]::new);
    }

    /** @return a copy of the combination weights, empty for an extreme point */
    @Override
    public double[] combination() {
        return combination.clone();
    }

    /** @return a copy of the separating direction */
    @Override
    public double[] direction() {
        return direction.clone();
    }

    /** @return whether the convex-combination program was infeasible, i.e. the point is extreme */
    public boolean extreme() {
        return combination.length == 0;
    }

    /** @return the marginals flattened agent by agent, {@code n·m} entries */
    public double[] flat() {
        return Arrays.stream(marginals).flatMapToDouble(Arrays::stream).toArray();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MarginalPoint p && Arrays.deepEquals(marginals, p.marginals) && upSets.equals(p.upSets)
                && Arrays.equals(combination, p.combination) && Arrays.equals(direction, p.direction)
                && Double.compare(margin, p.margin) == 0;
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(marginals) + 31 * upSets.hashCode();
    }

    @Override
    public String toString() {
        return "MarginalPoint[" + (extreme() ? "extreme" : "not extreme") + ", margin " + margin + ", "
                + upSets.size() + " up-set(s)]";
    }
}
