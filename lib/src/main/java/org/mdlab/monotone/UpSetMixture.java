package org.mdlab.monotone;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mdlab.market.Arguments;

/**
 * A convex combination of up-set indicators, {@code f = Σ_l w_l 1_{U_l}} with nested up-sets
 * {@code U_1 ⊇ U_2 ⊇ …}: the "layer-cake" representation {@code f = ∫_0^1 1{f ≥ s} ds} of a monotone
 * function, which shows constructively that the order polytope is the convex hull of up-set indicators
 * (Stanley 1986, "Two poset polytopes", §1; Yang and Yang 2025, arXiv:2502.18876, the characterisation of extreme monotone functions).
 *
 * @param upSets  the up-sets, nested decreasingly (copied)
 * @param weights their weights, positive and summing to 1 (copied)
 */
public record UpSetMixture(List<UpSet> upSets, double[] weights) {

    /**
     * Validates the mixture.
     *
     * @throws IllegalArgumentException if the lists are empty or differ in length, or the weights are not a
     *                                  probability vector
     */
    public UpSetMixture {
        Arguments.notNull("upSets", upSets);
        weights = Arguments.probabilities("weights", weights);
        if (upSets.size() != weights.length) {
            throw new IllegalArgumentException("upSets and weights must have the same length (got "
                    + upSets.size() + " and " + weights.length + ")");
        }
        upSets = List.copyOf(upSets);
    }

    /**
     * The layer-cake decomposition of a monotone function into its upper level sets. Values within
     * {@code tolerance} of each other are treated as one level, and values within {@code tolerance} of 0 or 1
     * as 0 or 1, so that a solver's rounding noise does not create spurious layers.
     *
     * @param grid      the grid
     * @param function  monotone (violations up to {@code tolerance}), values in {@code [0, 1]} up to {@code tolerance}
     * @param tolerance finite and {@code >= 0}
     * @return the mixture, including the empty set when {@code max f < 1} and the whole grid when {@code min f > 0}
     * @throws IllegalArgumentException if the function is not monotone or leaves {@code [0, 1]}
     */
    public static UpSetMixture decompose(TypeGrid grid, double[] function, double tolerance) {
        Arguments.notNull("grid", grid).requireFunction(function);
        Arguments.nonNegative("tolerance", tolerance);
        double violation = grid.monotonicityViolation(function);
        if (violation > tolerance) {
            throw new IllegalArgumentException("function must be monotone (largest violation " + violation
                    + " > tolerance " + tolerance + ")");
        }
        double[] sorted = function.clone();
        Arrays.sort(sorted);
        if (sorted[0] < -tolerance || sorted[sorted.length - 1] > 1 + tolerance) {
            throw new IllegalArgumentException("function must take values in [0, 1] (got range [" + sorted[0]
                    + ", " + sorted[sorted.length - 1] + "])");
        }
        List<Double> levels = new ArrayList<>();
        double previous = 0;
        for (double value : sorted) {
            if (value > previous + tolerance && value > tolerance) {
                levels.add(value);
                previous = value;
            }
        }
        List<UpSet> sets = new ArrayList<>();
        List<Double> masses = new ArrayList<>();
        double below = 0;
        for (double level : levels) {
            double top = Math.min(level, 1);
            if (1 - top <= tolerance) {
                top = 1;
            }
            sets.add(UpSet.levelSet(grid, function, level - tolerance));
            masses.add(top - below);
            below = top;
        }
        if (below < 1) {
            sets.add(new UpSet(grid, new boolean[function.length]));
            masses.add(1 - below);
        }
        return new UpSetMixture(sets, masses.stream().mapToDouble(Double::doubleValue).toArray());
    }

    /** @return a copy of the weights */
    @Override
    public double[] weights() {
        return weights.clone();
    }

    /** @return the number of up-sets in the mixture */
    public int size() {
        return upSets.size();
    }

    /** @return the mixture as a function, {@code Σ_l w_l 1_{U_l}} */
    public double[] function() {
        double[] function = new double[upSets.get(0).grid().size()];
        for (int l = 0; l < upSets.size(); l++) {
            double[] indicator = upSets.get(l).indicator();
            for (int point = 0; point < function.length; point++) {
                function[point] += weights[l] * indicator[point];
            }
        }
        return function;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UpSetMixture u && upSets.equals(u.upSets) && Arrays.equals(weights, u.weights);
    }

    @Override
    public int hashCode() {
        return 31 * upSets.hashCode() + Arrays.hashCode(weights);
    }
}
