package org.mdlab.mechanism;

import java.util.List;

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
                                  int reportedType, int reportedSignal) {

    /** Copies the lists. */
    public DataDrivenDeviation {
        types = List.copyOf(types);
        signals = List.copyOf(signals);
    }
}
