package org.mdlab.screening;

import java.util.Arrays;
import org.mdlab.market.Arguments;

/**
 * A buyer's values of precision across tasks, {@code w_1, ..., w_m >= 0}: the high-dimensional type
 * of Bergemann, Bonatti and Smolin (2025), arXiv:2502.07736, Section "Token Packages". With the
 * technology {@link TokenTechnology} a buyer who holds a package of {@code X} tokens allocates them
 * across tasks to maximise {@code Σ_j w_j x_j^α}; the optimum is
 * {@code x_j = X w_j^{1/(1-α)} / Σ_k w_k^{1/(1-α)}} and its value is {@code θ X^α} with the
 * value-of-precision index {@code θ = (Σ_j w_j^{1/(1-α)})^{1-α}} (a CES aggregate, derived from the
 * first-order conditions {@code α w_j x_j^{α-1} = λ}). Buyers with equal indices value every package
 * equally, so the seller screens on {@code θ} alone.
 *
 * @param values the value of precision of each task; finite, {@code >= 0}, at least one positive
 */
public record TaskValues(double[] values) {

    /**
     * Validates and copies the values.
     *
     * @throws IllegalArgumentException if the array is null or empty, a value is negative or not finite,
     *                                  or all values are 0
     */
    public TaskValues {
        if (values == null || values.length == 0) {
            throw new IllegalArgumentException("values must be non-empty (got " + (values == null ? "null" : "none") + ")");
        }
        values = values.clone();
        double max = 0;
        for (int j = 0; j < values.length; j++) {
            if (!(values[j] >= 0) || !Double.isFinite(values[j])) {
                throw new IllegalArgumentException("values must be finite and >= 0 (got " + values[j] + " at task " + j + ")");
            }
            max = Math.max(max, values[j]);
        }
        if (max == 0) {
            throw new IllegalArgumentException("values must include a positive value (got all 0)");
        }
    }

    /**
     * The values of precision on the given tasks.
     *
     * @param values {@code w_j >= 0}, at least one positive
     * @return the task values
     * @throws IllegalArgumentException if a rule of the record is broken
     */
    public static TaskValues of(double... values) {
        return new TaskValues(values);
    }

    /** @return a copy of the values */
    @Override
    public double[] values() {
        return values.clone();
    }

    /**
     * The value-of-precision index {@code θ = (Σ_j w_j^{1/(1-α)})^{1-α}}.
     *
     * @param technology the token technology (its elasticity {@code α})
     * @return {@code θ > 0}
     */
    public double index(TokenTechnology technology) {
        Arguments.notNull("technology", technology);
        double a = technology.elasticity();
        double max = Arrays.stream(values).max().orElseThrow();
        double sum = 0;
        for (double w : values) {
            sum += Math.pow(w / max, 1 / (1 - a));
        }
        return max * Math.pow(sum, 1 - a);
    }

    /**
     * The optimal split of a package across tasks, {@code x_j = X w_j^{1/(1-α)} / Σ_k w_k^{1/(1-α)}}.
     *
     * @param tokens     the package {@code X >= 0}
     * @param technology the token technology
     * @return the tokens spent on each task, summing to {@code X}
     * @throws IllegalArgumentException if {@code tokens} is negative or not finite
     */
    public double[] allocation(double tokens, TokenTechnology technology) {
        Arguments.notNull("technology", technology);
        technology.precision(tokens);
        double a = technology.elasticity();
        double max = Arrays.stream(values).max().orElseThrow();
        double[] weight = new double[values.length];
        double sum = 0;
        for (int j = 0; j < values.length; j++) {
            weight[j] = Math.pow(values[j] / max, 1 / (1 - a));
            sum += weight[j];
        }
        for (int j = 0; j < values.length; j++) {
            weight[j] = tokens * weight[j] / sum;
        }
        return weight;
    }

    /**
     * The value of any split of tokens across tasks, {@code Σ_j w_j x_j^α}.
     *
     * @param allocation the tokens on each task; as many as tasks, each finite and {@code >= 0}
     * @param technology the token technology
     * @return the buyer's gross value
     * @throws IllegalArgumentException if the allocation has the wrong length or a negative entry
     */
    public double value(double[] allocation, TokenTechnology technology) {
        Arguments.notNull("allocation", allocation);
        Arguments.notNull("technology", technology);
        if (allocation.length != values.length) {
            throw new IllegalArgumentException("allocation must have one entry per task (" + values.length + ", got "
                    + allocation.length + ")");
        }
        double sum = 0;
        for (int j = 0; j < values.length; j++) {
            sum += values[j] * technology.precision(allocation[j]);
        }
        return sum;
    }

    /**
     * The number of tasks.
     *
     * @return {@code m}
     */
    public int tasks() {
        return values.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TaskValues that && Arrays.equals(values, that.values);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "TaskValues" + Arrays.toString(values);
    }
}
