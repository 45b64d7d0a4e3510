package org.mdlab.mechanism;

import java.util.List;
import org.mdlab.market.Arguments;

/**
 * The most profitable deviation from truth-telling in a data-driven (or message-driven) mechanism:
 * agent {@code agent} with preference types {@code types} and signal profile {@code signals} (all
 * agents' true values) gains {@code gain} in expected utility given the signals by reporting
 * {@code (reportedType, reportedSignal)} while the others report truthfully. The gain is the ε of
 * ε-ex-post implementation (Bergemann et al., arXiv 2412.16132, Definition "ε-ex-post implementation").
 *
 * @param gain           the largest gain, {@code >= 0} (truth-telling is among the reports)
 * @param agent          the deviating agent
 * @param types          the true preference-type profile
 * @param signals        the true signal profile
 * @param reportedType   the reported preference type
 * @param reportedSignal the reported signal
 */
public record DataDrivenDeviation(double gain, int agent, List<Integer> types, List<Integer> signals,
                                  int reportedType, int reportedSignal) implements Violation {

    /**
     * Validates the gain and copies the lists.
     *
     * @throws IllegalArgumentException if {@code gain} is not finite or a list is null
     */
    public DataDrivenDeviation {
        Arguments.finite("gain", gain);
        types = List.copyOf(Arguments.notNull("types", types));
        signals = List.copyOf(Arguments.notNull("signals", signals));
    }

    /**
     * The violation of ex-post incentive compatibility: the ε of ε-ex-post implementation.
     *
     * @return {@code max(gain, 0)}
     */
    @Override
    public double violation() {
        return Math.max(gain, 0);
    }

}
