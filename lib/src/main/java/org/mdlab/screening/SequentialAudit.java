package org.mdlab.screening;

import org.mdlab.market.Audit;

/**
 * The largest incentive and participation violations of a sequential mechanism (Courty and Li 2000,
 * Section 2; Bergemann and Wang 2025, arXiv 2502.08022, Section 2): ex-post IC within each contract,
 * ex-ante IC against every other contract followed by an optimal value report, and ex-ante IR.
 *
 * @param maxExPostIcViolation the largest ex-post gain from misreporting the value, {@code >= 0}
 * @param maxExAnteIcViolation the largest ex-ante gain from taking another type's contract, {@code >= 0}
 * @param maxExAnteIrViolation the largest ex-ante participation shortfall, {@code >= 0}
 */
public record SequentialAudit(double maxExPostIcViolation, double maxExAnteIcViolation, double maxExAnteIrViolation)
        implements Audit {

    /**
     * Validates the components.
     *
     * @throws IllegalArgumentException if a violation is negative or not finite
     */
    public SequentialAudit {
        Audit.violation("maxExPostIcViolation", maxExPostIcViolation);
        Audit.violation("maxExAnteIcViolation", maxExAnteIcViolation);
        Audit.violation("maxExAnteIrViolation", maxExAnteIrViolation);
    }

    /**
     * The largest of the three violations.
     *
     * @return {@code max(ex-post IC, ex-ante IC, ex-ante IR)}
     */
    @Override
    public double violation() {
        return Math.max(maxExPostIcViolation, Math.max(maxExAnteIcViolation, maxExAnteIrViolation));
    }
}
