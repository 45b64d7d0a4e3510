package org.mdlab.repro;

/**
 * One reproduction check: a claim, where its expected value comes from, the expected value, the value
 * the notebook reproduced, and the absolute tolerance within which they must agree. Implements the
 * project's reproduction standard ({@code DEVELOPERS.md}); it cites no paper itself.
 *
 * <p>A reproduced value that is NaN or infinite is accepted and makes the check fail, so that a
 * notebook can show a failure instead of stopping with an exception.
 *
 * @param claim      what is being checked, e.g. {@code "optimal uniform price revenue"}; non-blank
 * @param source     where {@code expected} comes from
 * @param expected   the paper's value, or the derived value for a derived source; finite
 * @param reproduced the value the notebook computed; any double
 * @param tolerance  the largest admissible absolute deviation; finite and {@code >= 0}
 */
public record Check(String claim, Source source, double expected, double reproduced, double tolerance) {

    /**
     * Validates the components.
     *
     * @param claim      what is being checked; non-blank
     * @param source     where {@code expected} comes from
     * @param expected   the paper's or the derived value; finite
     * @param reproduced the value the notebook computed; any double
     * @param tolerance  the largest admissible absolute deviation; finite and {@code >= 0}
     * @throws IllegalArgumentException if {@code claim} is null or blank, {@code source} is null,
     *                                  {@code expected} is not finite, or {@code tolerance} is not finite or negative
     */
    public Check {
        if (claim == null || claim.isBlank()) {
            throw new IllegalArgumentException("claim must be non-blank (got " + Quoted.of(claim) + ")");
        }
        if (source == null) {
            throw new IllegalArgumentException("source must not be null (claim \"" + claim + "\")");
        }
        if (!Double.isFinite(expected)) {
            throw new IllegalArgumentException("expected must be finite (got " + expected + ", claim \"" + claim + "\")");
        }
        if (!Double.isFinite(tolerance) || tolerance < 0) {
            throw new IllegalArgumentException(
                    "tolerance must be finite and >= 0 (got " + tolerance + ", claim \"" + claim + "\")");
        }
    }

    /**
     * A check against a value printed in the paper.
     *
     * @param claim      what is being checked; non-blank
     * @param where      the table, figure or equation of the paper, e.g. {@code "Table 2"}; non-blank
     * @param paperValue the value printed in the paper; finite
     * @param reproduced the value the notebook computed
     * @param tolerance  the largest admissible absolute deviation; finite and {@code >= 0}
     * @return the check
     * @throws IllegalArgumentException if an argument breaks the rules of {@link Check} or {@link Source}
     */
    public static Check paper(String claim, String where, double paperValue, double reproduced, double tolerance) {
        return new Check(claim, Source.paper(where), paperValue, reproduced, tolerance);
    }

    /**
     * A check against a value the project derived from a stated formula.
     *
     * @param claim        what is being checked; non-blank
     * @param formula      the formula that gives {@code derivedValue}; non-blank
     * @param derivedValue the value of the formula; finite
     * @param reproduced   the value the notebook computed
     * @param tolerance    the largest admissible absolute deviation; finite and {@code >= 0}
     * @return the check
     * @throws IllegalArgumentException if an argument breaks the rules of {@link Check} or {@link Source}
     */
    public static Check derived(String claim, String formula, double derivedValue, double reproduced, double tolerance) {
        return new Check(claim, Source.derived(formula), derivedValue, reproduced, tolerance);
    }

    /**
     * A check that a property holds, e.g. "IC holds for the computed menu". It is stored as
     * expected {@code 1.0}, reproduced {@code 1.0} if the property holds and {@code 0.0} otherwise,
     * with tolerance {@code 0}.
     *
     * @param claim      the property; non-blank
     * @param source     where the claim that it holds comes from
     * @param reproduced whether the property holds in the notebook's computation
     * @return the check, passed exactly when {@code reproduced} is true
     * @throws IllegalArgumentException if {@code claim} is null or blank or {@code source} is null
     */
    public static Check holds(String claim, Source source, boolean reproduced) {
        return new Check(claim, source, 1.0, reproduced ? 1.0 : 0.0, 0.0);
    }

    /**
     * The absolute deviation {@code |reproduced - expected|}; NaN if {@code reproduced} is NaN and
     * infinite if it is infinite.
     *
     * @return the absolute deviation
     */
    public double deviation() {
        return Math.abs(reproduced - expected);
    }

    /**
     * Whether the reproduced value is finite and within {@code tolerance} of the expected value.
     *
     * @return true if {@code |expected - reproduced| <= tolerance}
     */
    public boolean passed() {
        return Double.isFinite(reproduced) && deviation() <= tolerance;
    }
}
