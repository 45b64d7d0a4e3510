package org.mdlab.information;

import org.mdlab.optimisation.SolverState;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;
import org.ojalgo.optimisation.Expression;
import org.ojalgo.optimisation.ExpressionsBasedModel;
import org.ojalgo.optimisation.Optimisation;
import org.ojalgo.optimisation.Variable;

/**
 * The concave envelope of a function on the probability simplex at a prior, by linear programming
 * over a finite set of beliefs: {@code max Σ_k λ_k v(μ_k)} subject to {@code Σ_k λ_k μ_k = μ0},
 * {@code λ >= 0} (Kamenica and Gentzkow 2011, Corollary 2 with Bayes plausibility, Proposition 1).
 * The envelope of the function restricted to the grid; it converges to the true envelope as the grid
 * is refined for continuous functions. One LP with {@code K} variables and {@code m} equality
 * constraints for {@code K} beliefs over {@code m} states.
 */
public final class SimplexConcavification {

    private SimplexConcavification() {
    }

    /**
     * All beliefs over {@code states} states whose probabilities are multiples of {@code 1/resolution}:
     * {@code C(resolution + states - 1, states - 1)} points.
     *
     * @param states     the number of states; {@code >= 1}
     * @param resolution the denominator; {@code >= 1}
     * @return the grid of beliefs
     * @throws IllegalArgumentException if an argument is below 1
     */
    public static double[][] grid(int states, int resolution) {
        if (states < 1 || resolution < 1) {
            throw new IllegalArgumentException("states and resolution must be >= 1 (got " + states + ", " + resolution + ")");
        }
        List<double[]> points = new ArrayList<>();
        fill(new int[states], 0, resolution, resolution, points);
        return points.toArray(new double[0][]);
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
     * The concave envelope at a prior of a function evaluated at given beliefs.
     *
     * @param beliefs the beliefs {@code μ_k}, each a probability vector over the same states
     * @param value   the function {@code v}
     * @param prior   the prior {@code μ0}, a probability vector
     * @return the envelope value and the splitting that attains it, or a solver state without them
     * @throws IllegalArgumentException if a belief or the prior is not a probability vector of the same length
     */
    public static EnvelopeResult at(double[][] beliefs, ToDoubleFunction<double[]> value, double[] prior) {
        int m = prior.length;
        requireDistribution("prior", prior);
        if (beliefs.length == 0) {
            throw new IllegalArgumentException("beliefs must be non-empty");
        }
        ExpressionsBasedModel model = new ExpressionsBasedModel();
        Variable[] weights = new Variable[beliefs.length];
        double[] values = new double[beliefs.length];
        for (int k = 0; k < beliefs.length; k++) {
            if (beliefs[k].length != m) {
                throw new IllegalArgumentException("beliefs must have " + m + " states (got " + beliefs[k].length
                        + " at " + k + ")");
            }
            requireDistribution("belief " + k, beliefs[k]);
            values[k] = value.applyAsDouble(beliefs[k].clone());
            if (!Double.isFinite(values[k])) {
                throw new IllegalArgumentException("value must be finite (got " + values[k] + " at belief " + k + ")");
            }
            weights[k] = model.addVariable("w" + k).lower(0).weight(values[k]);
        }
        for (int s = 0; s < m; s++) {
            Expression plausible = model.addExpression("bayes" + s).level(prior[s]);
            for (int k = 0; k < beliefs.length; k++) {
                if (beliefs[k][s] != 0) {
                    plausible.set(weights[k], beliefs[k][s]);
                }
            }
        }
        Optimisation.Result result = model.maximise();
        SolverState state = SolverState.of(result.getState());
        if (state != SolverState.OPTIMAL) {
            return new EnvelopeResult(state, Optional.empty());
        }
        List<double[]> posteriors = new ArrayList<>();
        List<Double> probabilities = new ArrayList<>();
        double total = 0;
        for (int k = 0; k < beliefs.length; k++) {
            double w = result.doubleValue(k);
            if (w > 1e-12) {
                posteriors.add(beliefs[k].clone());
                probabilities.add(w);
                total += w * values[k];
            }
        }
        return new EnvelopeResult(state, Optional.of(new EnvelopeResult.Split(total,
                posteriors.toArray(new double[0][]), probabilities.stream().mapToDouble(Double::doubleValue).toArray())));
    }

    static void requireDistribution(String name, double[] p) {
        double sum = 0;
        for (int s = 0; s < p.length; s++) {
            if (!(p[s] >= 0) || !Double.isFinite(p[s])) {
                throw new IllegalArgumentException(name + " must have finite entries >= 0 (got " + p[s] + " at " + s + ")");
            }
            sum += p[s];
        }
        if (p.length == 0 || Math.abs(sum - 1) > 1e-9) {
            throw new IllegalArgumentException(name + " must sum to 1 (got " + sum + ")");
        }
    }
}
