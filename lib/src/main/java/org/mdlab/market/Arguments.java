package org.mdlab.market;

/**
 * The argument checks shared by the whole library, so that every public entry point rejects bad input
 * the same way: an {@link IllegalArgumentException} whose message names the argument, the value and the
 * rule it broke ("discount must lie in (0, 1) (got 1.0)"). Each check returns its argument (arrays as
 * defensive copies), so it can be used inline in a compact constructor.
 */
public final class Arguments {

    /** The largest admissible distance of a probability vector's sum from 1, relative to its length. */
    public static final double PROBABILITY_SUM_TOLERANCE = 1e-9;

    private Arguments() {
    }

    /**
     * @param name  the argument's name
     * @param value the argument
     * @param <T>   its type
     * @return {@code value}
     * @throws IllegalArgumentException if {@code value} is null
     */
    public static <T> T notNull(String name, T value) {
        if (value == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        return value;
    }

    /**
     * @param name  the argument's name
     * @param value the argument
     * @return {@code value}
     * @throws IllegalArgumentException if {@code value} is NaN or infinite
     */
    public static double finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite (got " + value + ")");
        }
        return value;
    }

    /**
     * @param name  the argument's name
     * @param value the argument
     * @return {@code value}
     * @throws IllegalArgumentException unless {@code value} is finite and {@code > 0}
     */
    public static double positive(String name, double value) {
        if (!(value > 0 && Double.isFinite(value))) {
            throw new IllegalArgumentException(name + " must be finite and > 0 (got " + value + ")");
        }
        return value;
    }

    /**
     * @param name  the argument's name
     * @param value the argument
     * @return {@code value}
     * @throws IllegalArgumentException unless {@code value} is finite and {@code >= 0}
     */
    public static double nonNegative(String name, double value) {
        if (!(value >= 0 && Double.isFinite(value))) {
            throw new IllegalArgumentException(name + " must be finite and >= 0 (got " + value + ")");
        }
        return value;
    }

    /**
     * @param name  the argument's name
     * @param value the argument
     * @return {@code value}
     * @throws IllegalArgumentException unless {@code 0 <= value <= 1}
     */
    public static double probability(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must lie in [0, 1] (got " + value + ")");
        }
        return value;
    }

    /**
     * A discount factor or any number strictly between 0 and 1.
     *
     * @param name  the argument's name
     * @param value the argument
     * @return {@code value}
     * @throws IllegalArgumentException unless {@code 0 < value < 1}
     */
    public static double openUnit(String name, double value) {
        if (!(value > 0 && value < 1)) {
            throw new IllegalArgumentException(name + " must lie in (0, 1) (got " + value + ")");
        }
        return value;
    }

    /**
     * @param name    the argument's name
     * @param value   the argument
     * @param minimum the smallest admissible value
     * @return {@code value}
     * @throws IllegalArgumentException if {@code value < minimum}
     */
    public static long atLeast(String name, long value, long minimum) {
        if (value < minimum) {
            throw new IllegalArgumentException(name + " must be >= " + minimum + " (got " + value + ")");
        }
        return value;
    }

    /**
     * @param name  the argument's name
     * @param index the argument
     * @param size  the number of admissible indices
     * @return {@code index}
     * @throws IllegalArgumentException unless {@code 0 <= index < size}
     */
    public static int index(String name, int index, int size) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException(name + " must lie in [0, " + size + ") (got " + index + ")");
        }
        return index;
    }

    /**
     * @param name   the argument's name
     * @param values the argument
     * @return a copy of {@code values}
     * @throws IllegalArgumentException if {@code values} is null or empty or holds a value that is not finite
     */
    public static double[] finiteArray(String name, double[] values) {
        notNull(name, values);
        if (values.length == 0) {
            throw new IllegalArgumentException(name + " must be non-empty (got 0 entries)");
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(name + " must be finite (got " + values[i] + " at index " + i + ")");
            }
        }
        return values.clone();
    }

    /**
     * @param name   the argument's name
     * @param values the argument
     * @return a copy of {@code values}
     * @throws IllegalArgumentException unless {@code values} is non-empty, finite and strictly increasing
     */
    public static double[] strictlyIncreasing(String name, double[] values) {
        double[] copy = finiteArray(name, values);
        for (int i = 1; i < copy.length; i++) {
            if (!(copy[i] > copy[i - 1])) {
                throw new IllegalArgumentException(name + " must be strictly increasing (got " + copy[i - 1]
                        + " at index " + (i - 1) + " and " + copy[i] + " at index " + i + ")");
            }
        }
        return copy;
    }

    /**
     * A probability vector: finite, non-negative entries summing to 1 within
     * {@link #PROBABILITY_SUM_TOLERANCE} times its length.
     *
     * @param name          the argument's name
     * @param probabilities the argument
     * @return a copy of {@code probabilities}
     * @throws IllegalArgumentException if the vector is null, empty, or breaks a rule above
     */
    public static double[] probabilities(String name, double[] probabilities) {
        double[] copy = finiteArray(name, probabilities);
        double sum = 0;
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] < 0) {
                throw new IllegalArgumentException(name + " must be >= 0 (got " + copy[i] + " at index " + i + ")");
            }
            sum += copy[i];
        }
        if (Math.abs(sum - 1) > PROBABILITY_SUM_TOLERANCE * copy.length) {
            throw new IllegalArgumentException(name + " must sum to 1 (got " + sum + ")");
        }
        return copy;
    }

    /**
     * A probability vector with full support: {@link #probabilities} with every entry {@code > 0}.
     *
     * @param name          the argument's name
     * @param probabilities the argument
     * @return a copy of {@code probabilities}
     * @throws IllegalArgumentException if the vector is not a probability vector or has a zero entry
     */
    public static double[] positiveProbabilities(String name, double[] probabilities) {
        double[] copy = probabilities(name, probabilities);
        for (int i = 0; i < copy.length; i++) {
            if (!(copy[i] > 0)) {
                throw new IllegalArgumentException(name + " must be > 0 (got " + copy[i] + " at index " + i + ")");
            }
        }
        return copy;
    }

    /**
     * Refuses a computation up front when its size exceeds a documented limit.
     *
     * @param what  what is being sized, e.g. "values K"
     * @param size  the requested size
     * @param limit the largest supported size
     * @param cost  how the cost grows, e.g. "O(K^2) memory"
     * @return {@code size}
     * @throws IllegalArgumentException if {@code size > limit}, naming the size, the cost and the limit
     */
    public static long sizeAtMost(String what, long size, long limit, String cost) {
        if (size > limit) {
            throw new IllegalArgumentException(what + " = " + size + " exceeds the supported limit " + limit
                    + " (cost " + cost + ")");
        }
        return size;
    }
}
