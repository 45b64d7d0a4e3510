package org.mdlab.mechanism;

import java.util.List;

/**
 * The largest violation of individual rationality found by an {@link IncentiveAudit}: agent
 * {@code agent} of type {@code type} gets utility {@code -shortfall} from participating truthfully
 * (at the others' types {@code othersTypes} for ex-post IR, in expectation for interim IR with
 * {@code othersTypes} empty). A shortfall {@code <= 0} means IR holds; then it is the smallest slack.
 *
 * @param shortfall   minus the lowest participation utility
 * @param agent       the agent
 * @param type        its type
 * @param othersTypes the others' types, or empty for interim audits
 */
public record ParticipationShortfall(double shortfall, int agent, int type, List<Integer> othersTypes) {

    /** Copies the list. */
    public ParticipationShortfall {
        othersTypes = List.copyOf(othersTypes);
    }

    /**
     * @param tolerance a numerical tolerance
     * @return whether the shortfall is at most {@code tolerance}
     */
    public boolean withinTolerance(double tolerance) {
        return shortfall <= tolerance;
    }
}
