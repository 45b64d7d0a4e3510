package org.mdlab.cloud;

import java.util.Arrays;
import org.mdlab.market.ConvexCost;

/**
 * The discretised demand side of multi-unit sequential screening (Bergemann and Wang 2025, arXiv
 * 2502.08022, Section 2, on a finite grid): at contracting the buyer privately learns a signal
 * {@code i} (probability {@code g_i}); afterwards he learns his marginal value of usage {@code v_k}
 * from the conditional distribution {@code f_i}; usage {@code q} is worth {@code v_k q} to him and
 * costs the seller {@code c(q)}, a convex cost. Higher signals are better news: the conditional
 * distributions are ordered by first-order stochastic dominance. Every conditional distribution has
 * full support on the value grid, so that every report of the buyer is on path.
 *
 * @param signalProbabilities the probabilities {@code g_i} of the signals, in increasing order of the signal
 * @param values              the marginal values {@code v_1 < ... < v_K} of usage
 * @param conditionals        {@code f_i(v_k)}, one probability vector per signal, all entries positive
 * @param cost                the seller's convex cost of usage
 */
public record CloudDemand(double[] signalProbabilities, double[] values, double[][] conditionals, ConvexCost cost) {

    private static final double SUM_TOLERANCE = 1e-9;

    /**
     * Validates and copies the arrays.
     *
     * @throws IllegalArgumentException if a probability vector is not a full-support distribution, the
     *                                  values are not strictly increasing, the dimensions disagree, the
     *                                  signals are not ordered by first-order stochastic dominance, or
     *                                  the cost is missing
     */
    public CloudDemand {
        requireDistribution("signalProbabilities", signalProbabilities);
        if (values == null || values.length < 2) {
            throw new IllegalArgumentException("values must have at least 2 entries");
        }
        for (int k = 0; k < values.length; k++) {
            if (!Double.isFinite(values[k]) || values[k] < 0 || (k > 0 && values[k] <= values[k - 1])) {
                throw new IllegalArgumentException("values must be finite, >= 0 and strictly increasing (got "
                        + values[k] + " at " + k + ")");
            }
        }
        if (conditionals == null || conditionals.length != signalProbabilities.length) {
            throw new IllegalArgumentException("conditionals must have one row per signal ("
                    + signalProbabilities.length + ")");
        }
        double[][] rows = new double[conditionals.length][];
        for (int i = 0; i < conditionals.length; i++) {
            if (conditionals[i] == null || conditionals[i].length != values.length) {
                throw new IllegalArgumentException("conditionals row " + i + " must have " + values.length + " entries");
            }
            requireDistribution("conditionals row " + i, conditionals[i]);
            rows[i] = conditionals[i].clone();
        }
        for (int i = 1; i < rows.length; i++) {
            double lower = 0;
            double upper = 0;
            for (int k = 0; k < values.length; k++) {
                lower += rows[i - 1][k];
                upper += rows[i][k];
                if (upper > lower + SUM_TOLERANCE) {
                    throw new IllegalArgumentException("conditionals must increase in first-order stochastic dominance"
                            + " (got F_" + i + "(v_" + k + ") = " + upper + " > F_" + (i - 1) + "(v_" + k + ") = " + lower + ")");
                }
            }
        }
        if (cost == null) {
            throw new IllegalArgumentException("cost must not be null");
        }
        signalProbabilities = signalProbabilities.clone();
        values = values.clone();
        conditionals = rows;
    }

    private static void requireDistribution(String name, double[] p) {
        if (p == null || p.length == 0) {
            throw new IllegalArgumentException(name + " must be non-empty");
        }
        double sum = 0;
        for (int k = 0; k < p.length; k++) {
            if (!Double.isFinite(p[k]) || p[k] <= 0) {
                throw new IllegalArgumentException(name + " must have finite entries > 0 (got " + p[k] + " at " + k + ")");
            }
            sum += p[k];
        }
        if (Math.abs(sum - 1) > SUM_TOLERANCE) {
            throw new IllegalArgumentException(name + " must sum to 1 (got " + sum + ")");
        }
    }

    /**
     * Signals that tilt a common grid exponentially: {@code f_i(v_k) ∝ τ_i^k}. Increasing tilts give
     * conditionals ordered by the monotone likelihood ratio, hence by first-order dominance; a tilt of 1
     * is the uniform distribution on the grid.
     *
     * @param signalProbabilities the signal probabilities
     * @param values              the value grid
     * @param tilts               one tilt per signal, finite, positive and strictly increasing
     * @param cost                the seller's convex cost
     * @return the demand model
     * @throws IllegalArgumentException if the tilts break their rule or a rule of the constructor is broken
     */
    public static CloudDemand tilted(double[] signalProbabilities, double[] values, double[] tilts, ConvexCost cost) {
        if (tilts == null || signalProbabilities == null || tilts.length != signalProbabilities.length) {
            throw new IllegalArgumentException("tilts must have one entry per signal");
        }
        double[][] f = new double[tilts.length][values.length];
        for (int i = 0; i < tilts.length; i++) {
            if (!(tilts[i] > 0) || !Double.isFinite(tilts[i]) || (i > 0 && tilts[i] <= tilts[i - 1])) {
                throw new IllegalArgumentException("tilts must be finite, > 0 and strictly increasing (got " + tilts[i]
                        + " at " + i + ")");
            }
            double sum = 0;
            for (int k = 0; k < values.length; k++) {
                f[i][k] = Math.pow(tilts[i], k);
                sum += f[i][k];
            }
            for (int k = 0; k < values.length; k++) {
                f[i][k] /= sum;
            }
        }
        return new CloudDemand(signalProbabilities, values, f, cost);
    }

    /** @return a copy of the signal probabilities */
    @Override
    public double[] signalProbabilities() {
        return signalProbabilities.clone();
    }

    /** @return a copy of the value grid */
    @Override
    public double[] values() {
        return values.clone();
    }

    /** @return a copy of the conditional distributions */
    @Override
    public double[][] conditionals() {
        return Arrays.stream(conditionals).map(double[]::clone).toArray(double[][]::new);
    }

    /**
     * The number of signals.
     *
     * @return {@code I}
     */
    public int signals() {
        return signalProbabilities.length;
    }

    /**
     * The number of grid values.
     *
     * @return {@code K}
     */
    public int valueCount() {
        return values.length;
    }

    /**
     * The conditional probability of value {@code k} given signal {@code i}.
     *
     * @param signal the signal index
     * @param value  the value index
     * @return {@code f_i(v_k)}
     */
    public double probability(int signal, int value) {
        return conditionals[signal][value];
    }

    /**
     * The probability of signal {@code i}.
     *
     * @param signal the signal index
     * @return {@code g_i}
     */
    public double signalProbability(int signal) {
        return signalProbabilities[signal];
    }

    /**
     * The marginal value at grid index {@code k}.
     *
     * @param value the value index
     * @return {@code v_k}
     */
    public double value(int value) {
        return values[value];
    }

    /**
     * The dynamic virtual values of the relaxed problem (Bergemann and Wang 2025, Section 3, the
     * discrete analogue of the Courty–Li/Eső–Szentes virtual value): with {@code G_i} the cumulative
     * signal probability, {@code F_i} the conditional distribution function and
     * {@code Δ_k = v_{k+1} - v_k},
     * {@code φ_i(v_k) = v_k - (1 - G_i)/(g_i f_i(v_k)) · Δ_k · (F_i(v_k) - F_{i+1}(v_k))},
     * and {@code φ_i(v_K) = v_K}, {@code φ_I = v}. The correction charges the information rent that
     * usage at {@code (i, v_k)} leaves to every higher signal: rents are
     * {@code U_{i+1} - U_i = Σ_k Δ_k (F_i(v_k) - F_{i+1}(v_k)) q_i(v_k)}. {@code O(IK)}.
     *
     * @return {@code φ[i][k]}
     */
    public double[][] dynamicVirtualValues() {
        int n = signals();
        int kk = valueCount();
        double[][] phi = new double[n][kk];
        double cumulative = 0;
        for (int i = 0; i < n; i++) {
            cumulative += signalProbabilities[i];
            double above = i == n - 1 ? 0 : Math.max(0, 1 - cumulative);
            double own = 0;
            double next = 0;
            for (int k = 0; k < kk; k++) {
                own += conditionals[i][k];
                phi[i][k] = values[k];
                if (i < n - 1 && k < kk - 1) {
                    next += conditionals[i + 1][k];
                    double gap = Math.max(0, own - next);
                    phi[i][k] -= above / (signalProbabilities[i] * conditionals[i][k]) * (values[k + 1] - values[k]) * gap;
                }
            }
        }
        return phi;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CloudDemand that && Arrays.equals(signalProbabilities, that.signalProbabilities)
                && Arrays.equals(values, that.values) && Arrays.deepEquals(conditionals, that.conditionals)
                && cost == that.cost;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(new int[] {Arrays.hashCode(signalProbabilities), Arrays.hashCode(values),
                Arrays.deepHashCode(conditionals), System.identityHashCode(cost)});
    }

    @Override
    public String toString() {
        return "CloudDemand[" + signals() + " signals, " + valueCount() + " values]";
    }
}
