package org.mdlab.information;

import java.util.Arrays;
import org.mdlab.market.Arguments;
import org.mdlab.market.Ironing;
import org.mdlab.market.Market;
import org.mdlab.market.VirtualValues;

/**
 * Myerson's optimal auction recomputed for a given distribution of interim values, to audit what an
 * information design program assumed about the seller (Myerson 1981, "Optimal Auction Design", Math.
 * Oper. Res. 6(1), Theorem 3 and §6). The cells of a quantile function are merged into a discrete
 * distribution (cells within {@link #MERGE} times the largest value are one value), its virtual values
 * are ironed ({@link VirtualValues}, {@link Ironing}); the reserve is the lowest value whose ironed
 * virtual value is {@code >= 0} (within {@link #MERGE} times the largest value: ties go to the bidders).
 * When no ironing is needed the optimal auction of the continuous distribution the cells approximate is
 * the second-price auction with that reserve; its revenue and the bidders' surplus are recomputed here
 * from the order statistics of the merged values ({@code P(second <= x) = F^n + n F^{n-1}(1 - F)}), and
 * {@code E[max_i φ̄(v_i)^+] = Σ_v φ̄(v)^+ (F(v)^n - F(v^-)^n)} is the optimal revenue of the discrete
 * distribution itself, which exceeds the second-price revenue by what a seller can extract from atoms
 * (discrete IC pins payments only between bounds): a discretisation premium that vanishes as cells shrink.
 *
 * @param values          the distinct interim values, increasing
 * @param masses          their probabilities
 * @param bidders         the number of bidders
 * @param reserve         Myerson's reserve: the lowest interim value served
 * @param ironingGap      {@code max |φ̄ - φ|}: 0 exactly when {@code G} is regular
 * @param revenue         the second-price auction's expected revenue at that reserve
 * @param bidderSurplus   the bidders' total expected surplus in it
 * @param discreteRevenue Myerson's optimal revenue for the discrete distribution, {@code >= revenue}
 */
public record OptimalAuctionAudit(double[] values, double[] masses, int bidders, double reserve, double ironingGap,
                                  double revenue, double bidderSurplus, double discreteRevenue) {

    /** Relative tolerance, in units of the largest interim value, for merging cells and for a zero virtual value. */
    public static final double MERGE = 1e-9;

    /**
     * Validates and copies.
     *
     * @throws IllegalArgumentException if an argument breaks its rule
     */
    public OptimalAuctionAudit {
        values = Arguments.strictlyIncreasing("values", values);
        masses = Arguments.positiveProbabilities("masses", masses);
        if (values.length != masses.length) {
            throw new IllegalArgumentException("values and masses must have the same length (got " + values.length
                    + " and " + masses.length + ")");
        }
        Arguments.atLeast("bidders", bidders, 1);
        Arguments.finite("reserve", reserve);
        Arguments.nonNegative("ironingGap", ironingGap);
        Arguments.finite("revenue", revenue);
        Arguments.finite("bidderSurplus", bidderSurplus);
        Arguments.finite("discreteRevenue", discreteRevenue);
    }

    /**
     * The audit of interim values with quantile function {@code quantiles} on equal cells.
     *
     * @param quantiles {@code G⁻¹} on the cells: finite, {@code >= 0}, non-decreasing within {@link #MERGE}
     * @param bidders   the number of bidders; {@code >= 1}
     * @return the optimal auction given {@code G}
     * @throws IllegalArgumentException if an argument breaks its rule
     */
    public static OptimalAuctionAudit ofQuantiles(double[] quantiles, int bidders) {
        double[] g = Arguments.finiteArray("quantiles", quantiles);
        Arguments.atLeast("bidders", bidders, 1);
        double tolerance = MERGE * Math.max(Math.abs(g[0]), Math.abs(g[g.length - 1]));
        double[] values = new double[g.length];
        double[] masses = new double[g.length];
        int distinct = 0;
        int start = 0;
        for (int j = 1; j <= g.length; j++) {
            if (j < g.length && g[j] < g[j - 1] - tolerance) {
                throw new IllegalArgumentException("quantiles must be non-decreasing (got " + g[j - 1] + " at cell "
                        + (j - 1) + " then " + g[j] + ")");
            }
            if (j == g.length || g[j] > g[start] + tolerance) {
                double sum = 0;
                for (int i = start; i < j; i++) {
                    sum += g[i];
                }
                values[distinct] = sum / (j - start);
                masses[distinct] = (double) (j - start) / g.length;
                distinct++;
                start = j;
            }
        }
        return of(Market.of(Arrays.copyOf(values, distinct), Arrays.copyOf(masses, distinct)), bidders);
    }

    /**
     * The audit of a discrete distribution of interim values.
     *
     * @param interim the distribution of one bidder's interim value; every probability positive
     * @param bidders the number of bidders; {@code >= 1}
     * @return the optimal auction given {@code interim}
     * @throws IllegalArgumentException if an argument breaks its rule
     */
    public static OptimalAuctionAudit of(Market interim, int bidders) {
        Arguments.notNull("interim", interim);
        Arguments.atLeast("bidders", bidders, 1);
        double[] v = interim.values();
        double[] f = interim.probabilities();
        double[] phi = VirtualValues.of(interim);
        double[] ironed = Ironing.ironed(phi, f);
        double zero = MERGE * Math.max(Math.abs(v[0]), Math.abs(v[v.length - 1]));
        double gap = 0;
        for (int i = 0; i < v.length; i++) {
            gap = Math.max(gap, Math.abs(ironed[i] - phi[i]));
        }
        double discrete = 0;
        int reserveIndex = v.length;
        double below = 0;
        for (int i = 0; i < v.length; i++) {
            if (ironed[i] >= -zero && reserveIndex == v.length) {
                reserveIndex = i;
            }
            discrete += Math.max(0, ironed[i]) * (Math.pow(Math.min(1, below + f[i]), bidders) - Math.pow(below, bidders));
            below += f[i];
        }
        double revenue = 0;
        double welfare = 0;
        double cdf = 0;
        for (int i = 0; i < v.length; i++) {
            double next = Math.min(1, cdf + f[i]);
            if (i == reserveIndex) {
                revenue += v[i] * (secondHighestCdf(cdf, bidders) - Math.pow(cdf, bidders));
            }
            if (i >= reserveIndex) {
                revenue += v[i] * (secondHighestCdf(next, bidders) - secondHighestCdf(cdf, bidders));
                welfare += v[i] * (Math.pow(next, bidders) - Math.pow(cdf, bidders));
            }
            cdf = next;
        }
        double reserve = reserveIndex < v.length ? v[reserveIndex] : v[v.length - 1];
        return new OptimalAuctionAudit(v, f, bidders, reserve, gap, revenue, welfare - revenue, discrete);
    }

    private static double secondHighestCdf(double cdf, int bidders) {
        return Math.pow(cdf, bidders) + bidders * Math.pow(cdf, bidders - 1) * (1 - cdf);
    }

    /**
     * Whether the interim distribution is regular: no ironing, within {@link #MERGE} times the largest value.
     *
     * @return {@code ironingGap <= MERGE · max |v|}
     */
    public boolean regular() {
        return ironingGap <= MERGE * Math.max(Math.abs(values[0]), Math.abs(values[values.length - 1]));
    }

    /**
     * The distinct interim values.
     *
     * @return a copy
     */
    @Override
    public double[] values() {
        return values.clone();
    }

    /**
     * Their probabilities.
     *
     * @return a copy
     */
    @Override
    public double[] masses() {
        return masses.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OptimalAuctionAudit a && Arrays.equals(values, a.values) && Arrays.equals(masses, a.masses)
                && bidders == a.bidders && Double.compare(reserve, a.reserve) == 0
                && Double.compare(ironingGap, a.ironingGap) == 0 && Double.compare(revenue, a.revenue) == 0
                && Double.compare(bidderSurplus, a.bidderSurplus) == 0
                && Double.compare(discreteRevenue, a.discreteRevenue) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(values) + Arrays.hashCode(masses)) + bidders;
    }

    @Override
    public String toString() {
        return "OptimalAuctionAudit[" + bidders + " bidders, " + values.length + " values, reserve " + reserve
                + (regular() ? ", regular" : ", ironed by " + ironingGap) + ", revenue " + revenue
                + ", bidder surplus " + bidderSurplus + ", discrete optimum " + discreteRevenue + "]";
    }
}
