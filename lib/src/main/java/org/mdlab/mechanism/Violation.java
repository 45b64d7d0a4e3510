package org.mdlab.mechanism;

import org.mdlab.market.Arguments;

/**
 * The one vocabulary of the library's audits: how far a property (incentive compatibility, individual
 * rationality, ex-post implementation) is violated, as a number {@code >= 0} that is 0 when it holds,
 * and whether it holds within a tolerance. {@link Misreport}, {@link ParticipationShortfall} and
 * {@link DataDrivenDeviation} report it alongside where the violation is attained.
 */
public interface Violation {

    /**
     * The size of the violation.
     *
     * @return a finite number {@code >= 0}, 0 when the property holds
     */
    double violation();

    /**
     * Whether the audited property holds within a tolerance.
     *
     * @param tolerance the admissible violation; finite and {@code >= 0}
     * @return whether {@link #violation()} is at most {@code tolerance}
     * @throws IllegalArgumentException if {@code tolerance} is negative or not finite
     */
    default boolean holds(double tolerance) {
        return violation() <= Arguments.nonNegative("tolerance", tolerance);
    }
}
