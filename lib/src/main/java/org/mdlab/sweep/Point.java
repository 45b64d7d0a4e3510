package org.mdlab.sweep;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One point of a {@link Grid}: its position in grid order, a value per axis, and a seed that depends on
 * the grid's seed and the position only, so that a point draws the same random numbers whichever engine
 * and however many workers evaluate it.
 *
 * @param index  the position in grid order; {@code >= 0}
 * @param names  the axes' names, in grid order
 * @param values the value on each axis
 * @param seed   the point's seed
 */
public record Point(long index, List<String> names, double[] values, long seed) implements Serializable {

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if the index is negative or names and values differ in length
     */
    public Point {
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0 (got " + index + ")");
        }
        if (names == null || values == null || names.size() != values.length) {
            throw new IllegalArgumentException("names and values must have the same length");
        }
        names = List.copyOf(names);
        values = values.clone();
    }

    /**
     * The value of one parameter.
     *
     * @param name an axis of the grid
     * @return the point's value on it
     * @throws IllegalArgumentException if the grid has no such axis, naming the axes it has
     */
    public double get(String name) {
        int i = names.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("name must be an axis of the grid " + names + " (got \"" + name + "\")");
        }
        return values[i];
    }

    /**
     * A random stream seeded with {@link #seed()}; a new, identical stream on every call.
     *
     * @return the stream
     */
    public SplittableRandom random() {
        return new SplittableRandom(seed);
    }

    /** @return a copy of the values */
    @Override
    public double[] values() {
        return values.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Point p && index == p.index && seed == p.seed && names.equals(p.names)
                && Arrays.equals(values, p.values);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(index) * 31 + Arrays.hashCode(values);
    }
}
