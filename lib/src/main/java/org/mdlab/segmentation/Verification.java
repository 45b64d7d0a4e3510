package org.mdlab.segmentation;

import org.mdlab.market.Arguments;

/**
 * How far a segmentation is from being valid in the sense of Bergemann, Brooks and Morris (2015),
 * AER 105(3), Section I: the segments must average back to the aggregate market (Bayes plausibility),
 * and each segment's price must be optimal in that segment (obedience).
 *
 * @param averagingError the largest absolute difference, over values, between the weighted average of
 *                       the segments' masses and the aggregate mass (weights' sum deviation included)
 * @param obedienceError the largest revenue shortfall of a segment's price below that segment's optimum
 */
public record Verification(double averagingError, double obedienceError) {

    /**
     * Validates the components.
     *
     * @throws IllegalArgumentException if an error is negative or not finite
     */
    public Verification {
        Arguments.nonNegative("averagingError", averagingError);
        Arguments.nonNegative("obedienceError", obedienceError);
    }

    /**
     * The violation of validity: the larger of the two errors, 0 for a valid segmentation.
     *
     * @return {@code max(averagingError, obedienceError)}
     */
    public double violation() {
        return Math.max(averagingError, obedienceError);
    }

    /**
     * Whether both conditions hold within a tolerance.
     *
     * @param tolerance the admissible violation; {@code >= 0}
     * @return whether {@link #violation()} is at most {@code tolerance}
     * @throws IllegalArgumentException if {@code tolerance} is negative or not finite
     */
    public boolean holds(double tolerance) {
        return violation() <= Arguments.nonNegative("tolerance", tolerance);
    }
}
