package org.mdlab.repro;

/**
 * Where the expected value of a {@link Check} comes from. The kinds are the project's reproduction
 * standard ({@code DEVELOPERS.md}): a number printed in the paper, a closed form derived in the
 * notebook, a second algorithm, a property over many instances, or a convergence rate. It cites no
 * paper itself.
 *
 * @param kind   how the expected value was obtained
 * @param detail the place in the paper, the formula, the algorithm, the reason the property must hold,
 *               or the theory giving the rate; non-blank
 */
public record Source(Kind kind, String detail) {

    /** How an expected value was obtained. */
    public enum Kind {
        /** Printed in the paper, at a table, figure or equation. */
        PAPER("paper", "paper, "),
        /** A closed form derived in the notebook. */
        CLOSED_FORM("closed form", "closed form: "),
        /** Computed by a second, independent algorithm. */
        INDEPENDENT("independent", "independent: "),
        /** A property that must hold on every instance of a set. */
        PROPERTY("property", "property: "),
        /** A rate at which an error must shrink under refinement. */
        CONVERGENCE("convergence", "convergence: ");

        private final String label;
        private final String prefix;

        Kind(String label, String prefix) {
            this.label = label;
            this.prefix = prefix;
        }

        /**
         * The name used in labels and JSON, e.g. {@code "closed form"}.
         *
         * @return the lower-case name of this kind
         */
        public String label() {
            return label;
        }
    }

    /**
     * Validates the components.
     *
     * @param kind   how the expected value was obtained
     * @param detail the place, formula, algorithm, reason or theory; non-blank
     * @throws IllegalArgumentException if {@code kind} is null or {@code detail} is null or blank
     */
    public Source {
        if (kind == null) {
            throw new IllegalArgumentException("kind must not be null");
        }
        if (detail == null || detail.isBlank()) {
            throw new IllegalArgumentException("detail must be non-blank (got " + Quoted.of(detail) + ")");
        }
    }

    /**
     * A value printed in the paper.
     *
     * @param where the table, figure or equation, e.g. {@code "Table 2"}; non-blank
     * @return the source, labelled {@code "paper, Table 2"}
     * @throws IllegalArgumentException if {@code where} is null or blank
     */
    public static Source paper(String where) {
        return new Source(Kind.PAPER, where);
    }

    /**
     * A closed form derived in the notebook.
     *
     * @param formula the formula, e.g. {@code "π* = max_k v_k Σ_{j≥k} x_j"}; non-blank
     * @return the source, labelled {@code "closed form: <formula>"}
     * @throws IllegalArgumentException if {@code formula} is null or blank
     */
    public static Source closedForm(String formula) {
        return new Source(Kind.CLOSED_FORM, formula);
    }

    /**
     * A value computed by a second algorithm that shares no code path with the reproduced side.
     *
     * @param algorithm the algorithm, e.g. {@code "LP over all Bayesian IC mechanisms"}; non-blank
     * @return the source, labelled {@code "independent: <algorithm>"}
     * @throws IllegalArgumentException if {@code algorithm} is null or blank
     */
    public static Source independent(String algorithm) {
        return new Source(Kind.INDEPENDENT, algorithm);
    }

    /**
     * A property that must hold on every instance, with the reason it must.
     *
     * @param reason the theorem or argument, e.g. {@code "Theorem 1"}; non-blank
     * @return the source, labelled {@code "property: <reason>"}
     * @throws IllegalArgumentException if {@code reason} is null or blank
     */
    public static Source property(String reason) {
        return new Source(Kind.PROPERTY, reason);
    }

    /**
     * A convergence rate, with the theory that gives it.
     *
     * @param theory the result giving the rate, e.g. {@code "midpoint rule, error O(h²)"}; non-blank
     * @return the source, labelled {@code "convergence: <theory>"}
     * @throws IllegalArgumentException if {@code theory} is null or blank
     */
    public static Source convergence(String theory) {
        return new Source(Kind.CONVERGENCE, theory);
    }

    /**
     * The label shown in check tables: the kind, then the detail, e.g. {@code "paper, Table 2"}.
     *
     * @return the label
     */
    public String label() {
        return kind.prefix + detail;
    }

    /**
     * The same as {@link #label()}.
     *
     * @return the label
     */
    @Override
    public String toString() {
        return label();
    }
}
