package org.mdlab.estimator;

/**
 * A Monte Carlo estimate of a mean: the sample mean, its standard error {@code s / sqrt(n)} and the
 * number of draws; {@link #lower95()} and {@link #upper95()} give the normal-approximation 95%
 * confidence interval {@code mean ± 1.959964 · se}.
 *
 * @param mean          the sample mean; finite
 * @param standardError the standard error; finite, {@code >= 0}
 * @param samples       the number of draws, {@code >= 1}
 */
public record MonteCarloEstimate(double mean, double standardError, long samples) {

    private static final double Z95 = 1.959963984540054;

    /**
     * Validates the components.
     *
     * @throws IllegalArgumentException if a component breaks its rule
     */
    public MonteCarloEstimate {
        if (!Double.isFinite(mean) || !Double.isFinite(standardError) || standardError < 0 || samples < 1) {
            throw new IllegalArgumentException("estimate needs a finite mean, a finite standard error >= 0 and samples >= 1 (got "
                    + mean + ", " + standardError + ", " + samples + ")");
        }
    }

    /**
     * The estimate from running sums over {@code draws} draws: mean {@code sum / n}, sample variance
     * {@code (sumOfSquares - n·mean²) / (n - 1)} (floored at 0 against rounding; 0 for one draw) and
     * standard error {@code sqrt(variance / n)}.
     *
     * @param sum          the sum of the draws
     * @param sumOfSquares the sum of the squared draws
     * @param draws        the number of draws; {@code >= 1}
     * @return the estimate
     * @throws IllegalArgumentException if the sums give a non-finite mean or standard error, or {@code draws < 1}
     */
    public static MonteCarloEstimate fromSums(double sum, double sumOfSquares, long draws) {
        double mean = sum / draws;
        double variance = draws > 1 ? Math.max(0, (sumOfSquares - draws * mean * mean) / (draws - 1)) : 0;
        return new MonteCarloEstimate(mean, Math.sqrt(variance / draws), draws);
    }

    /**
     * The lower end of the normal 95% confidence interval, {@code mean - 1.96 SE}.
     *
     * @return the lower end of the 95% confidence interval
     */
    public double lower95() {
        return mean - Z95 * standardError;
    }

    /**
     * The upper end of the normal 95% confidence interval, {@code mean + 1.96 SE}.
     *
     * @return the upper end of the 95% confidence interval
     */
    public double upper95() {
        return mean + Z95 * standardError;
    }

    /**
     * Whether a value lies in the normal 95% confidence interval {@code [lower95(), upper95()]}.
     *
     * @param value a number
     * @return whether it lies in the 95% confidence interval
     */
    public boolean covers(double value) {
        return value >= lower95() && value <= upper95();
    }

    /**
     * Whether {@code value} lies within {@code z} standard errors of the mean.
     *
     * @param value a number
     * @param z     the half-width in standard errors, {@code >= 0}
     * @return whether {@code |value - mean| <= z * standardError}
     */
    public boolean covers(double value, double z) {
        if (!(z >= 0)) {
            throw new IllegalArgumentException("z must be >= 0 (got " + z + ")");
        }
        return Math.abs(value - mean) <= z * standardError;
    }
}
