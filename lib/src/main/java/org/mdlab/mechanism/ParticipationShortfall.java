package org.mdlab.mechanism;

import java.util.List;
import org.mdlab.market.Arguments;

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
public record ParticipationShortfall(double shortfall, int agent, int type, List<Integer> othersTypes) implements Violation {

    /**
     * Validates the shortfall and copies the list.
     *
     * @throws IllegalArgumentException if {@code shortfall} is not finite or {@code othersTypes} is null
     */
    public ParticipationShortfall {
        Arguments.finite("shortfall", shortfall);
        othersTypes = List.copyOf(Arguments.notNull("othersTypes", othersTypes));
    }

    /**
     * The violation of individual rationality: the shortfall when positive, 0 when IR holds.
     *
     * @return {@code max(shortfall, 0)}
     */
    @Override
    public double violation() {
        return Math.max(shortfall, 0);
    }

}
