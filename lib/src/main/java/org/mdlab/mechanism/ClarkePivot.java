package org.mdlab.mechanism;

/**
 * The Clarke pivot transfer {@code Σ_{j≠i} w_j(x*) - max_x Σ_{j≠i} w_j(x)} (Clarke 1971) for any way of
 * valuing outcomes: at a realised estimate (data-driven VCG) or in expectation given reported signals
 * (message-driven VCG).
 */
final class ClarkePivot {

    /** The value {@code w_j(x)} of outcome {@code x} to agent {@code j}. */
    @FunctionalInterface
    interface Values {
        double value(int agent, int outcome);
    }

    private ClarkePivot() {
    }

    /** The transfer to agent {@code i} (≤ 0: a payment) when outcome {@code chosen} is implemented. */
    static double transfer(int outcomes, int agents, int i, int chosen, Values values) {
        double best = Double.NEGATIVE_INFINITY;
        double atChosen = 0;
        for (int x = 0; x < outcomes; x++) {
            double others = 0;
            for (int j = 0; j < agents; j++) {
                if (j != i) {
                    others += values.value(j, x);
                }
            }
            best = Math.max(best, others);
            if (x == chosen) {
                atChosen = others;
            }
        }
        return atChosen - best;
    }
}
