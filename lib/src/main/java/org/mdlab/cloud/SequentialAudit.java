package org.mdlab.cloud;

/**
 * The largest incentive and participation violations of a sequential mechanism (Courty and Li 2000,
 * Section 2; Bergemann and Wang 2025, arXiv 2502.08022, Section 2): ex-post IC within each contract,
 * ex-ante IC against every other contract followed by an optimal value report, and ex-ante IR.
 *
 * @param maxExPostIc the largest ex-post gain from misreporting the value, {@code >= 0}
 * @param maxExAnteIc the largest ex-ante gain from taking another signal's contract, {@code >= 0}
 * @param maxExAnteIr the largest ex-ante participation shortfall, {@code >= 0}
 */
public record SequentialAudit(double maxExPostIc, double maxExAnteIc, double maxExAnteIr) {

    /**
     * Validates the components.
     *
     * @throws IllegalArgumentException if a violation is negative or not finite
     */
    public SequentialAudit {
        for (double v : new double[] {maxExPostIc, maxExAnteIc, maxExAnteIr}) {
            if (!(v >= 0) || !Double.isFinite(v)) {
                throw new IllegalArgumentException("violations must be finite and >= 0 (got " + v + ")");
            }
        }
    }

    /**
     * Whether all three constraints hold up to a tolerance.
     *
     * @param tolerance the admissible violation, {@code >= 0}
     * @return true if every violation is at most {@code tolerance}
     * @throws IllegalArgumentException if {@code tolerance} is negative
     */
    public boolean holds(double tolerance) {
        if (!(tolerance >= 0)) {
            throw new IllegalArgumentException("tolerance must be >= 0 (got " + tolerance + ")");
        }
        return maxExPostIc <= tolerance && maxExAnteIc <= tolerance && maxExAnteIr <= tolerance;
    }

    /**
     * The largest of the three violations.
     *
     * @return {@code max(maxExPostIc, maxExAnteIc, maxExAnteIr)}
     */
    public double worst() {
        return Math.max(maxExPostIc, Math.max(maxExAnteIc, maxExAnteIr));
    }
}
