package org.mdlab.repro;

import java.util.Locale;

/**
 * Where the expected value of a {@link Check} comes from: a place in the paper, or a formula the
 * project derived. Part of the project's reproduction standard ({@code DEVELOPERS.md}), not of any paper.
 *
 * @param kind   whether the value is the paper's or derived
 * @param detail the table, figure or equation in the paper, or the formula of a derived value; non-blank
 */
public record Source(Kind kind, String detail) {

    /** The origin of an expected value. */
    public enum Kind {
        /** The value is printed in the paper. */
        PAPER,
        /** The value was derived by the project from a stated formula. */
        DERIVED;

        /**
         * The lower-case name used in labels and JSON ({@code "paper"}, {@code "derived"}).
         *
         * @return the lower-case name of this kind
         */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Validates the components.
     *
     * @param kind   whether the value is the paper's or derived
     * @param detail the place in the paper or the formula; non-blank
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
     * @return the source, rendered as {@code "paper, Table 2"}
     * @throws IllegalArgumentException if {@code where} is null or blank
     */
    public static Source paper(String where) {
        return new Source(Kind.PAPER, where);
    }

    /**
     * A value the project derived.
     *
     * @param formula the formula that produces the value, e.g. {@code "closed form π* = max_k v_k Σ_{j≥k} x_j"}; non-blank
     * @return the source, rendered as {@code "derived: <formula>"}
     * @throws IllegalArgumentException if {@code formula} is null or blank
     */
    public static Source derived(String formula) {
        return new Source(Kind.DERIVED, formula);
    }

    /**
     * The human-readable label: {@code "paper, <detail>"} or {@code "derived: <detail>"}.
     *
     * @return the label shown in check tables
     */
    public String label() {
        return switch (kind) {
            case PAPER -> "paper, " + detail;
            case DERIVED -> "derived: " + detail;
        };
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
