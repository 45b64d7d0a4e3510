package org.mdlab.platform;

import org.mdlab.market.Arguments;
import org.mdlab.market.ConvexCost;

/**
 * The primitives of the reconstructed platform model of Bergemann and Bonatti (arXiv:2304.07653): consumer
 * types {@code θ}, a share {@code λ} of consumers on the platform, and a quadratic cost of quality
 * {@code c(q) = k q^2 / 2}; a consumer of type {@code θ} values quality {@code q} at {@code θ q}.
 *
 * @param types     the type distribution
 * @param share     {@code λ}, the share of consumers on the platform; in {@code [0, 1)} (at {@code λ = 1}
 *                  the off-platform menu has no buyers and the model degenerates)
 * @param curvature {@code k}, the cost curvature; finite and {@code > 0}
 */
public record PlatformMarket(LinearHazardTypes types, double share, double curvature) {

    /**
     * Validates the primitives.
     *
     * @throws IllegalArgumentException if an argument is null or breaks its rule
     */
    public PlatformMarket {
        Arguments.notNull("types", types);
        if (!(share >= 0 && share < 1)) {
            throw new IllegalArgumentException("share must lie in [0, 1) (got " + share + ")");
        }
        Arguments.positive("curvature", curvature);
    }

    /**
     * A platform market.
     *
     * @param types     the type distribution; not null
     * @param share     {@code λ} in {@code [0, 1)}
     * @param curvature {@code k > 0}
     * @return the market
     * @throws IllegalArgumentException if an argument breaks its rule
     */
    public static PlatformMarket of(LinearHazardTypes types, double share, double curvature) {
        return new PlatformMarket(types, share, curvature);
    }

    /**
     * Uniform types on {@code [lower, upper]} and cost {@code q^2/2}.
     *
     * @param lower the lowest type; finite and {@code >= 0}
     * @param upper the highest type; finite and {@code > lower}
     * @param share {@code λ} in {@code [0, 1)}
     * @return the market
     * @throws IllegalArgumentException if an argument breaks its rule
     */
    public static PlatformMarket uniform(double lower, double upper, double share) {
        return new PlatformMarket(LinearHazardTypes.uniform(lower, upper), share, 1);
    }

    /**
     * The same market with another share on the platform.
     *
     * @param newShare {@code λ} in {@code [0, 1)}
     * @return the market
     * @throws IllegalArgumentException if {@code newShare} is outside {@code [0, 1)}
     */
    public PlatformMarket withShare(double newShare) {
        return new PlatformMarket(types, newShare, curvature);
    }

    /**
     * The same market in a money unit {@code 1/s}: types and cost curvature times {@code s}, so qualities are
     * unchanged and every price, profit and surplus is multiplied by {@code s}.
     *
     * @param s the factor; finite and {@code > 0}
     * @return the scaled market
     * @throws IllegalArgumentException if {@code s} is not finite and positive
     */
    public PlatformMarket scaled(double s) {
        return new PlatformMarket(types.scaled(s), share, curvature * Arguments.positive("s", s));
    }

    /**
     * The efficient quality of the highest type, {@code upper / k}: no optimal quality exceeds it.
     *
     * @return the largest quality
     */
    public double maxQuality() {
        return types.upper() / curvature;
    }

    /**
     * The cost as a library {@link ConvexCost}, {@code k q^2/2} on {@code [0, maxQuality()]}, for the
     * Mussa–Rosen solvers of {@code org.mdlab.screening}.
     *
     * @return the cost
     */
    public ConvexCost cost() {
        return ConvexCost.quadratic(curvature, maxQuality());
    }
}
