package org.mdlab.information;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.mdlab.market.Arguments;
import org.mdlab.optimisation.LinearProgram;
import org.mdlab.optimisation.Solution;
import org.mdlab.optimisation.SolverOptions;

/**
 * The concave envelope of a function on the probability simplex at a prior, by linear programming
 * over a finite set of beliefs: {@code max Σ_k λ_k v(μ_k)} subject to {@code Σ_k λ_k μ_k = μ0},
 * {@code λ >= 0} (Kamenica and Gentzkow 2011, Corollary 2 with Bayes plausibility, Proposition 1).
 * The envelope of the function restricted to the grid; it converges to the true envelope as the grid
 * is refined for continuous functions. One LP with {@code K} variables and {@code m} equality
 * constraints for {@code K} beliefs over {@code m} states.
 */
public final class SimplexConcavification {

    /** The most beliefs one linear program accepts ({@value}); the LP has one column per belief. */
    public static final int MAX_BELIEFS = 200_000;

    private SimplexConcavification() {
    }

    /**
     * All beliefs over {@code states} states whose probabilities are multiples of {@code 1/resolution}:
     * {@code C(resolution + states - 1, states - 1)} points, refused up front beyond {@link #MAX_BELIEFS}.
     *
     * @param states     the number of states; {@code >= 1}
     * @param resolution the denominator; {@code >= 1}
     * @return the grid of beliefs
     * @throws IllegalArgumentException if an argument is below 1 or the grid has more than
     *                                  {@link #MAX_BELIEFS} points
     */
    public static double[][] grid(int states, int resolution) {
        Arguments.atLeast("states", states, 1);
        Arguments.atLeast("resolution", resolution, 1);
        Arguments.sizeAtMost("grid points C(resolution + states - 1, states - 1) for states = " + states
                + ", resolution = " + resolution, gridSize(states, resolution), MAX_BELIEFS, "one belief of "
                + states + " doubles per point");
        List<double[]> points = new ArrayList<>();
        fill(new int[states], 0, resolution, resolution, points);
        return points.toArray(new double[0][]);
    }

    /**
     * The number of points of {@link #grid(int, int)}, {@code C(resolution + states - 1, states - 1)},
     * saturating at {@link Long#MAX_VALUE}.
     */
    static long gridSize(int states, int resolution) {
        double count = 1;
        for (int i = 1; i < states; i++) {
            count = count * (resolution + (double) i) / i;
        }
        return count >= Long.MAX_VALUE ? Long.MAX_VALUE : Math.round(count);
    }

    private static void fill(int[] counts, int index, int left, int resolution, List<double[]> points) {
        if (index == counts.length - 1) {
            counts[index] = left;
            double[] belief = new double[counts.length];
            for (int s = 0; s < counts.length; s++) {
                belief[s] = (double) counts[s] / resolution;
            }
            points.add(belief);
            return;
        }
        for (int c = 0; c <= left; c++) {
            counts[index] = c;
            fill(counts, index + 1, left - c, resolution, points);
        }
    }

    /**
     * The concave envelope at a prior of a function evaluated at given beliefs, with the default
     * solver options.
     *
     * @param beliefs the beliefs {@code μ_k}, each a probability vector over the same states
     * @param value   the function {@code v}; finite at every belief
     * @param prior   the prior {@code μ0}, a probability vector
     * @return the envelope value and the splitting that attains it, or the solver's status without them
     * @throws IllegalArgumentException as {@link #solve(double[][], ToDoubleFunction, double[], SolverOptions)}
     */
    public static Solution<BeliefSplit> solve(double[][] beliefs, ToDoubleFunction<double[]> value, double[] prior) {
        return solve(beliefs, value, prior, SolverOptions.defaults());
    }

    /**
     * The concave envelope at a prior of a function evaluated at given beliefs: one LP with {@code K}
     * weights and {@code m} Bayes-plausibility equalities.
     *
     * @param beliefs the beliefs {@code μ_k}, each a probability vector over the same states; at most
     *                {@link #MAX_BELIEFS}
     * @param value   the function {@code v}; finite at every belief
     * @param prior   the prior {@code μ0}, a probability vector
     * @param options read for cancellation; not null
     * @return the envelope value and the splitting that attains it, or the solver's status without them
     * @throws IllegalArgumentException if an argument is null, a belief or the prior is not a probability
     *                                  vector of the same length, a value is not finite, or there are more
     *                                  than {@link #MAX_BELIEFS} beliefs
     */
    public static Solution<BeliefSplit> solve(double[][] beliefs, ToDoubleFunction<double[]> value, double[] prior,
            SolverOptions options) {
        double[] mu0 = Arguments.probabilities("prior", prior);
        Arguments.notNull("beliefs", beliefs);
        Arguments.notNull("value", value);
        Arguments.notNull("options", options);
        Arguments.atLeast("beliefs.length", beliefs.length, 1);
        Arguments.sizeAtMost("beliefs K", beliefs.length, MAX_BELIEFS, "K LP columns, O(K m) memory");
        int m = mu0.length;
        double[][] points = new double[beliefs.length][];
        double[] values = new double[beliefs.length];
        LinearProgram program = LinearProgram.create();
        LinearProgram.Variable[] weights = new LinearProgram.Variable[beliefs.length];
        for (int k = 0; k < beliefs.length; k++) {
            points[k] = Arguments.probabilities("beliefs[" + k + "]", beliefs[k]);
            if (points[k].length != m) {
                throw new IllegalArgumentException("beliefs[" + k + "] must have " + m + " states like the prior (got "
                        + points[k].length + ")");
            }
            values[k] = value.applyAsDouble(points[k].clone());
            if (!Double.isFinite(values[k])) {
                throw new IllegalArgumentException("value must be finite (got " + values[k] + " at beliefs[" + k + "])");
            }
            weights[k] = program.variable("w" + k).lower(0).weight(values[k]);
        }
        for (int s = 0; s < m; s++) {
            LinearProgram.Constraint plausible = program.constraint("bayes" + s).level(mu0[s]);
            for (int k = 0; k < points.length; k++) {
                if (points[k][s] != 0) {
                    plausible.set(weights[k], points[k][s]);
                }
            }
        }
        return program.maximise(options).map(point -> split(point.values(), points, values));
    }

    private static BeliefSplit split(double[] weights, double[][] beliefs, double[] values) {
        List<double[]> posteriors = new ArrayList<>();
        List<Double> probabilities = new ArrayList<>();
        double total = 0;
        for (int k = 0; k < beliefs.length; k++) {
            double w = weights[k];
            if (w > 1e-12) {
                posteriors.add(beliefs[k]);
                probabilities.add(w);
                total += w * values[k];
            }
        }
        return new BeliefSplit(total, posteriors.toArray(new double[0][]),
                probabilities.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
