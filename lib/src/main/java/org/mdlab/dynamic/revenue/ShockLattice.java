package org.mdlab.dynamic.revenue;

import org.mdlab.optimisation.Cancellation;

/**
 * The distributions of the accumulated innovations {@code S_t = Σ_{k=0}^{t-2} γ^k ε_{t-1-k}} of an AR(1)
 * type ({@code θ_t = γ^{t-1} θ_1 + S_t}, {@code S_1 = 0}) on one lattice of spacing {@code w}: the
 * innovation's mass in each cell {@code [x - w/2, x + w/2)} sits at the cell's centre, and the
 * recursion {@code S_{t+1} = γ S_t + ε} splits the mass at {@code γ x} between its two neighbouring
 * lattice points in proportion to their distance (which keeps the mean) before convolving with the
 * innovation. Expectations of smooth functions of {@code S_t} carry an error {@code O(w²)}. Mass beyond
 * twelve standard deviations of {@code S_t} from its mean is lumped at the lattice's ends.
 */
final class ShockLattice {

    /** The most lattice points; spacing and range are fixed by the innovation's standard deviation. */
    static final int MAX_POINTS = 2_000_000;

    private final double[][] points;
    private final double[][] masses;

    private ShockLattice(double[][] points, double[][] masses) {
        this.points = points;
        this.masses = masses;
    }

    static ShockLattice of(double persistence, Innovation innovation, int horizon, int cellsPerSd) {
        double sd = innovation.standardDeviation();
        double w = sd / cellsPerSd;
        double variance = 0;
        double mean = 0;
        double low = 0;
        double high = 0;
        double sumSd = 0;
        for (int t = 2; t <= horizon; t++) {
            variance = persistence * persistence * variance + sd * sd;
            mean = persistence * mean + innovation.mean();
            low = persistence * low + innovation.lower();
            high = persistence * high + innovation.upper();
            sumSd = Math.max(sumSd, Math.abs(mean) + 12 * Math.sqrt(variance));
        }
        double reach = Math.min(Math.max(Math.abs(low), Math.abs(high)), sumSd) + w;
        int half = (int) Math.ceil(reach / w);
        int size = 2 * half + 1;
        if (size > MAX_POINTS) {
            throw new IllegalArgumentException("cellsPerSd = " + cellsPerSd + " needs " + size
                    + " lattice points (one double per point and period) but at most " + MAX_POINTS + " are allowed");
        }
        int kLow = (int) Math.floor(innovation.lower() / w + 0.5);
        int kHigh = (int) Math.ceil(innovation.upper() / w - 0.5);
        double[] shock = new double[kHigh - kLow + 1];
        for (int k = kLow; k <= kHigh; k++) {
            double a = k == kLow ? Double.NEGATIVE_INFINITY : (k - 0.5) * w;
            double b = k == kHigh ? Double.POSITIVE_INFINITY : (k + 0.5) * w;
            shock[k - kLow] = (b == Double.POSITIVE_INFINITY ? 1 : innovation.cdf(b))
                    - (a == Double.NEGATIVE_INFINITY ? 0 : innovation.cdf(a));
        }
        double[][] points = new double[horizon][];
        double[][] masses = new double[horizon][];
        points[0] = new double[] {0};
        masses[0] = new double[] {1};
        double[] current = new double[size];
        current[half] = 1;
        for (int t = 1; t < horizon; t++) {
            Cancellation.threadInterrupt().check("shock lattice");
            double[] scaled = new double[size];
            for (int j = 0; j < size; j++) {
                if (current[j] != 0) {
                    double y = persistence * (j - half);
                    int left = (int) Math.floor(y);
                    double right = y - left;
                    scaled[clamp(left + half, size)] += current[j] * (1 - right);
                    if (right != 0) {
                        scaled[clamp(left + 1 + half, size)] += current[j] * right;
                    }
                }
            }
            double[] next = new double[size];
            for (int j = 0; j < size; j++) {
                if (scaled[j] != 0) {
                    for (int k = 0; k < shock.length; k++) {
                        next[clamp(j + kLow + k, size)] += scaled[j] * shock[k];
                    }
                }
            }
            current = next;
            int count = 0;
            for (double m : current) {
                count += m != 0 ? 1 : 0;
            }
            points[t] = new double[count];
            masses[t] = new double[count];
            for (int j = 0, n = 0; j < size; j++) {
                if (current[j] != 0) {
                    points[t][n] = (j - half) * w;
                    masses[t][n++] = current[j];
                }
            }
        }
        return new ShockLattice(points, masses);
    }

    private static int clamp(int index, int size) {
        return Math.max(0, Math.min(size - 1, index));
    }

    /** @return the lattice points of {@code S_t}, period {@code t} at index {@code t - 1} */
    double[] points(int period) {
        return points[period - 1];
    }

    /** @return the masses of {@code S_t} */
    double[] masses(int period) {
        return masses[period - 1];
    }

    /** @return {@code E[h(S_t)]} */
    double expectation(int period, java.util.function.DoubleUnaryOperator h) {
        double[] x = points[period - 1];
        double[] p = masses[period - 1];
        double sum = 0;
        for (int n = 0; n < x.length; n++) {
            sum += p[n] * h.applyAsDouble(x[n]);
        }
        return sum;
    }
}
