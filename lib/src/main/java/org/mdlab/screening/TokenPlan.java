package org.mdlab.screening;

/**
 * A two-part tariff for tokens: a fixed fee and a per-token price, with usage chosen freely by the
 * buyer (Bergemann, Bonatti and Smolin 2025, arXiv:2502.07736: the optimal token packages are
 * implemented by a menu of such tariffs). A buyer of index {@code θ} on this plan buys
 * {@link TokenTechnology#demand} tokens and gets {@code θ X^α - p X - F}.
 *
 * @param fixedFee      the fee {@code F}; finite (a negative fee is a sign-up credit)
 * @param pricePerToken the price {@code p} of each token used; finite and {@code > 0}
 */
public record TokenPlan(double fixedFee, double pricePerToken) {

    /**
     * Validates the tariff.
     *
     * @throws IllegalArgumentException if the fee is not finite or the price is not finite and positive
     */
    public TokenPlan {
        if (!Double.isFinite(fixedFee)) {
            throw new IllegalArgumentException("fixedFee must be finite (got " + fixedFee + ")");
        }
        if (!(pricePerToken > 0) || !Double.isFinite(pricePerToken)) {
            throw new IllegalArgumentException("pricePerToken must be finite and > 0 (got " + pricePerToken + ")");
        }
    }

    /**
     * The bill for a usage, {@code F + p X}.
     *
     * @param tokens the tokens used, finite and {@code >= 0}
     * @return the payment
     * @throws IllegalArgumentException if {@code tokens} is negative or not finite
     */
    public double bill(double tokens) {
        if (!(tokens >= 0) || !Double.isFinite(tokens)) {
            throw new IllegalArgumentException("tokens must be finite and >= 0 (got " + tokens + ")");
        }
        return fixedFee + pricePerToken * tokens;
    }

    /**
     * The tokens a buyer of index {@code θ} uses on this plan.
     *
     * @param index      the index {@code θ >= 0}
     * @param technology the token technology
     * @return {@code min(maxTokens, (α θ / p)^{1/(1-α)})}
     */
    public double usage(double index, TokenTechnology technology) {
        return technology.demand(index, pricePerToken);
    }

    /**
     * The net payoff of a buyer of index {@code θ} who signs up for this plan and uses it optimally,
     * {@code θ X^α - F - p X} at {@code X = usage(θ)}.
     *
     * @param index      the index {@code θ >= 0}
     * @param technology the token technology
     * @return the payoff
     */
    public double surplus(double index, TokenTechnology technology) {
        double x = usage(index, technology);
        return index * technology.precision(x) - bill(x);
    }

    /**
     * The markup of the per-token price over the marginal cost of a token, {@code p / c}.
     *
     * @param technology the token technology (its token cost {@code c})
     * @return {@code p / c}
     */
    public double markup(TokenTechnology technology) {
        return pricePerToken / technology.tokenCost();
    }
}
