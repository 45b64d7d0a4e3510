package org.mdlab.dynamic.commitment;

/**
 * The two-period sale of a durable good under limited commitment (Doval and Skreta 2022, "Mechanism
 * Design with Limited Commitment", Econometrica 90(4): 1463–1500; the durable-good example of their
 * lecture slides). A buyer of type θ_L or θ_H (0 &lt; θ_L &lt; θ_H), the seller's belief μ = Pr(θ_H), a
 * common discount factor δ. The seller commits to the period-1 mechanism only; in period 2 it offers the
 * optimal static mechanism for its posterior μ2: price θ_L if μ2 ≤ μ̂ = θ_L / θ_H, price θ_H otherwise,
 * so {@code R2(μ2) = max{θ_L, μ2 θ_H}}.
 *
 * <p>With IR of θ_L and IC of θ_H binding, the period-1 problem is
 * {@code R1(μ1) = max_τ Σ τ(μ2) g(μ2; μ1)} over Bayes-plausible τ, with
 * {@code g(μ2; μ1) = max{ μ2 θ_H + (1 - μ2) θ̃_L(μ1), δ R2(μ2; μ1) }}, the virtual value
 * {@code θ̃_L(μ1) = θ_L - μ1 / (1 - μ1) (θ_H - θ_L)}, and
 * {@code R2(μ2; μ1) = μ2 θ_H + (1 - μ2) θ̃_L(μ1)} if μ2 &lt; μ̂, {@code μ2 θ_H} if μ2 &gt; μ̂ (either at
 * μ̂, where the period-2 seller is indifferent). Hence {@code R1(μ1) = (cav g(·; μ1))(μ1)}.
 *
 * @param thetaLow  the low valuation θ_L; finite and {@code > 0}
 * @param thetaHigh the high valuation θ_H; finite and {@code > θ_L}
 * @param discount  the common discount factor δ; in (0, 1)
 */
public record DurableGoodSale(double thetaLow, double thetaHigh, double discount) {

    /** Splits whose revenues differ by less than this fraction of {@code θ_H} tie (the first one found is kept). */
    private static final double TIE = 1e-12;

    /**
     * Validates the parameters.
     *
     * @throws IllegalArgumentException if θ_L is not positive, θ_H not above θ_L, or δ outside (0, 1)
     */
    public DurableGoodSale {
        if (!(thetaLow > 0) || !Double.isFinite(thetaLow)) {
            throw new IllegalArgumentException("thetaLow must be finite and > 0 (got " + thetaLow + ")");
        }
        if (!(thetaHigh > thetaLow) || !Double.isFinite(thetaHigh)) {
            throw new IllegalArgumentException("thetaHigh must be finite and > thetaLow = " + thetaLow
                    + " (got " + thetaHigh + ")");
        }
        if (!(discount > 0 && discount < 1)) {
            throw new IllegalArgumentException("discount must lie in (0, 1) (got " + discount + ")");
        }
    }

    /**
     * The belief at which the period-2 seller is indifferent between the two prices.
     *
     * @return μ̂ = θ_L / θ_H
     */
    public double cutoffBelief() {
        return thetaLow / thetaHigh;
    }

    /**
     * The period-2 (static, full-commitment) revenue at belief μ2.
     *
     * @param belief μ2; in [0, 1]
     * @return {@code R2(μ2) = max{θ_L, μ2 θ_H}}
     */
    public double periodTwoRevenue(double belief) {
        requireBelief(belief, "belief");
        return Math.max(thetaLow, belief * thetaHigh);
    }

    /**
     * The virtual value of the low type at prior μ1.
     *
     * @param prior μ1; in [0, 1)
     * @return {@code θ̃_L(μ1) = θ_L - μ1 / (1 - μ1) (θ_H - θ_L)}
     */
    public double virtualLowValue(double prior) {
        requireBelief(prior, "prior");
        if (prior == 1) {
            throw new IllegalArgumentException("prior must be < 1 for the low type's virtual value (got 1)");
        }
        return thetaLow - prior / (1 - prior) * (thetaHigh - thetaLow);
    }

    /**
     * The period-1 objective at posterior μ2 for prior μ1: selling now against delaying to the
     * sequentially rational period-2 mechanism, upper semicontinuous at μ̂.
     *
     * @param posterior μ2; in [0, 1]
     * @param prior     μ1; in [0, 1)
     * @return {@code g(μ2; μ1)}
     */
    public double periodOneObjective(double posterior, double prior) {
        return Math.max(sellNowValue(posterior, prior), delayValue(posterior, prior));
    }

    /**
     * The virtual revenue of selling in period 1 at posterior μ2: {@code μ2 θ_H + (1 - μ2) θ̃_L(μ1)}.
     *
     * @param posterior μ2; in [0, 1]
     * @param prior     μ1; in [0, 1)
     * @return the value of q(μ2) = 1
     */
    public double sellNowValue(double posterior, double prior) {
        requireBelief(posterior, "posterior");
        return posterior * thetaHigh + (1 - posterior) * virtualLowValue(prior);
    }

    /**
     * The virtual revenue of delaying at posterior μ2: {@code δ R2(μ2; μ1)}, the better branch at μ̂.
     *
     * @param posterior μ2; in [0, 1]
     * @param prior     μ1; in [0, 1)
     * @return the value of q(μ2) = 0
     */
    public double delayValue(double posterior, double prior) {
        requireBelief(posterior, "posterior");
        double both = discount * sellNowValue(posterior, prior);
        double high = discount * posterior * thetaHigh;
        double cutoff = cutoffBelief();
        if (posterior < cutoff) {
            return both;
        }
        return posterior > cutoff ? high : Math.max(both, high);
    }

    /**
     * The full-commitment revenue, the static optimum {@code max{θ_L, μ θ_H}} (with commitment the seller
     * cannot gain from delay: Stokey 1979; Doval and Skreta's benchmark).
     *
     * @param prior μ; in [0, 1]
     * @return {@code max{θ_L, μ θ_H}}
     */
    public double fullCommitmentRevenue(double prior) {
        return periodTwoRevenue(prior);
    }

    /**
     * The limited-commitment optimum by concavification: the upper concave envelope of
     * {@code g(·; μ1)} at μ1. {@code g} is piecewise linear and convex on [0, μ̂) and (μ̂, 1] (a maximum of
     * linear functions) with an upward jump at μ̂, so the envelope's vertices lie in {0, μ̂, 1} and the
     * envelope is the best of the value at μ1 and the splits between two of these points.
     *
     * @param prior μ1; in [0, 1)
     * @return the optimal split, its sale decisions and revenue
     * @throws IllegalArgumentException if the prior is outside [0, 1)
     */
    public PosteriorSplit limitedCommitment(double prior) {
        requireBelief(prior, "prior");
        return envelope(prior, prior);
    }

    /**
     * The upper concave envelope of {@code g(·; μ1)} at an arbitrary point {@code μ}, with the split of
     * {@code μ} that attains it; at {@code μ = μ1} this is {@link #limitedCommitment(double)}. Used to draw
     * the concavification.
     *
     * @param point μ at which the envelope is evaluated; in [0, 1]
     * @param prior μ1 that fixes the virtual value θ̃_L(μ1); in [0, 1)
     * @return the split of {@code point} attaining the envelope, with the envelope's value as revenue
     * @throws IllegalArgumentException if an argument is out of range
     */
    public PosteriorSplit envelope(double point, double prior) {
        requireBelief(point, "point");
        requireBelief(prior, "prior");
        if (prior == 1) {
            throw new IllegalArgumentException("prior must be < 1 (got 1)");
        }
        double[] points = {0, cutoffBelief(), 1};
        PosteriorSplit best = new PosteriorSplit(point, new double[] {point}, new double[] {1},
                new boolean[] {sells(point, prior)}, periodOneObjective(point, prior));
        for (double low : points) {
            for (double high : points) {
                if (low < point && point < high) {
                    double w = (point - low) / (high - low);
                    double value = (1 - w) * periodOneObjective(low, prior) + w * periodOneObjective(high, prior);
                    if (value > best.revenue() + TIE * thetaHigh) {
                        best = new PosteriorSplit(point, new double[] {low, high}, new double[] {1 - w, w},
                                new boolean[] {sells(low, prior), sells(high, prior)}, value);
                    }
                }
            }
        }
        return best;
    }

    /**
     * The critical discount factor at which the optimal mechanism switches from separating the types
     * (posteriors {0, 1}: price {@code θ_H - δ(θ_H - θ_L)} today, θ_L tomorrow) to learning only
     * partially (posteriors {μ̂, 1}: price θ_H twice), for a prior above μ̂ (Doval and Skreta 2022,
     * Econometrica 90(4), the durable-good example). Equating the two splits' revenues,
     * {@code μθ_H + (1 - μ)δθ̃_L(μ) = wθ_H + (1 - w)δθ_L} with {@code w = (μ - μ̂)/(1 - μ̂)}, gives
     * <pre>  δ* = A / (A + μθ_H - θ_L),   A = θ_L θ_H (1 - μ) / (θ_H - θ_L), </pre>
     * which lies in (0, 1) for every μ in (μ̂, 1): separation is optimal below δ*, partial learning above.
     * At or below μ̂ the seller sells to all at θ_L for every δ and there is no switch. The record's own
     * δ plays no role.
     *
     * @param prior μ; in [0, 1)
     * @return δ*, or empty when {@code μ ≤ μ̂}
     * @throws IllegalArgumentException if the prior is outside [0, 1)
     */
    public java.util.OptionalDouble criticalDiscount(double prior) {
        requireBelief(prior, "prior");
        if (prior == 1) {
            throw new IllegalArgumentException("prior must be < 1 (got 1)");
        }
        if (prior <= cutoffBelief()) {
            return java.util.OptionalDouble.empty();
        }
        double a = thetaLow * thetaHigh * (1 - prior) / (thetaHigh - thetaLow);
        return java.util.OptionalDouble.of(a / (a + prior * thetaHigh - thetaLow));
    }

    /**
     * The same sale with another discount factor.
     *
     * @param discount δ; in (0, 1)
     * @return the sale with discount δ
     * @throws IllegalArgumentException if δ is outside (0, 1)
     */
    public DurableGoodSale withDiscount(double discount) {
        return new DurableGoodSale(thetaLow, thetaHigh, discount);
    }

    private boolean sells(double posterior, double prior) {
        return sellNowValue(posterior, prior) >= delayValue(posterior, prior);
    }

    private static void requireBelief(double belief, String name) {
        if (!(belief >= 0 && belief <= 1)) {
            throw new IllegalArgumentException(name + " must lie in [0, 1] (got " + belief + ")");
        }
    }
}
