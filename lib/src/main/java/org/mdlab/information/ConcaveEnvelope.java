package org.mdlab.information;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import org.mdlab.market.Arguments;

/**
 * The upper concave envelope of a function on {@code [0, 1]} given at grid points and linear between
 * them: the smallest concave function above it (Kamenica and Gentzkow 2011, Corollary 2: the sender's
 * value from optimal persuasion at prior {@code μ0} is the envelope of the value function at
 * {@code μ0}). Computed exactly as the upper convex hull of the points (Andrew's monotone chain,
 * {@code O(n)} for sorted grids).
 *
 * @param beliefs the hull's vertices, strictly increasing, first 0 and last 1
 * @param values  the envelope at the vertices
 */
public record ConcaveEnvelope(double[] beliefs, double[] values) {

    /** The most grid points {@link #ofFunction} accepts ({@value}). */
    public static final int MAX_POINTS = 1 << 26;

    /**
     * Validates and copies the vertices.
     *
     * @throws IllegalArgumentException if the arrays are null, shorter than 2, of different lengths, not
     *                                  finite, the beliefs are not strictly increasing from 0 to 1, or the
     *                                  values are not concave in the beliefs (relative tolerance 1e-12)
     */
    public ConcaveEnvelope {
        beliefs = Arguments.finiteArray("beliefs", beliefs);
        values = Arguments.finiteArray("values", values);
        Arguments.atLeast("beliefs.length", beliefs.length, 2);
        if (beliefs.length != values.length) {
            throw new IllegalArgumentException("values must have one entry per belief (" + beliefs.length + ", got "
                    + values.length + ")");
        }
        if (beliefs[0] != 0 || beliefs[beliefs.length - 1] != 1) {
            throw new IllegalArgumentException("beliefs must run from 0 to 1 (got " + beliefs[0] + " to "
                    + beliefs[beliefs.length - 1] + ")");
        }
        for (int k = 0; k < beliefs.length; k++) {
            if (k > 0 && !(beliefs[k] > beliefs[k - 1])) {
                throw new IllegalArgumentException("beliefs must increase strictly (got " + beliefs[k - 1] + " then "
                        + beliefs[k] + " at index " + k + ")");
            }
        }
        double scale = 0;
        for (double v : values) {
            scale = Math.max(scale, Math.abs(v));
        }
        for (int k = 1; k + 1 < beliefs.length; k++) {
            if (cross(beliefs[k - 1], values[k - 1], beliefs[k], values[k], beliefs[k + 1], values[k + 1]) > 1e-12 * scale) {
                throw new IllegalArgumentException("values must be concave in the beliefs (the vertex at belief "
                        + beliefs[k] + ", index " + k + ", lies below the chord of its neighbours)");
            }
        }
    }

    /**
     * The envelope of a function given at grid points (in any order) on {@code [0, 1]}.
     *
     * @param grid   the beliefs, in {@code [0, 1]}, including 0 and 1, distinct
     * @param values the function at the grid points; finite
     * @return the concave envelope
     * @throws IllegalArgumentException if the grid misses 0 or 1, has duplicates or points outside
     *                                  {@code [0, 1]}, or a value is not finite
     */
    public static ConcaveEnvelope ofGrid(double[] grid, double[] values) {
        Arguments.notNull("grid", grid);
        Arguments.notNull("values", values);
        if (grid.length != values.length || grid.length < 2) {
            throw new IllegalArgumentException("grid and values must have equal length >= 2 (got " + grid.length
                    + " and " + values.length + ")");
        }
        Integer[] order = new Integer[grid.length];
        for (int k = 0; k < grid.length; k++) {
            if (!(grid[k] >= 0 && grid[k] <= 1) || !Double.isFinite(values[k])) {
                throw new IllegalArgumentException("grid points must lie in [0, 1] with finite values (got "
                        + grid[k] + " -> " + values[k] + ")");
            }
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> Double.compare(grid[a], grid[b]));
        double[] x = new double[grid.length];
        double[] y = new double[grid.length];
        int size = 0;
        for (int k = 0; k < grid.length; k++) {
            double gx = grid[order[k]];
            double gy = values[order[k]];
            if (size > 0 && gx == x[size - 1]) {
                throw new IllegalArgumentException("grid must not repeat a belief (got " + gx + " twice)");
            }
            while (size >= 2 && cross(x[size - 2], y[size - 2], x[size - 1], y[size - 1], gx, gy) >= 0) {
                size--;
            }
            x[size] = gx;
            y[size] = gy;
            size++;
        }
        return new ConcaveEnvelope(Arrays.copyOf(x, size), Arrays.copyOf(y, size));
    }

    /**
     * The envelope of a function sampled at {@code points} equally spaced beliefs in {@code [0, 1]}.
     * Exact for functions linear between the grid points (e.g. step value functions whose jumps lie on
     * the grid, taking the upper value at the jump).
     *
     * @param function the function of the belief
     * @param points   the number of grid points; {@code >= 2}
     * @return the envelope of the sampled function
     * @throws IllegalArgumentException if {@code function} is null, {@code points} is outside
     *                                  {@code [2, MAX_POINTS]} or a value is not finite
     */
    public static ConcaveEnvelope ofFunction(DoubleUnaryOperator function, int points) {
        Arguments.notNull("function", function);
        Arguments.atLeast("points", points, 2);
        Arguments.sizeAtMost("points", points, MAX_POINTS, "O(points) evaluations and four arrays of points doubles");
        double[] grid = new double[points];
        double[] values = new double[points];
        for (int k = 0; k < points; k++) {
            grid[k] = k == points - 1 ? 1.0 : (double) k / (points - 1);
            values[k] = function.applyAsDouble(grid[k]);
        }
        return ofGrid(grid, values);
    }

    private static double cross(double ax, double ay, double bx, double by, double cx, double cy) {
        return (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
    }

    /**
     * The beliefs at the vertices of the hull, from 0 to 1.
     *
     * @return a copy of the vertex beliefs
     */
    @Override
    public double[] beliefs() {
        return beliefs.clone();
    }

    /**
     * The envelope at the vertices of the hull.
     *
     * @return a copy of the vertex values
     */
    @Override
    public double[] values() {
        return values.clone();
    }

    /**
     * The envelope at a belief.
     *
     * @param belief a belief in {@code [0, 1]}
     * @return the envelope's value
     * @throws IllegalArgumentException if {@code belief} is outside {@code [0, 1]}
     */
    public double value(double belief) {
        int upper = segmentEnd(belief);
        double a = beliefs[upper - 1];
        double b = beliefs[upper];
        return values[upper - 1] + (belief - a) / (b - a) * (values[upper] - values[upper - 1]);
    }

    /**
     * The optimal signal at a prior: the posteriors are the hull vertices around the prior, with the
     * weights that average back to it (Kamenica and Gentzkow 2011, Proposition 1, Bayes plausibility).
     *
     * @param prior the prior belief in {@code [0, 1]}
     * @return the splitting of the prior
     * @throws IllegalArgumentException if {@code prior} is outside {@code [0, 1]}
     */
    public Splitting split(double prior) {
        int upper = segmentEnd(prior);
        double a = beliefs[upper - 1];
        double b = beliefs[upper];
        double weightHigh = (prior - a) / (b - a);
        return new Splitting(a, b, 1 - weightHigh, value(prior));
    }

    private int segmentEnd(double belief) {
        if (!(belief >= 0 && belief <= 1)) {
            throw new IllegalArgumentException("belief must lie in [0, 1] (got " + belief + ")");
        }
        int k = Arrays.binarySearch(beliefs, belief);
        int upper = k >= 0 ? k : -k - 1;
        return Math.max(1, upper);
    }

    /**
     * A binary splitting of a prior into two posteriors (Kamenica and Gentzkow 2011, Section II).
     *
     * @param low       the lower posterior
     * @param high      the higher posterior
     * @param weightLow the probability of the lower posterior, in {@code [0, 1]}
     * @param value     the sender's expected value, the envelope at the prior
     */
    public record Splitting(double low, double high, double weightLow, double value) {

        /**
         * Validates the splitting.
         *
         * @throws IllegalArgumentException if {@code low > high} or {@code weightLow} is outside [0, 1]
         */
        public Splitting {
            if (!(low <= high) || !(weightLow >= 0 && weightLow <= 1)) {
                throw new IllegalArgumentException("need low <= high and weightLow in [0, 1] (got " + low + ", "
                        + high + ", " + weightLow + ")");
            }
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConcaveEnvelope that && Arrays.equals(beliefs, that.beliefs)
                && Arrays.equals(values, that.values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(beliefs) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "ConcaveEnvelope[beliefs=" + Arrays.toString(beliefs) + ", values=" + Arrays.toString(values) + "]";
    }
}
