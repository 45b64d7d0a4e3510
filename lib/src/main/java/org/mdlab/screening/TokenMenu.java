package org.mdlab.screening;

import org.mdlab.market.Arguments;
import org.mdlab.market.ConvexCost;
import org.mdlab.market.Market;

/**
 * The seller-optimal menu of token packages (Bergemann, Bonatti and Smolin 2025, arXiv:2502.07736,
 * Section "Token Packages"): buyers differ in their value-of-precision index {@code θ}
 * ({@link TaskValues#index}), a package of {@code X} tokens is worth {@code θ X^α} and costs
 * {@code c X}. In the relevant quality {@code q = X^α} this is the Mussa–Rosen problem with cost
 * {@code c q^{1/α}}, solved by {@link NonlinearPricing#optimal(Market, ConvexCost)} on the
 * finite type space: {@code q_i} maximises {@code φ̄_i q - c q^{1/α}} with the ironed virtual index
 * {@code φ̄_i}, i.e. {@code X_i = min(maxTokens, (α φ̄_i / c)^{1/(1-α)})} for {@code φ̄_i > 0} and
 * {@code X_i = 0} otherwise, and the payments make the lowest served type's participation and the
 * local downward incentive constraints bind.
 *
 * @param solution   the optimal menu in precision space, one item per index with positive mass
 * @param technology the token technology
 */
public record TokenMenu(PricingSolution solution, TokenTechnology technology) implements IncentiveMenu {

    /**
     * Validates the components.
     *
     * @throws IllegalArgumentException if an argument is null
     */
    public TokenMenu {
        Arguments.notNull("solution", solution);
        Arguments.notNull("technology", technology);
    }

    /**
     * The optimal menu of token packages for a distribution of value-of-precision indices.
     *
     * @param indices    the distribution of the index {@code θ}; values with zero mass are dropped
     * @param technology the token technology
     * @return the optimal menu
     * @throws IllegalArgumentException if an argument is null
     */
    public static TokenMenu optimal(Market indices, TokenTechnology technology) {
        Arguments.notNull("indices", indices);
        Arguments.notNull("technology", technology);
        return new TokenMenu(NonlinearPricing.optimal(indices, technology.precisionCost()), technology);
    }

    /**
     * The indices {@code θ_i} of the types, increasing.
     *
     * @return a copy of the indices
     */
    public double[] indices() {
        return solution.menu().types();
    }

    /**
     * The probability of each index.
     *
     * @return a copy of the masses
     */
    public double[] masses() {
        return solution.menu().masses();
    }

    /**
     * The package of each type, {@code X_i = q_i^{1/α}}.
     *
     * @return the tokens in type order
     */
    public double[] tokens() {
        double[] q = solution.menu().qualities();
        double[] x = new double[q.length];
        for (int i = 0; i < q.length; i++) {
            x[i] = technology.tokensFor(q[i]);
        }
        return x;
    }

    /**
     * The first-best package of each type, {@code argmax_X θ_i X^α - c X}.
     *
     * @return the efficient tokens in type order
     */
    public double[] firstBestTokens() {
        double[] q = solution.firstBestQualities();
        double[] x = new double[q.length];
        for (int i = 0; i < q.length; i++) {
            x[i] = technology.tokensFor(q[i]);
        }
        return x;
    }

    /**
     * The payment of each type for its package.
     *
     * @return a copy of the payments in type order
     */
    public double[] payments() {
        return solution.menu().prices();
    }

    /**
     * The seller's expected profit {@code Σ f_i (T_i - c X_i)}.
     *
     * @return the profit
     */
    public double profit() {
        return solution.profit();
    }

    /**
     * The buyers' expected information rent {@code Σ f_i (θ_i X_i^α - T_i)}.
     *
     * @return the consumer rent
     */
    public double consumerRent() {
        return solution.consumerRent();
    }

    /**
     * The largest violations of incentive compatibility and participation among the packages (each
     * package a (precision, payment) item, Mussa and Rosen 1978, eqs. (3)–(4)).
     *
     * @return the audit of the direct menu
     */
    @Override
    public MenuAudit audit() {
        return MenuAudit.of(solution.menu());
    }

    /**
     * The number of packages, one per index.
     *
     * @return {@code n}
     */
    @Override
    public int size() {
        return solution.menu().size();
    }

    /**
     * The payoff of index {@code i} from package {@code j}, {@code θ_i X_j^α - T_j} (a precision-price
     * item of the direct menu).
     *
     * @param type the index of the type, in {@code [0, n)}
     * @param item the index of the package, in {@code [0, n)}
     * @return the payoff
     * @throws IllegalArgumentException if an index is out of range
     */
    @Override
    public double payoff(int type, int item) {
        return solution.menu().payoff(type, item);
    }

    /**
     * The menu of two-part tariffs that implements this allocation ({@link TokenPlans#implementing}).
     *
     * @return the plans
     * @throws IllegalArgumentException if two served types share a package (see {@link TokenPlans#implementing})
     */
    public TokenPlans plans() {
        return TokenPlans.implementing(this);
    }
}
