package org.mdlab.dynamic.contracts;

import org.mdlab.market.Arguments;

import org.mdlab.optimisation.Cancellation;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.SplittableRandom;

/**
 * A Markov chain on a grid of promised utilities, such as the law of motion of a
 * {@link PromisedUtilityContract} under truthful reporting. Gives exact distributions over time
 * ({@code μ_{t+1} = μ_t P}), exact absorption probabilities (the linear system {@code (I - Q) h = b} on
 * the transient states that can reach an absorbing state; Kemeny and Snell 1960, Finite Markov Chains,
 * Thm 3.3.7) and seeded sample paths. Immutable.
 *
 * @param grid        the promised utility of each state; strictly increasing
 * @param transitions {@code P(j, l)}; square, rows non-negative and summing to 1 within 1e-9
 */
public record PromisedUtilityChain(double[] grid, double[][] transitions) {

    /** A state is absorbing when its self-transition probability is at least {@code 1 - ABSORBING}. */
    public static final double ABSORBING = 1e-9;

    /** The most numbers {@link #distributions} and {@link #simulate} return. */
    public static final long MAX_CELLS = 200_000_000L;

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if the grid is not strictly increasing, the matrix is not square of
     *                                  the grid's size, or a row is not a probability vector
     */
    public PromisedUtilityChain {
        if (grid == null || grid.length == 0) {
            throw new IllegalArgumentException("grid must hold at least one state");
        }
        for (int j = 1; j < grid.length; j++) {
            if (!(grid[j] > grid[j - 1])) {
                throw new IllegalArgumentException("grid must be strictly increasing (got " + grid[j] + " after "
                        + grid[j - 1] + ")");
            }
        }
        if (transitions == null || transitions.length != grid.length) {
            throw new IllegalArgumentException("transitions must have one row per grid point: expected " + grid.length
                    + " (got " + (transitions == null ? "null" : transitions.length) + ")");
        }
        double[][] copy = new double[grid.length][];
        for (int j = 0; j < grid.length; j++) {
            if (transitions[j] == null || transitions[j].length != grid.length) {
                throw new IllegalArgumentException("transitions[" + j + "] must have " + grid.length + " entries (got "
                        + (transitions[j] == null ? "null" : transitions[j].length) + ")");
            }
            double sum = 0;
            for (double p : transitions[j]) {
                if (!(p >= 0) || !Double.isFinite(p)) {
                    throw new IllegalArgumentException("transitions[" + j + "] must hold finite probabilities >= 0 (got "
                            + p + ")");
                }
                sum += p;
            }
            if (Math.abs(sum - 1) > 1e-9) {
                throw new IllegalArgumentException("transitions[" + j + "] must sum to 1 (got " + sum + ")");
            }
            copy[j] = transitions[j].clone();
        }
        grid = grid.clone();
        transitions = copy;
    }

    /**
     * A chain from its grid and transition matrix.
     *
     * @param grid        the promised utilities
     * @param transitions the row-stochastic matrix
     * @return the chain
     */
    public static PromisedUtilityChain of(double[] grid, double[][] transitions) {
        return new PromisedUtilityChain(grid, transitions);
    }

    /**
     * The promised utility of each state.
     *
     * @return the grid (a copy)
     */
    @Override
    public double[] grid() {
        return grid.clone();
    }

    /**
     * The transition matrix.
     *
     * @return {@code P(j, l)} (a deep copy)
     */
    @Override
    public double[][] transitions() {
        double[][] copy = new double[transitions.length][];
        for (int j = 0; j < copy.length; j++) {
            copy[j] = transitions[j].clone();
        }
        return copy;
    }

    /** @return the number of states */
    public int size() {
        return grid.length;
    }

    /**
     * @param state a grid index
     * @return whether {@code P(j, j) >= 1 - }{@value #ABSORBING}
     */
    public boolean absorbing(int state) {
        return transitions[requireState("state", state)][state] >= 1 - ABSORBING;
    }

    /**
     * The exact distributions of the state at dates {@code 0..periods} from a point mass at {@code start}.
     *
     * @param start   the initial grid index
     * @param periods the horizon; {@code >= 0}
     * @return {@code μ_t(l)} for {@code t = 0..periods}
     * @throws IllegalArgumentException if start or periods is out of range
     */
    public double[][] distributions(int start, int periods) {
        requireState("start", start);
        if (periods < 0) {
            throw new IllegalArgumentException("periods must be >= 0 (got " + periods + ")");
        }
        int n = grid.length;
        Arguments.sizeAtMost("(periods + 1) × grid points", ((long) periods + 1) * n, MAX_CELLS, "one probability per period and grid point");
        double[][] mu = new double[periods + 1][n];
        mu[0][start] = 1;
        for (int t = 1; t <= periods; t++) {
            Cancellation.threadInterrupt().check("promised-utility distributions");
            for (int j = 0; j < n; j++) {
                double mass = mu[t - 1][j];
                if (mass == 0) {
                    continue;
                }
                for (int l = 0; l < n; l++) {
                    mu[t][l] += mass * transitions[j][l];
                }
            }
        }
        return mu;
    }

    /**
     * The mean promised utility at each date, {@code Σ_l μ_t(l) w_l}.
     *
     * @param start   the initial grid index
     * @param periods the horizon; {@code >= 0}
     * @return the means for {@code t = 0..periods}
     */
    public double[] meanPath(int start, int periods) {
        double[][] mu = distributions(start, periods);
        double[] mean = new double[periods + 1];
        for (int t = 0; t <= periods; t++) {
            for (int l = 0; l < grid.length; l++) {
                mean[t] += mu[t][l] * grid[l];
            }
        }
        return mean;
    }

    /**
     * The probability of eventually being absorbed in {@code target} from each state, exactly: zero for
     * states that reach no absorbing state and for the other absorbing states, one at the target, and on
     * the remaining transient states the solution of {@code (I - Q) h = P(·, target)} by Gaussian
     * elimination with partial pivoting ({@code O(n³)}), clamped to [0, 1] against rounding.
     *
     * @param target an absorbing grid index
     * @return {@code h(j) = Pr(absorbed at target | start at j)}
     * @throws IllegalArgumentException if target is not absorbing
     */
    public double[] absorptionProbabilities(int target) {
        requireState("target", target);
        if (!absorbing(target)) {
            throw new IllegalArgumentException("target must be an absorbing state (got " + target
                    + " with P(target, target) = " + transitions[target][target] + ")");
        }
        int n = grid.length;
        boolean[] reaches = statesReachingAbsorption();
        int[] index = new int[n];
        Arrays.fill(index, -1);
        int transientCount = 0;
        for (int j = 0; j < n; j++) {
            if (reaches[j] && !absorbing(j)) {
                index[j] = transientCount++;
            }
        }
        double[][] a = new double[transientCount][transientCount + 1];
        for (int j = 0; j < n; j++) {
            if (index[j] < 0) {
                continue;
            }
            int row = index[j];
            a[row][row] += 1;
            for (int l = 0; l < n; l++) {
                if (index[l] >= 0) {
                    a[row][index[l]] -= transitions[j][l];
                }
            }
            a[row][transientCount] = transitions[j][target];
        }
        double[] solution = solve(a);
        double[] h = new double[n];
        for (int j = 0; j < n; j++) {
            h[j] = index[j] >= 0 ? Math.min(1, Math.max(0, solution[index[j]])) : (j == target ? 1 : 0);
        }
        return h;
    }

    /**
     * Seeded sample paths: path {@code p} draws from its own stream, the {@code p}-th split of
     * {@code new SplittableRandom(seed)}, so the paths do not depend on how many are drawn after them.
     *
     * @param start   the initial grid index
     * @param periods the horizon; {@code >= 0}
     * @param paths   the number of paths; {@code >= 1}
     * @param seed    the root seed
     * @return {@code states[p][t]}, grid indices for {@code t = 0..periods}
     * @throws IllegalArgumentException if an argument is out of range
     */
    public int[][] simulate(int start, int periods, int paths, long seed) {
        requireState("start", start);
        if (periods < 0 || paths < 1) {
            throw new IllegalArgumentException("periods must be >= 0 and paths >= 1 (got " + periods + ", " + paths + ")");
        }
        Arguments.sizeAtMost("paths × (periods + 1)", ((long) periods + 1) * paths, MAX_CELLS, "one grid index per path and period");
        SplittableRandom root = new SplittableRandom(seed);
        int[][] states = new int[paths][periods + 1];
        for (int p = 0; p < paths; p++) {
            Cancellation.threadInterrupt().check("promised-utility simulation");
            SplittableRandom random = root.split();
            states[p][0] = start;
            for (int t = 1; t <= periods; t++) {
                states[p][t] = next(states[p][t - 1], random.nextDouble());
            }
        }
        return states;
    }

    /**
     * The successor drawn by inverting the cumulative row at {@code uniform}.
     *
     * @param state   a grid index
     * @param uniform a number in [0, 1)
     * @return the next grid index
     */
    public int next(int state, double uniform) {
        requireState("state", state);
        if (!(uniform >= 0 && uniform < 1)) {
            throw new IllegalArgumentException("uniform must lie in [0, 1) (got " + uniform + ")");
        }
        double cumulative = 0;
        int last = state;
        for (int l = 0; l < grid.length; l++) {
            if (transitions[state][l] > 0) {
                cumulative += transitions[state][l];
                last = l;
                if (uniform < cumulative) {
                    return l;
                }
            }
        }
        return last;
    }

    private boolean[] statesReachingAbsorption() {
        int n = grid.length;
        boolean[] reaches = new boolean[n];
        Deque<Integer> queue = new ArrayDeque<>();
        for (int j = 0; j < n; j++) {
            if (absorbing(j)) {
                reaches[j] = true;
                queue.add(j);
            }
        }
        while (!queue.isEmpty()) {
            int l = queue.poll();
            for (int j = 0; j < n; j++) {
                if (!reaches[j] && transitions[j][l] > 0) {
                    reaches[j] = true;
                    queue.add(j);
                }
            }
        }
        return reaches;
    }

    private static double[] solve(double[][] a) {
        int n = a.length;
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) {
                    pivot = r;
                }
            }
            double[] swap = a[c];
            a[c] = a[pivot];
            a[pivot] = swap;
            for (int r = c + 1; r < n; r++) {
                double factor = a[r][c] / a[c][c];
                for (int k = c; k <= n; k++) {
                    a[r][k] -= factor * a[c][k];
                }
            }
        }
        double[] x = new double[n];
        for (int r = n - 1; r >= 0; r--) {
            double sum = a[r][n];
            for (int k = r + 1; k < n; k++) {
                sum -= a[r][k] * x[k];
            }
            x[r] = sum / a[r][r];
        }
        return x;
    }

    private int requireState(String name, int state) {
        return Arguments.index(name, state, grid.length);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PromisedUtilityChain c && Arrays.equals(grid, c.grid)
                && Arrays.deepEquals(transitions, c.transitions);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(grid) + Arrays.deepHashCode(transitions);
    }

    @Override
    public String toString() {
        return "PromisedUtilityChain[" + grid.length + " states]";
    }
}
