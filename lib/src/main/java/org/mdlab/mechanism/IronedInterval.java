package org.mdlab.mechanism;

/**
 * An interval of values pooled by ironing (Myerson 1981, "Optimal Auction Design", §6): on
 * {@code [lower, upper]} the revenue curve lies strictly below its concave hull, the ironed virtual
 * value is the constant {@code virtualValue} (the slope of the hull there, equal to the mass-weighted
 * mean of the virtual value over the interval), and the optimal auction treats all values in the
 * interval alike.
 *
 * @param lower        the lowest pooled value; finite
 * @param upper        the highest pooled value; finite, {@code > lower}
 * @param virtualValue the ironed virtual value on the interval; finite
 */
public record IronedInterval(double lower, double upper, double virtualValue) {

    /**
     * Validates the bounds.
     *
     * @throws IllegalArgumentException if a number is not finite or {@code upper <= lower}
     */
    public IronedInterval {
        if (!Double.isFinite(lower) || !Double.isFinite(upper) || !(upper > lower)) {
            throw new IllegalArgumentException("an ironed interval needs finite lower < upper (got [" + lower + ", " + upper + "])");
        }
        if (!Double.isFinite(virtualValue)) {
            throw new IllegalArgumentException("the ironed virtual value must be finite (got " + virtualValue + ")");
        }
    }

    /**
     * Whether a value is pooled by this interval.
     *
     * @param value a value
     * @return whether {@code lower <= value <= upper}
     */
    public boolean contains(double value) {
        return value >= lower && value <= upper;
    }
}
