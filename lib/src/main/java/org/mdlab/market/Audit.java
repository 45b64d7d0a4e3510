package org.mdlab.market;

/**
 * The one vocabulary of the library's incentive audits: an audit measures by how much a mechanism or
 * menu breaks its incentive-compatibility and participation constraints, as a violation {@code >= 0}
 * (0 when every constraint holds), and answers {@link #holds(double)} against a tolerance. The
 * implementations report the parts (the largest IC gain, the largest IR shortfall, …) as their own
 * components, each also a violation {@code >= 0}.
 */
public interface Audit {

    /**
     * The largest violation over all audited constraints, in the units of the payoffs.
     *
     * @return a finite number {@code >= 0}; 0 when every constraint holds exactly
     */
    double violation();

    /**
     * Whether every audited constraint holds up to a tolerance.
     *
     * @param tolerance the admissible violation; finite, {@code >= 0}
     * @return {@code violation() <= tolerance}
     * @throws IllegalArgumentException if {@code tolerance} is negative or not finite
     */
    default boolean holds(double tolerance) {
        return violation() <= Arguments.nonNegative("tolerance", tolerance);
    }

    /**
     * Checks a violation component of an audit record.
     *
     * @param name  the component's name
     * @param value the violation
     * @return {@code value}
     * @throws IllegalArgumentException unless {@code value} is finite and {@code >= 0}
     */
    static double violation(String name, double value) {
        return Arguments.nonNegative(name, value);
    }
}
