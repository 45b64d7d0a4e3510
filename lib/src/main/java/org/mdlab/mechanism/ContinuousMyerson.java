package org.mdlab.mechanism;

/**
 * Myerson's (1981, Theorem 3 and Lemma 3) optimal auction for {@code n} bidders with i.i.d. regular
 * continuous values: a second-price auction with the reserve {@code r*} solving {@code φ(r*) = 0}.
 * Revenue of any auction that gives the item to the highest value above a reserve {@code r} with the
 * lowest type's utility 0 is {@code n ∫_r^hi φ(v) F(v)^{n-1} f(v) dv} (revenue equivalence). For
 * {@code U[0,1]}: {@code r* = 1/2} and revenue {@code (n - 1 + 2^{-n}) / (n + 1)}.
 */
public final class ContinuousMyerson {

    private static final int SIMPSON_INTERVALS = 4096;
    private static final int REGULARITY_GRID = 512;

    private ContinuousMyerson() {
    }

    /**
     * The optimal reserve: the root of {@code φ} by bisection (the lower end if {@code φ >= 0} there).
     *
     * @param d a regular distribution
     * @return {@code r*}
     * @throws IllegalArgumentException if {@code d} is not regular on a grid of 512 points
     */
    public static double reserve(ValueDistribution d) {
        requireRegular(d);
        double lo = d.lower();
        double hi = d.upper();
        if (d.virtualValue(lo + 1e-12 * (hi - lo)) >= 0) {
            return lo;
        }
        for (int k = 0; k < 200 && hi - lo > 1e-15; k++) {
            double mid = 0.5 * (lo + hi);
            if (d.virtualValue(mid) < 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /**
     * Expected revenue of the second-price auction with reserve {@code r}:
     * {@code n ∫_r^hi φ(v) F(v)^{n-1} f(v) dv}, by composite Simpson with 4096 intervals.
     *
     * @param d       the value distribution
     * @param bidders {@code n >= 1}
     * @param reserve {@code r} in the support
     * @return the expected revenue
     * @throws IllegalArgumentException if {@code bidders < 1} or {@code reserve} is outside the support
     */
    public static double revenue(ValueDistribution d, int bidders, double reserve) {
        if (bidders < 1) {
            throw new IllegalArgumentException("bidders must be >= 1 (got " + bidders + ")");
        }
        if (!(reserve >= d.lower() && reserve <= d.upper())) {
            throw new IllegalArgumentException("reserve must lie in [" + d.lower() + ", " + d.upper() + "] (got " + reserve + ")");
        }
        double a = reserve;
        double b = d.upper();
        double h = (b - a) / SIMPSON_INTERVALS;
        double sum = 0;
        for (int k = 0; k <= SIMPSON_INTERVALS; k++) {
            double v = k == 0 ? a + 1e-12 * (b - a) : a + k * h;
            double g = d.virtualValue(v) * Math.pow(d.cdf(v), bidders - 1) * d.density(v);
            sum += (k == 0 || k == SIMPSON_INTERVALS ? 1 : k % 2 == 1 ? 4 : 2) * g;
        }
        return bidders * sum * h / 3;
    }

    /**
     * The optimal expected revenue {@code revenue(d, n, reserve(d))}.
     *
     * @param d       a regular distribution
     * @param bidders {@code n >= 1}
     * @return the expected revenue of Myerson's optimal auction
     */
    public static double optimalRevenue(ValueDistribution d, int bidders) {
        return revenue(d, bidders, reserve(d));
    }

    /**
     * The closed form for {@code n} bidders with {@code U[0,1]} values and reserve 1/2:
     * {@code n ∫_{1/2}^1 (2v - 1) v^{n-1} dv = 2n/(n+1) (1 - 2^{-n-1}) - (1 - 2^{-n}) = (n - 1 + 2^{-n}) / (n + 1)}.
     *
     * @param bidders {@code n >= 1}
     * @return the optimal revenue for uniform values
     * @throws IllegalArgumentException if {@code bidders < 1}
     */
    public static double uniformOptimalRevenue(int bidders) {
        if (bidders < 1) {
            throw new IllegalArgumentException("bidders must be >= 1 (got " + bidders + ")");
        }
        return (bidders - 1 + Math.pow(2, -bidders)) / (bidders + 1);
    }

    private static void requireRegular(ValueDistribution d) {
        double previous = Double.NEGATIVE_INFINITY;
        for (int k = 1; k <= REGULARITY_GRID; k++) {
            double v = d.lower() + (d.upper() - d.lower()) * k / REGULARITY_GRID;
            double phi = d.virtualValue(v);
            if (!(phi >= previous - 1e-12)) {
                throw new IllegalArgumentException("distribution " + d + " must be regular (virtual value decreases near " + v + ")");
            }
            previous = phi;
        }
    }
}
