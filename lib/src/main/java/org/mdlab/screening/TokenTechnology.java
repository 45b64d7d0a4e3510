package org.mdlab.screening;

import org.mdlab.market.ConvexCost;

/**
 * The token technology of Bergemann, Bonatti and Smolin (2025), "The Economics of Large Language
 * Models: Token Allocation, Fine-Tuning, and Optimal Pricing", arXiv:2502.07736, Section "Token
 * Packages", as reconstructed here: {@code x} tokens spent on a task give precision {@code x^α} with
 * {@code 0 < α < 1} (a homogeneous, constant-elasticity production of precision), and every token
 * costs the seller {@code c}. A package of {@code X} tokens therefore delivers the relevant quality
 * {@code q = X^α}, whose cost {@code C(q) = c q^{1/α}} is convex: the seller's problem becomes the
 * Mussa–Rosen problem in {@code q}.
 *
 * @param elasticity the elasticity {@code α} of precision in tokens; in {@code (0, 1)}
 * @param tokenCost  the marginal cost {@code c} of a token; finite and {@code > 0}
 * @param maxTokens  the largest package the seller can serve; finite and {@code > 0}
 */
public record TokenTechnology(double elasticity, double tokenCost, double maxTokens) {

    /**
     * Validates the parameters.
     *
     * @throws IllegalArgumentException if a parameter breaks its rule; {@code α >= 1} is rejected because
     *                                  the cost of precision {@code c q^{1/α}} would not be strictly convex
     */
    public TokenTechnology {
        if (!(elasticity > 0 && elasticity < 1)) {
            throw new IllegalArgumentException("elasticity must lie in (0, 1) so that the cost of precision c q^(1/elasticity)"
                    + " is strictly convex (got " + elasticity + ")");
        }
        if (!(tokenCost > 0) || !Double.isFinite(tokenCost)) {
            throw new IllegalArgumentException("tokenCost must be finite and > 0 (got " + tokenCost + ")");
        }
        if (!(maxTokens > 0) || !Double.isFinite(maxTokens)) {
            throw new IllegalArgumentException("maxTokens must be finite and > 0 (got " + maxTokens + ")");
        }
    }

    /**
     * A technology with elasticity {@code α}, token cost {@code c} and capacity {@code maxTokens}.
     *
     * @param elasticity {@code α} in {@code (0, 1)}
     * @param tokenCost  {@code c > 0}
     * @param maxTokens  the largest package, {@code > 0}
     * @return the technology
     * @throws IllegalArgumentException if a parameter breaks its rule
     */
    public static TokenTechnology of(double elasticity, double tokenCost, double maxTokens) {
        return new TokenTechnology(elasticity, tokenCost, maxTokens);
    }

    /**
     * The precision (relevant quality) of a package, {@code q = X^α}.
     *
     * @param tokens the package size {@code X >= 0}
     * @return {@code X^α}
     * @throws IllegalArgumentException if {@code tokens} is negative or not finite
     */
    public double precision(double tokens) {
        requireTokens(tokens);
        return Math.pow(tokens, elasticity);
    }

    /**
     * The tokens needed for a precision, {@code X = q^{1/α}}.
     *
     * @param precision the precision {@code q >= 0}
     * @return {@code q^{1/α}}
     * @throws IllegalArgumentException if {@code precision} is negative or not finite
     */
    public double tokensFor(double precision) {
        if (!(precision >= 0) || !Double.isFinite(precision)) {
            throw new IllegalArgumentException("precision must be finite and >= 0 (got " + precision + ")");
        }
        return Math.pow(precision, 1 / elasticity);
    }

    /**
     * The marginal value of a token to a buyer of value-of-precision index {@code θ} holding {@code X}
     * tokens, {@code d(θ X^α)/dX = α θ X^{α-1}}.
     *
     * @param index  the index {@code θ >= 0}
     * @param tokens the package {@code X > 0}
     * @return {@code α θ X^{α-1}}
     * @throws IllegalArgumentException if {@code tokens <= 0} or {@code index < 0}
     */
    public double marginalValue(double index, double tokens) {
        requireIndex(index);
        if (!(tokens > 0) || !Double.isFinite(tokens)) {
            throw new IllegalArgumentException("tokens must be finite and > 0 for a marginal value (got " + tokens + ")");
        }
        return elasticity * index * Math.pow(tokens, elasticity - 1);
    }

    /**
     * The tokens a buyer of index {@code θ} buys at a per-token price {@code p} when usage is free:
     * {@code argmax_X θ X^α - p X = (α θ / p)^{1/(1-α)}}, capped at {@code maxTokens}.
     *
     * @param index         the index {@code θ >= 0}
     * @param pricePerToken {@code p > 0}
     * @return the demanded tokens
     * @throws IllegalArgumentException if {@code pricePerToken <= 0} or {@code index < 0}
     */
    public double demand(double index, double pricePerToken) {
        requireIndex(index);
        if (!(pricePerToken > 0) || !Double.isFinite(pricePerToken)) {
            throw new IllegalArgumentException("pricePerToken must be finite and > 0 (got " + pricePerToken + ")");
        }
        return Math.min(maxTokens, Math.pow(elasticity * index / pricePerToken, 1 / (1 - elasticity)));
    }

    /**
     * The seller's cost of precision {@code C(q) = c q^{1/α}} on {@code [0, maxTokens^α]}, with its exact
     * derivative {@code (c/α) q^{1/α-1}}, as a {@link ConvexCost} for {@link NonlinearPricing}.
     *
     * @return the convex cost of precision
     */
    public ConvexCost precisionCost() {
        double c = tokenCost;
        double a = elasticity;
        return ConvexCost.of(q -> c * Math.pow(q, 1 / a), q -> c / a * Math.pow(q, 1 / a - 1), Math.pow(maxTokens, a));
    }

    private static void requireIndex(double index) {
        if (!(index >= 0) || !Double.isFinite(index)) {
            throw new IllegalArgumentException("index must be finite and >= 0 (got " + index + ")");
        }
    }

    private static void requireTokens(double tokens) {
        if (!(tokens >= 0) || !Double.isFinite(tokens)) {
            throw new IllegalArgumentException("tokens must be finite and >= 0 (got " + tokens + ")");
        }
    }
}
