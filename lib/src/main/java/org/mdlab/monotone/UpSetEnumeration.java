package org.mdlab.monotone;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.mdlab.market.Arguments;
import org.mdlab.optimisation.Cancellation;
import org.mdlab.optimisation.SolverOptions;

/**
 * All up-sets of a {@link TypeGrid}, i.e. all vertices of its order polytope (Stanley 1986, "Two poset
 * polytopes", §1), equivalently the deterministic monotone rules whose extreme-point role Yang
 * and Yang (2025, arXiv:2502.18876) characterise. An up-set of {@code [m]^n} is
 * {@code {x : x_n ≥ h(x_{-n})}} for a non-increasing threshold {@code h : [m]^{n−1} → {0, …, m}}; the
 * enumeration walks these thresholds, so it costs {@code O(count · m^n)} time and memory.
 *
 * <p>Counts: {@code m + 1} for one agent; {@code C(2m, m)} for two (lattice paths from one corner of the
 * {@code m × m} box to the other); for three, the plane partitions in an {@code m × m × m} box, MacMahon's
 * {@code Π_{i,j,k=1}^{m} (i + j + k − 1)/(i + j + k − 2)}.
 */
public final class UpSetEnumeration {

    /** The most up-sets an enumeration may produce, {@value}. */
    public static final long MAX_UP_SETS = 250_000;

    private static final int CANCELLATION_STRIDE = 1024;

    private UpSetEnumeration() {
    }

    /**
     * The number of up-sets by the closed forms above.
     *
     * @param agents 1 to {@link TypeGrid#MAX_AGENTS}
     * @param side   at least 1
     * @return the exact count
     */
    public static BigInteger count(int agents, int side) {
        Arguments.atLeast("agents", agents, 1);
        Arguments.sizeAtMost("agents", agents, TypeGrid.MAX_AGENTS, "closed forms are known for 1 to 3 agents");
        Arguments.atLeast("side", side, 1);
        Arguments.sizeAtMost("side", side, 200, "an exact product of O(side^3) factors");
        if (agents == 1) {
            return BigInteger.valueOf(side + 1L);
        }
        if (agents == 2) {
            BigInteger binomial = BigInteger.ONE;
            for (int k = 1; k <= side; k++) {
                binomial = binomial.multiply(BigInteger.valueOf(side + k)).divide(BigInteger.valueOf(k));
            }
            return binomial;
        }
        BigInteger numerator = BigInteger.ONE;
        BigInteger denominator = BigInteger.ONE;
        for (int i = 1; i <= side; i++) {
            for (int j = 1; j <= side; j++) {
                for (int k = 1; k <= side; k++) {
                    numerator = numerator.multiply(BigInteger.valueOf(i + j + k - 1));
                    denominator = denominator.multiply(BigInteger.valueOf(i + j + k - 2));
                }
            }
        }
        return numerator.divide(denominator);
    }

    /**
     * Every up-set of the grid, the empty set first and the whole grid last, in decreasing lexicographic
     * order of thresholds.
     *
     * @param grid    the grid
     * @param options read for {@link SolverOptions#cancellation()}, polled every {@value #CANCELLATION_STRIDE} up-sets
     * @return the up-sets
     * @throws IllegalArgumentException if the count exceeds {@value #MAX_UP_SETS}, naming count, cost and limit
     */
    public static List<UpSet> enumerate(TypeGrid grid, SolverOptions options) {
        Arguments.notNull("grid", grid);
        Arguments.notNull("options", options);
        BigInteger count = count(grid.agents(), grid.side());
        if (count.compareTo(BigInteger.valueOf(MAX_UP_SETS)) > 0) {
            throw new IllegalArgumentException("up-sets of the " + grid.agents() + "-agent grid with side "
                    + grid.side() + " = " + count + " exceeds the supported limit " + MAX_UP_SETS
                    + " (cost O(count · side^agents) time and memory)");
        }
        int m = grid.side();
        int columns = grid.size() / m;
        List<UpSet> result = new ArrayList<>(count.intValue());
        walk(grid, new int[columns], 0, result, options.cancellation());
        return List.copyOf(result);
    }

    private static void walk(TypeGrid grid, int[] thresholds, int column, List<UpSet> result, Cancellation cancellation) {
        int m = grid.side();
        if (column == thresholds.length) {
            if (result.size() % CANCELLATION_STRIDE == 0) {
                cancellation.check("up-set enumeration");
            }
            result.add(build(grid, thresholds));
            return;
        }
        int upper = m;
        int stride = 1;
        for (int i = 0; i < grid.agents() - 1; i++) {
            if ((column / stride) % m > 0) {
                upper = Math.min(upper, thresholds[column - stride]);
            }
            stride *= m;
        }
        for (int h = upper; h >= 0; h--) {
            thresholds[column] = h;
            walk(grid, thresholds, column + 1, result, cancellation);
        }
    }

    private static UpSet build(TypeGrid grid, int[] thresholds) {
        int columns = thresholds.length;
        boolean[] members = new boolean[grid.size()];
        for (int column = 0; column < columns; column++) {
            for (int x = thresholds[column]; x < grid.side(); x++) {
                members[column + x * columns] = true;
            }
        }
        return new UpSet(grid, members);
    }
}
