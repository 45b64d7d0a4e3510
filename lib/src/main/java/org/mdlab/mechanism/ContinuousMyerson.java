package org.mdlab.mechanism;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.mdlab.market.Arguments;
import org.mdlab.market.Ironing;
import org.mdlab.market.ValueDistribution;
import org.mdlab.market.VirtualValues;

/**
 * Myerson's (1981, "Optimal Auction Design", Math. Oper. Res. 6(1), Theorem 3 and §6) optimal
 * auction for {@code n} bidders with i.i.d. values from a continuous distribution, regular or not.
 *
 * <p>Ironing is done in quantile space (Bulow and Roberts 1989). With the upper quantile
 * {@code q = 1 - F(v)} the revenue curve is {@code R(q) = q F^{-1}(1 - q)}, whose slope is the virtual
 * value {@code φ(v) = v - (1 - F(v))/f(v)}; the ironed virtual value {@code φ̄} is the slope of the least
 * concave majorant {@code R̄} of {@code R}. Equivalently Myerson's {@code H(u) = ∫_0^u φ(F^{-1}(t)) dt}
 * equals {@code R(1) - R(1 - u)}, and {@code R̄} corresponds to the convex hull of {@code H}. The hull is
 * computed on {@code N} equal quantile cells: the distribution putting mass {@code 1/N} on each node
 * {@code F^{-1}(k/N)} has as discrete virtual values ({@link VirtualValues#of(double[], double[])})
 * exactly the chord slopes of {@code R} over the cells, and their ironing ({@link Ironing#ironed}) gives
 * the slopes of the concave majorant of {@code R} through the nodes. A distribution is regular when no
 * cell is pooled; then {@code φ̄ = φ}.
 *
 * <p>The optimal auction gives the item to the highest value whose ironed virtual value is positive,
 * splitting ties within an ironed interval at random. The reserve {@code r*} is where {@code φ̄}
 * changes sign, a point where {@code R̄} touches {@code R}, hence {@code φ(r*) = 0}, the monopoly price.
 * Expected revenue is {@code E[max_i φ̄(v_i)^+] = ∫_0^{q*} R̄'(q) n(1-q)^{n-1} dq}, evaluated after
 * integration by parts as {@code R̄(q*) n(1-q*)^{n-1} + ∫_0^{q*} R̄(q) n(n-1)(1-q)^{n-2} dq} by
 * composite Simpson on {@code R̄} itself (exact {@code R} off the ironed intervals, linear on them).
 * For {@code U[0,1]}: {@code r* = 1/2} and revenue {@code (n - 1 + 2^{-n}) / (n + 1)}.
 */
public final class ContinuousMyerson {

    /** The default number of quantile cells {@code N = 2^16}. */
    public static final int DEFAULT_CELLS = 1 << 16;

    /** The most quantile cells accepted ({@value}). */
    public static final int MAX_CELLS = 1 << 24;

    private static final int SIMPSON_INTERVALS = 1 << 14;

    private final ValueDistribution distribution;
    private final List<IronedInterval> intervals;
    private final double[] lowerQuantiles;
    private final double[] upperQuantiles;
    private final double reserve;

    private ContinuousMyerson(ValueDistribution distribution, List<IronedInterval> intervals, double[] lowerQuantiles,
                              double[] upperQuantiles, double reserve) {
        this.distribution = distribution;
        this.intervals = List.copyOf(intervals);
        this.lowerQuantiles = lowerQuantiles;
        this.upperQuantiles = upperQuantiles;
        this.reserve = reserve;
    }

    /**
     * The optimal auction for {@code d} with {@link #DEFAULT_CELLS} quantile cells.
     *
     * @param d the value distribution
     * @return the ironed auction
     */
    public static ContinuousMyerson of(ValueDistribution d) {
        return of(d, DEFAULT_CELLS);
    }

    /**
     * The optimal auction for {@code d}, ironing on {@code cells} equal quantile cells. An ironed
     * interval's end points are exact up to one cell; the pooled value is the exact mass-weighted mean of
     * {@code φ} between them. Complexity {@code O(N)} quantile evaluations.
     *
     * @param d     the value distribution
     * @param cells the number of quantile cells {@code N}, {@code >= 4}
     * @return the ironed auction
     * @throws IllegalArgumentException if {@code d} is null, {@code cells < 4} or {@code cells > MAX_CELLS}
     */
    public static ContinuousMyerson of(ValueDistribution d, int cells) {
        Arguments.notNull("d", d);
        Arguments.atLeast("cells", cells, 4);
        Arguments.sizeAtMost("cells", cells, MAX_CELLS, "O(N) quantile evaluations and three arrays of N doubles");
        double[] nodes = new double[cells];
        double[] masses = new double[cells];
        for (int k = 0; k < cells; k++) {
            nodes[k] = d.quantile((double) k / cells);
            masses[k] = 1.0 / cells;
        }
        double[] phi = VirtualValues.of(nodes, masses);
        double[] ironed = Ironing.ironed(phi, masses);
        double tolerance = 1e-9 * Math.max(Math.abs(d.lower()), Math.abs(d.upper()));
        List<IronedInterval> intervals = new ArrayList<>();
        List<double[]> quantiles = new ArrayList<>();
        int start = 0;
        for (int k = 1; k <= cells; k++) {
            if (k < cells && ironed[k] == ironed[start]) {
                continue;
            }
            double deviation = 0;
            for (int j = start; j < k; j++) {
                deviation = Math.max(deviation, Math.abs(phi[j] - ironed[j]));
            }
            if (k - start >= 2 && deviation > tolerance) {
                double ua = (double) start / cells;
                double ub = (double) k / cells;
                intervals.add(new IronedInterval(d.quantile(ua), d.quantile(ub), ironed[start]));
                quantiles.add(new double[]{ua, ub});
            }
            start = k;
        }
        double[] lowerQ = quantiles.stream().mapToDouble(a -> a[0]).toArray();
        double[] upperQ = quantiles.stream().mapToDouble(a -> a[1]).toArray();
        return new ContinuousMyerson(d, intervals, lowerQ, upperQ, reserveWhereIronedTurnsPositive(d, ironed));
    }

    private static double reserveWhereIronedTurnsPositive(ValueDistribution d, double[] ironed) {
        int cells = ironed.length;
        int first = 0;
        while (first < cells && ironed[first] <= 0) {
            first++;
        }
        if (first == 0) {
            return d.lower();
        }
        if (first == cells) {
            return d.upper();
        }
        double lo = d.quantile((double) (first - 1) / cells);
        double hi = d.quantile(Math.min(1, (double) (first + 1) / cells));
        if (!(d.virtualValue(lo) < 0 && d.virtualValue(hi) >= 0)) {
            return d.quantile((double) first / cells);
        }
        for (int k = 0; k < 200 && hi - lo > 0; k++) {
            double mid = 0.5 * (lo + hi);
            if (mid <= lo || mid >= hi) {
                break;
            }
            if (d.virtualValue(mid) < 0) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return 0.5 * (lo + hi);
    }

    /**
     * The value distribution the auction was built for.
     *
     * @return the value distribution
     */
    public ValueDistribution distribution() {
        return distribution;
    }

    /**
     * The intervals of values pooled by ironing, in increasing order; empty exactly when the
     * distribution is regular (up to the cell resolution).
     *
     * @return the ironed intervals
     */
    public List<IronedInterval> ironedIntervals() {
        return intervals;
    }

    /**
     * Whether the distribution is regular on the quantile grid (Myerson 1981, §6).
     *
     * @return whether no interval is ironed (Myerson's regular case: {@code φ̄ = φ})
     */
    public boolean isRegular() {
        return intervals.isEmpty();
    }

    /**
     * The optimal reserve {@code r*}: the value where {@code φ̄} turns positive, refined by bisection on
     * {@code φ(r) = 0} (the lower end of the support if {@code φ̄ > 0} throughout).
     *
     * @return {@code r*}
     */
    public double reserve() {
        return reserve;
    }

    /**
     * The ironed virtual value {@code φ̄(v)}: the pooled value on an ironed interval, {@code φ(v)} elsewhere.
     *
     * @param v a value in the support
     * @return {@code φ̄(v)}
     * @throws IllegalArgumentException if {@code v} is outside the support
     */
    public double ironedVirtualValue(double v) {
        requireInSupport(v);
        for (IronedInterval interval : intervals) {
            if (interval.contains(v)) {
                return interval.virtualValue();
            }
        }
        return distribution.virtualValue(v);
    }

    /**
     * The revenue curve {@code R(q) = q F^{-1}(1 - q)} at the upper quantile {@code q}.
     *
     * @param q the upper quantile, in {@code [0, 1]}
     * @return {@code R(q)}
     * @throws IllegalArgumentException if {@code q} is outside {@code [0, 1]}
     */
    public double revenueCurve(double q) {
        requireQuantile(q);
        return q * distribution.quantile(1 - q);
    }

    /**
     * The ironed revenue curve {@code R̄(q)}, the least concave majorant of {@link #revenueCurve}: equal
     * to {@code R} off the ironed intervals and linear on each of them (on the chord between the
     * interval's end nodes, or on {@code R} where an end node misplaced by up to one cell leaves the
     * chord below {@code R}, as at a kink of {@code R}).
     *
     * @param q the upper quantile, in {@code [0, 1]}
     * @return {@code R̄(q)}
     * @throws IllegalArgumentException if {@code q} is outside {@code [0, 1]}
     */
    public double ironedRevenueCurve(double q) {
        requireQuantile(q);
        double u = 1 - q;
        for (int k = 0; k < lowerQuantiles.length; k++) {
            if (u > lowerQuantiles[k] && u < upperQuantiles[k]) {
                double qa = 1 - upperQuantiles[k];
                double qb = 1 - lowerQuantiles[k];
                double ra = revenueCurve(qa);
                double rb = revenueCurve(qb);
                return Math.max(revenueCurve(q), ra + (rb - ra) * (q - qa) / (qb - qa));
            }
        }
        return revenueCurve(q);
    }

    /**
     * The interim probability that a bidder with value {@code v} wins the optimal auction against
     * {@code n - 1} truthful bidders: 0 below the reserve, {@code F(v)^{n-1}} where {@code φ̄} is strictly
     * increasing, and on an ironed interval with {@code F} running from {@code a} to {@code b} the average
     * {@code (b^n - a^n) / (n (b - a))} of {@code F^{n-1}} over it (ties split at random).
     *
     * @param bidders {@code n >= 1}
     * @param v       a value in the support
     * @return the winning probability
     * @throws IllegalArgumentException if {@code bidders < 1} or {@code v} is outside the support
     */
    public double allocation(int bidders, double v) {
        requireBidders(bidders);
        requireInSupport(v);
        if (v < reserve) {
            return 0;
        }
        for (int k = 0; k < intervals.size(); k++) {
            if (intervals.get(k).contains(v)) {
                double a = lowerQuantiles[k];
                double b = upperQuantiles[k];
                return (Math.pow(b, bidders) - Math.pow(a, bidders)) / (bidders * (b - a));
            }
        }
        return Math.pow(distribution.cdf(v), bidders - 1);
    }

    /**
     * The optimal expected revenue with {@code n} bidders, {@code E[max_i φ̄(v_i)^+]}.
     *
     * @param bidders {@code n >= 1}
     * @return the expected revenue of Myerson's optimal auction
     * @throws IllegalArgumentException if {@code bidders < 1}
     */
    public double revenue(int bidders) {
        requireBidders(bidders);
        return revenueBelowCut(this::ironedRevenueCurve, 1 - distribution.cdf(reserve), bidders);
    }

    /**
     * Expected revenue of the second-price auction with reserve {@code r} (no ironing): by revenue
     * equivalence {@code n ∫_r^hi φ(v) F(v)^{n-1} f(v) dv = ∫_0^{q_r} R'(q) n(1-q)^{n-1} dq}, evaluated
     * by parts on the revenue curve as in {@link #revenue(int)}. Valid for every distribution; for a
     * regular one it is maximised at {@code r = r*} and equals {@link #revenue(int)} there.
     *
     * @param d       the value distribution; not null
     * @param bidders {@code n >= 1}
     * @param reserve {@code r} in the support
     * @return the expected revenue
     * @throws IllegalArgumentException if {@code d} is null, {@code bidders < 1} or {@code reserve} is outside the support
     */
    public static double secondPriceRevenue(ValueDistribution d, int bidders, double reserve) {
        Arguments.notNull("d", d);
        requireBidders(bidders);
        if (!(reserve >= d.lower() && reserve <= d.upper())) {
            throw new IllegalArgumentException("reserve must lie in [" + d.lower() + ", " + d.upper() + "] (got " + reserve + ")");
        }
        return revenueBelowCut(q -> q * d.quantile(1 - q), 1 - d.cdf(reserve), bidders);
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
        requireBidders(bidders);
        return (bidders - 1 + Math.pow(2, -bidders)) / (bidders + 1);
    }

    private static double revenueBelowCut(DoubleUnaryOperator curve, double cut, int n) {
        double boundary = curve.applyAsDouble(cut) * n * Math.pow(1 - cut, n - 1);
        if (n == 1 || cut <= 0) {
            return boundary;
        }
        double h = cut / SIMPSON_INTERVALS;
        double sum = 0;
        for (int k = 0; k <= SIMPSON_INTERVALS; k++) {
            double q = k == SIMPSON_INTERVALS ? cut : k * h;
            double g = curve.applyAsDouble(q) * n * (n - 1) * Math.pow(1 - q, n - 2);
            sum += (k == 0 || k == SIMPSON_INTERVALS ? 1 : k % 2 == 1 ? 4 : 2) * g;
        }
        return boundary + sum * h / 3;
    }

    private static void requireBidders(int bidders) {
        if (bidders < 1) {
            throw new IllegalArgumentException("bidders must be >= 1 (got " + bidders + ")");
        }
    }

    private void requireInSupport(double v) {
        if (!(v >= distribution.lower() && v <= distribution.upper())) {
            throw new IllegalArgumentException("value must lie in [" + distribution.lower() + ", " + distribution.upper()
                    + "] (got " + v + ")");
        }
    }

    private static void requireQuantile(double q) {
        if (!(q >= 0 && q <= 1)) {
            throw new IllegalArgumentException("quantile must lie in [0, 1] (got " + q + ")");
        }
    }

    @Override
    public String toString() {
        return "ContinuousMyerson[" + distribution + ", reserve " + reserve + ", " + intervals.size() + " ironed interval(s)]";
    }
}
