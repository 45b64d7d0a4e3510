package org.mdlab.repro;

import java.util.Arrays;
import java.util.List;

/**
 * One reproduction check: a claim, where its expected value comes from, the expected value, the value
 * the notebook reproduced, the absolute tolerance within which they must agree, and the evidence behind
 * the reproduced value. Implements the project's reproduction standard ({@code DEVELOPERS.md}); it
 * cites no paper itself.
 *
 * <p>Build checks with the factory that says how the expected value was obtained: {@link #paper},
 * {@link #closedForm}, {@link #independent}, {@link #property}, {@link #convergence} or
 * {@link #simulation}. A reproduced value that is NaN or infinite is accepted and makes the check fail,
 * so that a notebook can show a failure instead of stopping with an exception.
 *
 * @param claim      what is being checked, e.g. {@code "optimal uniform price revenue"}; non-blank
 * @param source     where {@code expected} comes from
 * @param expected   the expected value; finite (0 for a property, the rate for a convergence check)
 * @param reproduced the value the notebook computed (the largest violation for a property, the fitted
 *                   rate for a convergence check); any double
 * @param tolerance  the largest admissible absolute deviation; finite and {@code >= 0}
 * @param evidence   what stands behind {@code reproduced}
 */
public record Check(String claim, Source source, double expected, double reproduced, double tolerance,
                    Evidence evidence) {

    /**
     * The number of standard errors within which a Monte Carlo estimate must lie of its exact value:
     * the two-sided 99.9 % normal quantile, the one statistical standard for simulation checks.
     */
    public static final double SIMULATION_Z = 3.2905267314919255;

    /**
     * Validates the components.
     *
     * @param claim      what is being checked; non-blank
     * @param source     where {@code expected} comes from
     * @param expected   the expected value; finite
     * @param reproduced the value the notebook computed; any double
     * @param tolerance  the largest admissible absolute deviation; finite and {@code >= 0}
     * @param evidence   what stands behind {@code reproduced}
     * @throws IllegalArgumentException if {@code claim} is null or blank, {@code source} or {@code evidence}
     *                                  is null, {@code expected} is not finite, or {@code tolerance} is not
     *                                  finite or negative
     */
    public Check {
        if (claim == null || claim.isBlank()) {
            throw new IllegalArgumentException("claim must be non-blank (got " + Quoted.of(claim) + ")");
        }
        if (source == null) {
            throw new IllegalArgumentException("source must not be null (claim \"" + claim + "\")");
        }
        if (evidence == null) {
            throw new IllegalArgumentException("evidence must not be null (claim \"" + claim + "\")");
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
     * A check of one reproduced number against one expected number.
     *
     * @param claim      what is being checked; non-blank
     * @param source     where {@code expected} comes from
     * @param expected   the expected value; finite
     * @param reproduced the value the notebook computed; any double
     * @param tolerance  the largest admissible absolute deviation; finite and {@code >= 0}
     * @throws IllegalArgumentException if an argument breaks the rules of the canonical constructor
     */
    public Check(String claim, Source source, double expected, double reproduced, double tolerance) {
        this(claim, source, expected, reproduced, tolerance, new Evidence.Single());
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
     * A check against a closed form derived in the notebook. The expected value is the formula
     * evaluated on its own, never through the library code that produced {@code reproduced}.
     *
     * @param claim      what is being checked; non-blank
     * @param formula    the closed form, e.g. {@code "π* = 4/3"}; non-blank
     * @param value      the value of the formula; finite
     * @param reproduced the value the notebook computed
     * @param tolerance  the largest admissible absolute deviation; finite and {@code >= 0}
     * @return the check
     * @throws IllegalArgumentException if an argument breaks the rules of {@link Check} or {@link Source}
     */
    public static Check closedForm(String claim, String formula, double value, double reproduced, double tolerance) {
        return new Check(claim, Source.closedForm(formula), value, reproduced, tolerance);
    }

    /**
     * A check against the value a second, named algorithm computes.
     *
     * @param claim      what is being checked; non-blank
     * @param algorithm  the second algorithm, e.g. {@code "LP over all Bayesian IC mechanisms"}; non-blank
     * @param value      the second algorithm's value; finite
     * @param reproduced the value the notebook computed
     * @param tolerance  the largest admissible absolute deviation; finite and {@code >= 0}
     * @return the check
     * @throws IllegalArgumentException if an argument breaks the rules of {@link Check} or {@link Source}
     */
    public static Check independent(String claim, String algorithm, double value, double reproduced, double tolerance) {
        return new Check(claim, Source.independent(algorithm), value, reproduced, tolerance);
    }

    /**
     * A property checked on every instance of a set: it holds on an instance when that instance's
     * violation is at most {@code tolerance}, and the check passes when it holds on all of them. The
     * expected value is 0 and the reproduced value is the largest violation (NaN if any violation is NaN).
     *
     * @param claim      the property; non-blank
     * @param reason     why it must hold, e.g. {@code "Theorem 1"}; non-blank
     * @param tolerance  the largest admissible violation; finite and {@code >= 0}
     * @param violations one violation per instance, each {@code >= 0} or NaN (a failed instance); at least one
     * @return the check, with {@link Evidence.Sample} counting the instances on which the property held
     * @throws IllegalArgumentException if {@code violations} is null or empty or holds a negative or
     *                                  infinite-negative value, or another argument breaks its rule
     */
    public static Check property(String claim, String reason, double tolerance, double[] violations) {
        if (violations == null || violations.length == 0) {
            throw new IllegalArgumentException("violations must hold at least one instance (claim \"" + claim + "\")");
        }
        double largest = 0;
        int held = 0;
        for (int i = 0; i < violations.length; i++) {
            double v = violations[i];
            if (v < 0) {
                throw new IllegalArgumentException("violations must be >= 0: a violation measures how far the property"
                        + " fails (got " + v + " at index " + i + ", claim \"" + claim + "\")");
            }
            largest = Double.isNaN(v) || Double.isNaN(largest) ? Double.NaN : Math.max(largest, v);
            if (v <= tolerance) {
                held++;
            }
        }
        return new Check(claim, Source.property(reason), 0.0, largest, tolerance,
                new Evidence.Sample(violations.length, held));
    }

    /**
     * A convergence check: the error against an exact value, measured at increasing sizes, must fall
     * at the rate theory gives. The reproduced value is the fitted rate, minus the least-squares slope
     * of {@code log error} on {@code log size}; a non-finite error makes it NaN and the check fail.
     *
     * @param claim         what converges; non-blank
     * @param theory        the result giving the rate, e.g. {@code "trapezoid rule, O(n⁻²)"}; non-blank
     * @param expectedRate  the rate theory gives; finite
     * @param rateTolerance the largest admissible deviation of the fitted rate; finite and {@code >= 0}
     * @param sizes         the sizes, strictly increasing, positive and finite; at least two
     * @param errors        the error at each size; positive (an exact value has no rate), or NaN/infinite
     *                      for a failed computation
     * @return the check, with {@link Evidence.Refinement} holding sizes and errors
     * @throws IllegalArgumentException if the arrays are null, of different lengths or shorter than two, a
     *                                  size breaks its rule, an error is zero or negative, or another
     *                                  argument breaks its rule
     */
    public static Check convergence(String claim, String theory, double expectedRate, double rateTolerance,
                                    double[] sizes, double[] errors) {
        if (sizes == null || errors == null || sizes.length != errors.length || sizes.length < 2) {
            throw new IllegalArgumentException("sizes and errors must be arrays of the same length >= 2 (claim \""
                    + claim + "\")");
        }
        boolean finite = true;
        for (int i = 0; i < sizes.length; i++) {
            if (!(sizes[i] > 0) || !Double.isFinite(sizes[i]) || (i > 0 && !(sizes[i] > sizes[i - 1]))) {
                throw new IllegalArgumentException("sizes must be positive, finite and strictly increasing (got "
                        + sizes[i] + " at index " + i + ", claim \"" + claim + "\")");
            }
            if (errors[i] <= 0) {
                throw new IllegalArgumentException("errors must be > 0: an exact value has no rate, check it with"
                        + " closedForm or independent (got " + errors[i] + " at index " + i + ", claim \"" + claim + "\")");
            }
            finite &= Double.isFinite(errors[i]);
        }
        double rate = finite ? -slope(sizes, errors) : Double.NaN;
        return new Check(claim, Source.convergence(theory), expectedRate, rate, rateTolerance,
                new Evidence.Refinement(boxed(sizes), boxed(errors)));
    }

    /**
     * A Monte Carlo estimate against an exact value: it passes when the mean lies within
     * {@link #SIMULATION_Z} standard errors of {@code expected}.
     *
     * @param claim         what is estimated; non-blank
     * @param source        where the exact value comes from
     * @param expected      the exact value; finite
     * @param mean          the Monte Carlo mean
     * @param standardError the standard error of the mean; finite and {@code >= 0}
     * @param draws         the number of draws; {@code >= 2}
     * @return the check, with tolerance {@code SIMULATION_Z · standardError} and {@link Evidence.Simulation}
     * @throws IllegalArgumentException if an argument breaks its rule
     */
    public static Check simulation(String claim, Source source, double expected, double mean,
                                   double standardError, long draws) {
        Evidence.Simulation evidence = new Evidence.Simulation(draws, standardError);
        return new Check(claim, source, expected, mean, SIMULATION_Z * standardError, evidence);
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

    private static double slope(double[] sizes, double[] errors) {
        int n = sizes.length;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            mx += Math.log(sizes[i]) / n;
            my += Math.log(errors[i]) / n;
        }
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < n; i++) {
            double dx = Math.log(sizes[i]) - mx;
            sxy += dx * (Math.log(errors[i]) - my);
            sxx += dx * dx;
        }
        return sxy / sxx;
    }

    private static List<Double> boxed(double[] values) {
        return Arrays.stream(values).boxed().toList();
    }
}
