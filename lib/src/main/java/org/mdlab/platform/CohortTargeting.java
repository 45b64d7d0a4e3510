package org.mdlab.platform;

import org.mdlab.market.Arguments;

/**
 * A data-governance counterfactual of the reconstructed model of Bergemann and Bonatti (arXiv:2304.07653):
 * the platform still matches, but shows the seller only the cohort of an on-platform consumer, one of
 * {@code N} equal intervals {@code [c_j, c_{j+1})} of types (cohort-based advertising, as under federated
 * learning). On the platform the seller screens within each cohort, subject to showrooming
 * {@code U_on(θ) >= U_off(θ)}; off it, one menu for all. For uniform types, where {@code f = 1/Δ}:
 * <pre>
 *   k q_on(θ)  = max(0, 2θ - c_{j+1}),                                    θ in cohort j,
 *   k q_off(θ) = max(0, 2θ - θ̄ - (λ/(1-λ)) (θ̄ - c_{j+1})),
 *   U_on(θ)    = U_off(c_j) + ∫_{c_j}^θ q_on,   U_off(θ) = ∫_lower^θ q_off.
 * </pre>
 * Since {@code q_on >= q_off}, {@code U_on - U_off} rises within a cohort, so showrooming binds only at its
 * bottom; the off-platform rent of type {@code s} is then paid by the off-platform consumers above {@code s}
 * and by the on-platform consumers of the cohorts above {@code s}'s, which gives the off-platform distortion.
 * {@code N = 1} is Mussa–Rosen on and off the platform (the campaign earns nothing); {@code N → ∞} is
 * {@link PerfectTargeting}. Every integrand is a quadratic between the cohort bounds and the exclusion
 * points, so the welfare integrals are exact by Simpson's rule on those pieces.
 */
public final class CohortTargeting implements PlatformOutcome {

    /** The largest number of cohorts accepted. */
    public static final int MAX_COHORTS = 1_000_000;

    private final PlatformMarket market;
    private final int cohorts;
    private final double[] rentAtBounds;

    private CohortTargeting(PlatformMarket market, int cohorts) {
        this.market = market;
        this.cohorts = cohorts;
        this.rentAtBounds = new double[cohorts + 1];
        for (int j = 0; j < cohorts; j++) {
            rentAtBounds[j + 1] = rentAtBounds[j] + integral(offIntercept(j), bound(j), bound(j + 1));
        }
    }

    /**
     * The optimum with {@code cohorts} equal cohorts.
     *
     * @param market  the primitives, with uniform types ({@code shape = 1}); not null
     * @param cohorts {@code N}, in {@code [1, MAX_COHORTS]}
     * @return the optimum
     * @throws IllegalArgumentException if an argument breaks its rule
     */
    public static CohortTargeting of(PlatformMarket market, int cohorts) {
        Arguments.notNull("market", market);
        if (market.types().shape() != 1) {
            throw new IllegalArgumentException("market.types() must be uniform, shape 1, for cohort targeting (got shape "
                    + market.types().shape() + ")");
        }
        Arguments.atLeast("cohorts", cohorts, 1);
        Arguments.sizeAtMost("cohorts", cohorts, MAX_COHORTS, "O(cohorts) memory");
        return new CohortTargeting(market, cohorts);
    }

    @Override
    public PlatformMarket market() {
        return market;
    }

    /**
     * The number of cohorts.
     *
     * @return {@code N}
     */
    public int cohorts() {
        return cohorts;
    }

    /**
     * The index of the cohort of type {@code θ}: {@code j} with {@code c_j <= θ < c_{j+1}}, the last cohort closed.
     *
     * @param theta a type in the support
     * @return {@code j} in {@code [0, N)}
     * @throws IllegalArgumentException if {@code theta} is outside the support
     */
    public int cohort(double theta) {
        LinearHazardTypes t = market.types();
        double x = (Types.inSupport(market, theta) - t.lower()) / t.width() * cohorts;
        return Math.min(cohorts - 1, (int) Math.floor(x));
    }

    @Override
    public double offQuality(double theta) {
        int j = cohort(theta);
        return Math.max(0, offIntercept(j) + 2 * theta) / market.curvature();
    }

    @Override
    public double onQuality(double theta) {
        int j = cohort(theta);
        return Math.max(0, onIntercept(j) + 2 * theta) / market.curvature();
    }

    @Override
    public double offRent(double theta) {
        int j = cohort(theta);
        return rentAtBounds[j] + integral(offIntercept(j), bound(j), theta);
    }

    @Override
    public double onRent(double theta) {
        int j = cohort(theta);
        return rentAtBounds[j] + integral(onIntercept(j), bound(j), theta);
    }

    @Override
    public PlatformWelfare welfare() {
        double baseline = new CohortTargeting(market.withShare(0), 1).grossProfit();
        return PlatformWelfare.split(expectedRent(), grossProfit(), baseline);
    }

    /**
     * The seller's profit before the platform's fee.
     *
     * @return {@code (1-λ)(E[S_off] - E[U_off]) + λ(E[S_on] - E[U_on])}
     */
    public double grossProfit() {
        double lambda = market.share();
        double[] e = expectations();
        return (1 - lambda) * (e[0] - e[1]) + lambda * (e[2] - e[3]);
    }

    /**
     * The consumers' expected rent, {@code (1-λ) E[U_off] + λ E[U_on]}.
     *
     * @return the expected rent
     */
    public double expectedRent() {
        double lambda = market.share();
        double[] e = expectations();
        return (1 - lambda) * e[1] + lambda * e[3];
    }

    private double[] expectations() {
        double k = market.curvature();
        double[] sum = new double[4];
        for (int j = 0; j < cohorts; j++) {
            double a = bound(j);
            double b = bound(j + 1);
            double zOff = clamp(-offIntercept(j) / 2, a, b);
            double zOn = clamp(-onIntercept(j) / 2, a, b);
            double[] cuts = {a, Math.min(zOff, zOn), Math.max(zOff, zOn), b};
            for (int p = 0; p < 3; p++) {
                double lo = cuts[p];
                double hi = cuts[p + 1];
                if (!(hi > lo)) {
                    continue;
                }
                double[] nodes = {lo, (lo + hi) / 2, hi};
                double[] weights = {1, 4, 1};
                for (int n = 0; n < 3; n++) {
                    double s = nodes[n];
                    double w = weights[n] * (hi - lo) / 6;
                    double qOff = Math.max(0, offIntercept(j) + 2 * s) / k;
                    double qOn = Math.max(0, onIntercept(j) + 2 * s) / k;
                    sum[0] += w * (s * qOff - k * qOff * qOff / 2);
                    sum[1] += w * (rentAtBounds[j] + integral(offIntercept(j), a, s));
                    sum[2] += w * (s * qOn - k * qOn * qOn / 2);
                    sum[3] += w * (rentAtBounds[j] + integral(onIntercept(j), a, s));
                }
            }
        }
        double width = market.types().width();
        for (int i = 0; i < 4; i++) {
            sum[i] /= width;
        }
        return sum;
    }

    private double bound(int j) {
        LinearHazardTypes t = market.types();
        return j == cohorts ? t.upper() : t.lower() + t.width() * j / cohorts;
    }

    private double offIntercept(int j) {
        double upper = market.types().upper();
        double lambda = market.share();
        return -upper - lambda / (1 - lambda) * (upper - bound(j + 1));
    }

    private double onIntercept(int j) {
        return -bound(j + 1);
    }

    /** {@code ∫_a^b max(0, α + 2s)/k ds} for {@code a <= b}. */
    private double integral(double alpha, double a, double b) {
        double m = Math.max(a, -alpha / 2);
        if (!(b > m)) {
            return 0;
        }
        double hi = alpha + 2 * b;
        double lo = alpha + 2 * m;
        return (hi - lo) * (hi + lo) / (4 * market.curvature());
    }

    private static double clamp(double x, double a, double b) {
        return Math.min(b, Math.max(a, x));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CohortTargeting that && market.equals(that.market) && cohorts == that.cohorts;
    }

    @Override
    public int hashCode() {
        return 31 * market.hashCode() + cohorts;
    }

    @Override
    public String toString() {
        return "CohortTargeting[" + market + ", cohorts=" + cohorts + "]";
    }
}
