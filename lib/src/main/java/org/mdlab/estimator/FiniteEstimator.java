package org.mdlab.estimator;

import java.util.Arrays;
import java.util.function.DoubleUnaryOperator;
import org.mdlab.market.Arguments;

/**
 * An estimator with finitely many states and estimates, given exactly by the conditional
 * probabilities {@code P(ω̂ = estimates[e] | ω = states[s]) = probabilities[s][e]}
 * (Bergemann et al., arXiv 2412.16132: full revelation ω̂ = ω, and the sample mean of m Bernoulli(ω)
 * clicks, an unbiased and uniformly consistent sequence with {@code E|ω̂_m - ω| <= 1/(2 sqrt m)}).
 *
 * @param states        the states; finite, distinct
 * @param estimates     the possible estimates; finite
 * @param probabilities one probability vector over {@code estimates} per state
 */
public record FiniteEstimator(double[] states, double[] estimates, double[][] probabilities) implements Estimator {

    /** The most impressions {@code m} of {@link #sampleMean} and {@link #smoothedSampleMean} ({@value}). */
    public static final int MAX_IMPRESSIONS = 1_000_000;

    /**
     * Validates that every row is a distribution and copies the arrays.
     *
     * @throws IllegalArgumentException if an array is empty or mismatched, a number is not finite or
     *                                  a row is not a probability distribution
     */
    public FiniteEstimator {
        states = Arguments.finiteArray("states", states);
        estimates = Arguments.finiteArray("estimates", estimates);
        Arguments.notNull("probabilities", probabilities);
        if (probabilities.length != states.length) {
            throw new IllegalArgumentException("probabilities must have one row per state (" + states.length + ", got "
                    + probabilities.length + ")");
        }
        double[] sorted = states.clone();
        Arrays.sort(sorted);
        for (int s = 1; s < sorted.length; s++) {
            if (sorted[s] == sorted[s - 1]) {
                throw new IllegalArgumentException("states must be distinct (got " + sorted[s] + " twice)");
            }
        }
        double[][] rows = new double[states.length][];
        for (int s = 0; s < states.length; s++) {
            rows[s] = Arguments.probabilities("probabilities[" + s + "]", probabilities[s]);
            if (rows[s].length != estimates.length) {
                throw new IllegalArgumentException("probabilities[" + s + "] must have one entry per estimate ("
                        + estimates.length + ", got " + rows[s].length + ")");
            }
        }
        probabilities = rows;
    }

    /**
     * Full revelation: ω̂ = ω with probability 1 (Bergemann et al., Theorem "Full revelation of the state").
     *
     * @param states the states
     * @return the estimator
     */
    public static FiniteEstimator fullRevelation(double... states) {
        double[][] p = new double[states.length][states.length];
        for (int s = 0; s < states.length; s++) {
            p[s][s] = 1;
        }
        return new FiniteEstimator(states, states, p);
    }

    /**
     * The sample mean of {@code m} independent Bernoulli(ω) clicks: ω̂ = k/m with the binomial
     * probability {@code C(m,k) ω^k (1-ω)^{m-k}}, computed in log space.
     *
     * @param m      the number of impressions, {@code >= 1}
     * @param states click-through rates in {@code [0, 1]}
     * @return the estimator
     * @throws IllegalArgumentException if {@code m < 1} or a state is outside {@code [0, 1]}
     */
    public static FiniteEstimator sampleMean(int m, double... states) {
        return ofClicks(m, 0, states);
    }

    /**
     * The add-one (Laplace) click-through rate {@code ω̂ = (k + 1)/(m + 2)} after {@code k} clicks in
     * {@code m} impressions, the posterior mean under a uniform prior. It is never 0, so per-click prices
     * {@code externality / ω̂} exist; it is biased by {@code (1 - 2ω)/(m + 2)} and uniformly consistent,
     * with {@code E|ω̂_m - ω| <= 1/(2 sqrt m) + 1/(m + 2)}.
     *
     * @param m      the number of impressions, {@code >= 1}
     * @param states click-through rates in {@code [0, 1]}
     * @return the estimator
     * @throws IllegalArgumentException if {@code m < 1} or a state is outside {@code [0, 1]}
     */
    public static FiniteEstimator smoothedSampleMean(int m, double... states) {
        return ofClicks(m, 1, states);
    }

    private static FiniteEstimator ofClicks(int m, int pseudoClicks, double[] states) {
        Arguments.atLeast("m", m, 1);
        Arguments.sizeAtMost("m", m, MAX_IMPRESSIONS, "m + 1 estimates and m + 1 probabilities per state");
        Arguments.notNull("states", states);
        Arguments.sizeAtMost("states.length * (m + 1)", Math.multiplyExact((long) states.length, m + 1L),
                100_000_000L, "one probability per state and estimate");
        double[] estimates = new double[m + 1];
        for (int k = 0; k <= m; k++) {
            estimates[k] = (double) (k + pseudoClicks) / (m + 2 * pseudoClicks);
        }
        double[] logFactorial = new double[m + 1];
        for (int j = 2; j <= m; j++) {
            logFactorial[j] = logFactorial[j - 1] + Math.log(j);
        }
        double[][] p = new double[states.length][m + 1];
        for (int s = 0; s < states.length; s++) {
            double w = states[s];
            Arguments.probability("states[" + s + "]", w);
            double sum = 0;
            for (int k = 0; k <= m; k++) {
                p[s][k] = binomial(m, k, w, logFactorial);
                sum += p[s][k];
            }
            for (int k = 0; k <= m; k++) {
                p[s][k] /= sum;
            }
        }
        return new FiniteEstimator(states, estimates, p);
    }

    private static double binomial(int m, int k, double w, double[] logFactorial) {
        if (w == 0) {
            return k == 0 ? 1 : 0;
        }
        if (w == 1) {
            return k == m ? 1 : 0;
        }
        double log = logFactorial[m] - logFactorial[k] - logFactorial[m - k] + k * Math.log(w) + (m - k) * Math.log1p(-w);
        return Math.exp(log);
    }

    /**
     * {@code E[g(ω̂) | ω = state] = Σ_e P(ω̂ = e | ω) g(e)}, exactly, over the estimates of positive probability.
     *
     * @param state one of the estimator's states
     * @param g     a function of the estimate; not null, finite at every estimate of positive probability
     * @return the expectation
     * @throws IllegalArgumentException if {@code state} is not one of the states, {@code g} is null, or a
     *                                  value of {@code g} or the expectation is not finite
     */
    @Override
    public double expectation(double state, DoubleUnaryOperator g) {
        Arguments.notNull("g", g);
        for (int s = 0; s < states.length; s++) {
            if (states[s] == state) {
                double sum = 0;
                for (int e = 0; e < estimates.length; e++) {
                    if (probabilities[s][e] > 0) {
                        double y = g.applyAsDouble(estimates[e]);
                        if (!Double.isFinite(y)) {
                            throw new IllegalArgumentException("g must be finite at the estimate " + estimates[e]
                                    + " (got " + y + ")");
                        }
                        sum += probabilities[s][e] * y;
                    }
                }
                return Arguments.finite("expectation of g", sum);
            }
        }
        throw new IllegalArgumentException("state " + state + " is not one of the estimator's states " + Arrays.toString(states));
    }

    @Override
    public double[] states() {
        return states.clone();
    }

    @Override
    public double[] estimates() {
        return estimates.clone();
    }

    @Override
    public double[][] probabilities() {
        return Arrays.stream(probabilities).map(double[]::clone).toArray(double[][]::new);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FiniteEstimator f && Arrays.equals(states, f.states) && Arrays.equals(estimates, f.estimates)
                && Arrays.deepEquals(probabilities, f.probabilities);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(states) + Arrays.hashCode(estimates)) + Arrays.deepHashCode(probabilities);
    }

    @Override
    public String toString() {
        return "FiniteEstimator[" + states.length + " states, " + estimates.length + " estimates]";
    }
}
