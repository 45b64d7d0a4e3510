package org.mdlab.mechanism;

import java.util.List;
import org.mdlab.market.Arguments;

/**
 * The most profitable misreport found by an {@link IncentiveAudit}: the gain of agent {@code agent}
 * of type {@code trueType} from reporting {@code report}. For a dominant-strategy audit
 * {@code othersTypes} are the others' reports at which the gain is attained; for a Bayesian
 * (interim) audit the gain is an expectation over the others' types and {@code othersTypes} is empty.
 * A gain of 0 with {@code report == trueType} means no misreport is profitable.
 *
 * @param gain        the utility gain from the misreport, {@code >= 0}
 * @param agent       the agent
 * @param trueType    its true type
 * @param report      the reported type
 * @param othersTypes the others' types (all agents but {@code agent}, in order), or empty for interim audits
 */
public record Misreport(double gain, int agent, int trueType, int report, List<Integer> othersTypes) implements Violation {

    /**
     * Validates the gain and copies the list.
     *
     * @throws IllegalArgumentException if {@code gain} is not finite or {@code othersTypes} is null
     */
    public Misreport {
        Arguments.finite("gain", gain);
        othersTypes = List.copyOf(Arguments.notNull("othersTypes", othersTypes));
    }

    /**
     * The violation of incentive compatibility: the gain from the misreport, 0 when truth-telling is
     * optimal.
     *
     * @return {@code max(gain, 0)}
     */
    @Override
    public double violation() {
        return Math.max(gain, 0);
    }

}
