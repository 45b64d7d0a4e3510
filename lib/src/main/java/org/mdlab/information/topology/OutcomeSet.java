package org.mdlab.information.topology;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.mdlab.market.Arguments;

/**
 * A compact convex set of outcome distributions described by its support function on finitely many unit
 * directions, {@code h(d) = max_{ν ∈ K} d·ν}. For two compact convex sets and a unit direction {@code d},
 * {@code |h_K(d) − h_L(d)| <= d_H(K, L)} (the Hausdorff distance in the Euclidean norm equals the supremum of
 * that difference over the unit sphere), so the largest difference over the stored directions is a lower bound on
 * the Hausdorff distance, exact when the directions contain the maximiser. It is only a lower bound: an upper bound
 * needs the directions to form a {@code ϑ}-net of the unit sphere of the sets' span, and then, for sets within a ball
 * of radius {@code R} about a common centre (support functions are {@code R}-Lipschitz there),
 * {@code d_H(K, L) <= max_d |h_K(d) − h_L(d)| + 4R·sin(ϑ/2)}; the {@link #directions(int, int, long)} used here are
 * not such a net. This is how Bergemann, Morris and Veiel
 * (arXiv 2411.09149) compare equilibrium outcome sets across information structures, made finite.
 *
 * @param directions unit directions, all of one dimension; copies are kept
 * @param support    the support function at each direction
 */
public record OutcomeSet(double[][] directions, double[] support) {

    /** The largest admissible distance of a direction's Euclidean norm from 1. */
    public static final double UNIT_TOLERANCE = 1e-9;

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if there is no direction, a direction is not a finite unit vector of the
     *                                  common dimension, or the support values do not match the directions
     */
    public OutcomeSet {
        directions = unitDirections(directions);
        Arguments.notNull("support", support);
        if (support.length != directions.length) {
            throw new IllegalArgumentException("support must have one value per direction (" + directions.length
                    + ", got " + support.length + ")");
        }
        support = Arguments.finiteArray("support", support);
    }

    /**
     * The directions used throughout: the {@code 2n} signed coordinate axes, then {@code random} unit vectors drawn
     * from a seeded stream (normalised uniform draws from the cube {@code [−1, 1]ⁿ}).
     *
     * @param dimension the outcome dimension {@code n}, {@code >= 1}
     * @param random    the number of random directions, {@code >= 0}
     * @param seed      the seed of the stream
     * @return {@code 2n + random} unit directions
     */
    public static double[][] directions(int dimension, int random, long seed) {
        Arguments.atLeast("dimension", dimension, 1);
        Arguments.atLeast("random", random, 0);
        Arguments.sizeAtMost("directions (2·dimension + random)", 2L * dimension + random, 1_000_000, "one LP each");
        double[][] d = new double[2 * dimension + random][dimension];
        for (int k = 0; k < dimension; k++) {
            d[2 * k][k] = 1;
            d[2 * k + 1][k] = -1;
        }
        SplittableRandom rng = new SplittableRandom(seed);
        for (int r = 2 * dimension; r < d.length; r++) {
            double norm = 0;
            while (norm < 1e-3) {
                norm = 0;
                for (int k = 0; k < dimension; k++) {
                    d[r][k] = 2 * rng.nextDouble() - 1;
                    norm += d[r][k] * d[r][k];
                }
                norm = Math.sqrt(norm);
            }
            for (int k = 0; k < dimension; k++) {
                d[r][k] /= norm;
            }
        }
        return d;
    }

    @Override
    public double[][] directions() {
        return copy(directions);
    }

    @Override
    public double[] support() {
        return support.clone();
    }

    /**
     * The lower bound on the Hausdorff distance, {@code max_d |h(d) − h'(d)|} over the common directions.
     *
     * @param other an outcome set on the same directions
     * @return the bound, {@code >= 0}
     * @throws IllegalArgumentException if the directions differ
     */
    public double hausdorffLowerBound(OutcomeSet other) {
        Arguments.notNull("other", other);
        if (!Arrays.deepEquals(directions, other.directions)) {
            throw new IllegalArgumentException("other must have the same directions (" + directions.length
                    + " directions of dimension " + directions[0].length + ", got " + other.directions.length
                    + " of dimension " + other.directions[0].length + ", or different ones)");
        }
        double d = 0;
        for (int k = 0; k < support.length; k++) {
            d = Math.max(d, Math.abs(support[k] - other.support[k]));
        }
        return d;
    }

    static double[][] unitDirections(double[][] directions) {
        Arguments.notNull("directions", directions);
        if (directions.length == 0 || directions[0] == null || directions[0].length == 0) {
            throw new IllegalArgumentException("directions must hold at least one non-empty direction");
        }
        double[][] copy = new double[directions.length][];
        for (int k = 0; k < directions.length; k++) {
            if (directions[k] == null || directions[k].length != directions[0].length) {
                throw new IllegalArgumentException("directions must all have dimension " + directions[0].length
                        + " (direction " + k + " differs)");
            }
            copy[k] = Arguments.finiteArray("directions[" + k + "]", directions[k]);
            double norm = 0;
            for (double x : copy[k]) {
                norm += x * x;
            }
            if (Math.abs(Math.sqrt(norm) - 1) > UNIT_TOLERANCE) {
                throw new IllegalArgumentException("directions must be unit vectors (direction " + k + " has norm "
                        + Math.sqrt(norm) + ")");
            }
        }
        return copy;
    }

    private static double[][] copy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int k = 0; k < a.length; k++) {
            c[k] = a[k].clone();
        }
        return c;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OutcomeSet o && Arrays.deepEquals(directions, o.directions)
                && Arrays.equals(support, o.support);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.deepHashCode(directions) + Arrays.hashCode(support);
    }

    @Override
    public String toString() {
        return "OutcomeSet[" + directions.length + " directions of dimension " + directions[0].length + "]";
    }
}
