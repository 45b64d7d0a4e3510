package org.mdlab.dynamic;

/**
 * A Monte Carlo estimate: the sample mean, its standard error and the number of draws.
 *
 * @param mean          the sample mean
 * @param standardError the sample standard deviation over the square root of the draw count; {@code >= 0}
 * @param draws         the number of draws; {@code >= 2}
 */
public record MonteCarloEstimate(double mean, double standardError, int draws) {

    /**
     * Validates.
     *
     * @throws IllegalArgumentException if the standard error is negative or not finite, or fewer than 2 draws
     */
    public MonteCarloEstimate {
        if (!(standardError >= 0) || !Double.isFinite(standardError)) {
            throw new IllegalArgumentException("standardError must be finite and >= 0 (got " + standardError + ")");
        }
        if (draws < 2) {
            throw new IllegalArgumentException("draws must be >= 2 (got " + draws + ")");
        }
    }

    /**
     * Whether a value lies within {@code z} standard errors of the mean.
     *
     * @param value a value, e.g. an exact expectation
     * @param z     the number of standard errors; {@code > 0}
     * @return true if {@code |value - mean| <= z · standardError}
     */
    public boolean covers(double value, double z) {
        return Math.abs(value - mean) <= z * standardError;
    }
}
