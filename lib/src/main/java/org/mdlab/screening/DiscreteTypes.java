package org.mdlab.screening;

import org.mdlab.market.VirtualValues;

import java.util.Arrays;

/**
 * Finitely many buyer types {@code θ_1 < ... < θ_n} (marginal values of quality) with probabilities,
 * the discrete-type model of Maskin and Riley (1984, Section 3).
 *
 * @param types         the types, strictly increasing and finite; non-empty
 * @param probabilities their probabilities, each {@code > 0}, summing to 1 within {@code 1e-9}
 */
public record DiscreteTypes(double[] types, double[] probabilities) {

    /**
     * Validates and copies the arrays.
     *
     * @throws IllegalArgumentException if a rule above is broken
     */
    public DiscreteTypes {
        if (types == null || probabilities == null || types.length == 0 || types.length != probabilities.length) {
            throw new IllegalArgumentException("types and probabilities must be non-empty and of equal length (got "
                    + (types == null ? "null" : types.length) + " and "
                    + (probabilities == null ? "null" : probabilities.length) + ")");
        }
        types = types.clone();
        probabilities = probabilities.clone();
        double sum = 0;
        for (int i = 0; i < types.length; i++) {
            if (!Double.isFinite(types[i])) {
                throw new IllegalArgumentException("types must be finite (got " + types[i] + " at " + i + ")");
            }
            if (i > 0 && types[i] <= types[i - 1]) {
                throw new IllegalArgumentException("types must be strictly increasing (got " + types[i - 1] + " then "
                        + types[i] + " at " + i + ")");
            }
            if (!Double.isFinite(probabilities[i]) || probabilities[i] <= 0) {
                throw new IllegalArgumentException("probabilities must be finite and > 0 (got " + probabilities[i]
                        + " at " + i + ")");
            }
            sum += probabilities[i];
        }
        if (Math.abs(sum - 1) > 1e-9) {
            throw new IllegalArgumentException("probabilities must sum to 1 (got " + sum + ")");
        }
    }

    /**
     * Types with their probabilities.
     *
     * @param types         strictly increasing finite types
     * @param probabilities positive probabilities summing to 1
     * @return the distribution
     * @throws IllegalArgumentException if a rule of the record is broken
     */
    public static DiscreteTypes of(double[] types, double[] probabilities) {
        return new DiscreteTypes(types, probabilities);
    }

    /** @return a copy of the types */
    @Override
    public double[] types() {
        return types.clone();
    }

    /** @return a copy of the probabilities */
    @Override
    public double[] probabilities() {
        return probabilities.clone();
    }

    /**
     * The number of types.
     *
     * @return {@code n}
     */
    public int size() {
        return types.length;
    }

    /**
     * The discrete virtual values {@code φ_i = θ_i - (θ_{i+1} - θ_i)(1 - F_i)/f_i}, with
     * {@code φ_n = θ_n} (Maskin and Riley 1984, eq. (3.6); Myerson 1981, Section 6), where
     * {@code F_i = f_1 + ... + f_i}.
     *
     * @return the virtual values in type order
     */
    public double[] virtualValues() {
        return VirtualValues.of(types, probabilities);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DiscreteTypes that && Arrays.equals(types, that.types)
                && Arrays.equals(probabilities, that.probabilities);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(types) + Arrays.hashCode(probabilities);
    }

    @Override
    public String toString() {
        return "DiscreteTypes[types=" + Arrays.toString(types) + ", probabilities=" + Arrays.toString(probabilities) + "]";
    }
}
