package org.mdlab.platform;

import org.mdlab.market.Arguments;

/**
 * The seller's optimum when the platform's data reveal every on-platform consumer's type, in closed form
 * (reconstructed from Bergemann and Bonatti, arXiv:2304.07653). With rent {@code U(θ) = ∫_lower^θ q_off},
 * paid on and off the platform since an on-platform consumer can always buy off it (showrooming), the seller's
 * profit is {@code (1-λ) E[θ q_off - k q_off^2/2] + λ E[θ^2/(2k)] - E[U]} and
 * {@code E[U] = ∫ q_off (1 - F)}, so pointwise
 * <pre>
 *   k q_off(θ) = max(0, θ - (1 - F(θ)) / ((1 - λ) f(θ))) = max(0, θ̄ - B (θ̄ - θ)),  B = 1 + 1/(κ(1 - λ)),
 *   k q_on(θ)  = θ,   U_on = U_off = U,   p = θ q - U.
 * </pre>
 * Off the platform types below {@code θ_0 = θ̄ (B - 1)/B} are excluded. With {@code y = θ̄ - θ}, which has
 * {@code P(Y <= y) = (y/Δ)^κ}, and the truncated moments {@code M_m = κ y*^{κ+m}/((κ+m) Δ^κ)} up to
 * {@code y* = min(Δ, θ̄/B)}:
 * <pre>
 *   k E[θ q_off - k q_off^2/2] = θ̄^2 M_0/2 - θ̄ M_1 + (B - B^2/2) M_2,
 *   k E[U]                   = (θ̄ y* - B y*^2/2) M_0 - θ̄ M_1 + B M_2/2,
 *   E[S_on]                  = E[(θ̄ - Y)^2]/(2k),  E[Y^m] = κ Δ^m/(κ+m).
 * </pre>
 * At {@code λ = 0} this is Mussa and Rosen (1978). Each quality is cheaper on the platform than off it,
 * {@code T_off(q) - T_on(q) = ∫_{kq}^{θ̃(q)} (q - q_off(s)) ds >= 0} with {@code θ̃(q) >= kq} the off-platform
 * buyer of {@code q}; the consumer, buying a higher quality on the platform, pays more per unit there.
 */
public final class PerfectTargeting implements PlatformOutcome {

    private final PlatformMarket market;
    private final double slope;

    private PerfectTargeting(PlatformMarket market) {
        this.market = market;
        this.slope = 1 + 1 / (market.types().shape() * (1 - market.share()));
    }

    /**
     * The closed-form optimum.
     *
     * @param market the primitives; not null
     * @return the optimum
     * @throws IllegalArgumentException if {@code market} is null
     */
    public static PerfectTargeting of(PlatformMarket market) {
        return new PerfectTargeting(Arguments.notNull("market", market));
    }

    @Override
    public PlatformMarket market() {
        return market;
    }

    /**
     * The slope {@code B = 1 + 1/(κ(1 - λ))} of the distorted virtual value
     * {@code θ - (1 - F)/((1 - λ) f) = θ̄ - B(θ̄ - θ)}.
     *
     * @return {@code B}
     */
    public double distortionSlope() {
        return slope;
    }

    /**
     * The showrooming-distorted virtual value {@code θ - (1 - F(θ))/((1 - λ) f(θ))}.
     *
     * @param theta a type in the support
     * @return the virtual value
     * @throws IllegalArgumentException if {@code theta} is outside the support
     */
    public double distortedVirtualValue(double theta) {
        double upper = market.types().upper();
        return upper - slope * (upper - Types.inSupport(market, theta));
    }

    /**
     * The lowest type served off the platform, {@code max(lower, θ̄ (B - 1)/B)}.
     *
     * @return the exclusion cutoff
     */
    public double exclusionType() {
        double upper = market.types().upper();
        return Math.max(market.types().lower(), upper * (slope - 1) / slope);
    }

    @Override
    public double offQuality(double theta) {
        return Math.max(0, distortedVirtualValue(theta)) / market.curvature();
    }

    @Override
    public double onQuality(double theta) {
        return Types.inSupport(market, theta) / market.curvature();
    }

    @Override
    public double offRent(double theta) {
        double upper = market.types().upper();
        double y = upper - Types.inSupport(market, theta);
        double top = cutoffDistance();
        if (y >= top) {
            return 0;
        }
        return (upper * (top - y) - slope * (top * top - y * y) / 2) / market.curvature();
    }

    @Override
    public double onRent(double theta) {
        return offRent(theta);
    }

    /**
     * The off-platform price schedule {@code T_off(q)}: the price of quality {@code q} in the screening menu,
     * {@code θ̃ q - U(θ̃)} for the type {@code θ̃ = θ̄ - (θ̄ - k q)/B} that buys it.
     *
     * @param quality a quality in {@code [lowestOffQuality(), θ̄/k]}, {@code > 0}
     * @return the price
     * @throws IllegalArgumentException if {@code quality} is not offered off the platform
     */
    public double offTariff(double quality) {
        double upper = market.types().upper();
        double lowest = lowestOffQuality();
        if (!(quality > 0 && quality >= lowest && quality <= market.maxQuality())) {
            throw new IllegalArgumentException("quality must lie in (0, " + market.maxQuality() + "] and be >= "
                    + lowest + " to be offered off the platform (got " + quality + ")");
        }
        double buyer = Math.min(upper, Math.max(exclusionType(), upper - (upper - market.curvature() * quality) / slope));
        return buyer * quality - offRent(buyer);
    }

    /**
     * The on-platform price schedule {@code T_on(q) = k q^2 - U(k q)}: quality {@code q} goes to type {@code k q}.
     *
     * @param quality a quality in {@code [lower/k, θ̄/k]}
     * @return the price
     * @throws IllegalArgumentException if {@code quality} is not offered on the platform
     */
    public double onTariff(double quality) {
        double buyer = market.curvature() * quality;
        if (!(buyer >= market.types().lower() && buyer <= market.types().upper())) {
            throw new IllegalArgumentException("quality must lie in [" + market.types().lower() / market.curvature() + ", "
                    + market.maxQuality() + "] to be offered on the platform (got " + quality + ")");
        }
        return buyer * quality - offRent(buyer);
    }

    /**
     * The lowest quality sold off the platform, {@code q_off} at the exclusion cutoff.
     *
     * @return {@code q_off(max(lower, θ_0)) >= 0}
     */
    public double lowestOffQuality() {
        return offQuality(exclusionType());
    }

    @Override
    public PlatformWelfare welfare() {
        PerfectTargeting baseline = new PerfectTargeting(market.withShare(0));
        return PlatformWelfare.split(expectedRent(), grossProfit(), baseline.grossProfit());
    }

    /**
     * The seller's profit before the platform's fee, {@code (1-λ) E[S_off] + λ E[S_on] - E[U]}.
     *
     * @return the gross profit
     */
    public double grossProfit() {
        double lambda = market.share();
        return (1 - lambda) * offSurplus() + lambda * onSurplus() - expectedRent();
    }

    /**
     * Total surplus per consumer off the platform, {@code E[θ q_off - k q_off^2/2]}.
     *
     * @return the expected off-platform surplus
     */
    public double offSurplus() {
        double upper = market.types().upper();
        double top = cutoffDistance();
        return (upper * upper * moment(0, top) / 2 - upper * moment(1, top) + (slope - slope * slope / 2) * moment(2, top))
                / market.curvature();
    }

    /**
     * Total surplus per consumer on the platform, the first best {@code E[θ^2]/(2k)}.
     *
     * @return the expected on-platform surplus
     */
    public double onSurplus() {
        double upper = market.types().upper();
        double width = market.types().width();
        return (upper * upper * moment(0, width) - 2 * upper * moment(1, width) + moment(2, width)) / (2 * market.curvature());
    }

    /**
     * The expected rent {@code E[U]}, the same on and off the platform.
     *
     * @return the consumers' expected rent
     */
    public double expectedRent() {
        double upper = market.types().upper();
        double top = cutoffDistance();
        return ((upper * top - slope * top * top / 2) * moment(0, top) - upper * moment(1, top) + slope * moment(2, top) / 2)
                / market.curvature();
    }

    private double cutoffDistance() {
        return Math.min(market.types().width(), market.types().upper() / slope);
    }

    private double moment(int m, double top) {
        double kappa = market.types().shape();
        double width = market.types().width();
        double ratio = top / width;
        return kappa * Math.pow(ratio, kappa) * Math.pow(top, m) / (kappa + m);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PerfectTargeting that && market.equals(that.market);
    }

    @Override
    public int hashCode() {
        return market.hashCode();
    }

    @Override
    public String toString() {
        return "PerfectTargeting[" + market + "]";
    }
}
