package org.mdlab.sweep;

import org.mdlab.market.Arguments;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A parameter grid: the Cartesian product of named {@link Axis axes}, in row-major order (the last axis
 * varies fastest), with a seed from which every {@link Point} derives its own. Points are computed from
 * their index, so any engine can evaluate any subset of them independently.
 */
public final class Grid implements Serializable {

    /** The most points a grid may have: a sweep holds one row per point in memory. */
    public static final long MAX_POINTS = 10_000_000;

    /** Column names of the sweep table that axes may not take. */
    static final Set<String> RESERVED = Set.of(Sweep.POINT, Sweep.STATUS, Sweep.MESSAGE);

    private static final long serialVersionUID = 1L;

    private final List<Axis> axes;
    private final long seed;
    private final long size;

    private Grid(List<Axis> axes, long seed) {
        Set<String> names = new HashSet<>();
        long n = 1;
        for (Axis axis : axes) {
            Arguments.notNull("axis", axis);
            if (!names.add(axis.name())) {
                throw new IllegalArgumentException("axis names must be distinct (got \"" + axis.name() + "\" twice)");
            }
            if (RESERVED.contains(axis.name())) {
                throw new IllegalArgumentException("axis name must not be one of the table's own columns " + RESERVED
                        + " (got \"" + axis.name() + "\")");
            }
            try {
                n = Math.multiplyExact(n, axis.size());
            } catch (ArithmeticException e) {
                throw new IllegalArgumentException("the grid has more than " + Long.MAX_VALUE + " points", e);
            }
        }
        this.axes = List.copyOf(axes);
        this.seed = seed;
        this.size = axes.isEmpty() ? 0 : n;
        Arguments.sizeAtMost("grid points", size, MAX_POINTS, "one row per point held in memory");
    }

    /**
     * The product of the given axes, with seed 0. A grid without axes is empty (no points).
     *
     * @param axes the axes, distinct names
     * @return the grid
     * @throws IllegalArgumentException if names repeat or are reserved, or the grid exceeds {@link #MAX_POINTS}
     */
    public static Grid of(Axis... axes) {
        Arguments.notNull("axes", axes);
        return new Grid(List.of(axes), 0);
    }

    /**
     * The same grid with another seed.
     *
     * @param value the seed from which each point's seed is derived
     * @return the grid
     */
    public Grid withSeed(long value) {
        return new Grid(axes, value);
    }

    /** @return the axes, in grid order */
    public List<Axis> axes() {
        return axes;
    }

    /** @return the axes' names, in grid order */
    public List<String> names() {
        List<String> names = new ArrayList<>(axes.size());
        axes.forEach(a -> names.add(a.name()));
        return names;
    }

    /** @return the grid's seed */
    public long seed() {
        return seed;
    }

    /** @return the number of points (0 for a grid without axes) */
    public long size() {
        return size;
    }

    /**
     * The point at a position in row-major order.
     *
     * @param index the position; in {@code [0, size())}
     * @return the point, with its own seed
     */
    public Point point(long index) {
        if (index < 0 || index >= size) {
            throw new IllegalArgumentException("index must lie in [0, " + size + ") (got " + index + ")");
        }
        double[] values = new double[axes.size()];
        long rest = index;
        for (int a = axes.size() - 1; a >= 0; a--) {
            Axis axis = axes.get(a);
            values[a] = axis.value((int) (rest % axis.size()));
            rest /= axis.size();
        }
        return new Point(index, names(), values, pointSeed(seed, index));
    }

    /** SplitMix64's finaliser (Steele, Lea and Flood 2014) applied to the grid seed and the position. */
    static long pointSeed(long gridSeed, long index) {
        long z = gridSeed + (index + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Grid g && seed == g.seed && axes.equals(g.axes);
    }

    @Override
    public int hashCode() {
        return axes.hashCode() * 31 + Long.hashCode(seed);
    }

    @Override
    public String toString() {
        return "Grid[" + names() + ", " + size + " points, seed " + seed + "]";
    }
}
