package org.mdlab.sweep;

import org.mdlab.market.Arguments;

import java.io.Serializable;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * One named dimension of a parameter {@link Grid}: a finite list of values, given explicitly, as an
 * evenly spaced range, as consecutive integers, or as seeded uniform draws (the same seed gives the same
 * draws on every JDK and every engine).
 *
 * @param name   the parameter's name, used as a column of the sweep's table; not blank
 * @param values the values the parameter takes, in sweep order; finite, at least one (copied)
 */
public record Axis(String name, double[] values) implements Serializable {

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if the name is blank or the values are empty or not finite
     */
    public Axis {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must be non-blank (got " + (name == null ? "null" : "\"" + name + "\"") + ")");
        }
        values = Arguments.finiteArray("values of axis " + name, values);
    }

    /**
     * An axis with the given values.
     *
     * @param name   the parameter's name
     * @param values its values, in sweep order
     * @return the axis
     */
    public static Axis of(String name, double... values) {
        return new Axis(name, values);
    }

    /**
     * {@code count} evenly spaced values from {@code first} to {@code last} inclusive.
     *
     * @param name  the parameter's name
     * @param first the first value; finite
     * @param last  the last value; finite
     * @param count the number of values; {@code >= 1} (1 gives {@code first} alone)
     * @return the axis
     */
    public static Axis linear(String name, double first, double last, int count) {
        Arguments.finite("first", first);
        Arguments.finite("last", last);
        Arguments.atLeast("count", count, 1);
        double[] v = new double[count];
        for (int i = 0; i < count; i++) {
            v[i] = count == 1 ? first : first + (last - first) * i / (count - 1);
        }
        return new Axis(name, v);
    }

    /**
     * The integers {@code first, first + 1, ..., last}.
     *
     * @param name  the parameter's name
     * @param first the first integer
     * @param last  the last integer; {@code >= first}
     * @return the axis
     */
    public static Axis integers(String name, int first, int last) {
        if (last < first) {
            throw new IllegalArgumentException("last must be >= first (got first " + first + ", last " + last + ")");
        }
        Arguments.sizeAtMost("integers on axis " + name, (long) last - first + 1, Grid.MAX_POINTS, "one row per value");
        double[] v = new double[last - first + 1];
        for (int i = 0; i < v.length; i++) {
            v[i] = first + i;
        }
        return new Axis(name, v);
    }

    /**
     * {@code count} independent draws from the uniform distribution on {@code [low, high)}, from a
     * {@link SplittableRandom} seeded with {@code seed}.
     *
     * @param name  the parameter's name
     * @param low   the lower end; finite
     * @param high  the upper end; finite and {@code > low}
     * @param count the number of draws; {@code >= 1}
     * @param seed  the seed
     * @return the axis
     */
    public static Axis uniform(String name, double low, double high, int count, long seed) {
        Arguments.finite("low", low);
        Arguments.finite("high", high);
        if (!(high > low)) {
            throw new IllegalArgumentException("high must be > low (got low " + low + ", high " + high + ")");
        }
        Arguments.atLeast("count", count, 1);
        SplittableRandom random = new SplittableRandom(seed);
        double[] v = new double[count];
        for (int i = 0; i < count; i++) {
            v[i] = random.nextDouble(low, high);
        }
        return new Axis(name, v);
    }

    /**
     * The number of values.
     *
     * @return the length of the axis
     */
    public int size() {
        return values.length;
    }

    /**
     * One value.
     *
     * @param i its position; in {@code [0, size())}
     * @return the value
     */
    public double value(int i) {
        return values[Arguments.index("i", i, values.length)];
    }

    /** @return a copy of the values */
    @Override
    public double[] values() {
        return values.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Axis a && name.equals(a.name) && Arrays.equals(values, a.values);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Axis[" + name + ", " + values.length + " values]";
    }
}
