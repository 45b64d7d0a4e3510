package org.mdlab.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.mdlab.market.Arguments;

/**
 * A menu of two-part tariffs for tokens ({@link TokenPlan}), ordered by decreasing per-token price,
 * from which each buyer picks one plan (or none) and then the usage (Bergemann, Bonatti and Smolin
 * 2025, arXiv:2502.07736: implementation of the optimal token packages by two-part tariffs).
 *
 * @param plans      the plans; non-empty
 * @param technology the token technology the buyers use
 */
public record TokenPlans(List<TokenPlan> plans, TokenTechnology technology) {

    /**
     * Payoffs within this many times the largest {@code |surplus| + |bill|} over the plans count as ties,
     * which buyers break towards the larger usage (a scale-free rule).
     */
    public static final double TIE_TOLERANCE = 1e-9;

    /**
     * Validates and copies the list.
     *
     * @throws IllegalArgumentException if an argument is null or the list is empty
     */
    public TokenPlans {
        Arguments.notNull("plans", plans);
        Arguments.notNull("technology", technology);
        if (plans.isEmpty() || plans.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("plans must be non-empty and without nulls (got " + plans + ")");
        }
        plans = List.copyOf(plans);
    }

    /**
     * The two-part tariffs that implement the allocation of an optimal token menu on its finite type
     * space. Each served package {@code X_i > 0} gets the plan whose price is the marginal value of a
     * token to its type, {@code p_i = α θ_i X_i^{α-1}}, so that type {@code θ_i} uses exactly
     * {@code X_i}; the fees make the lowest served type's participation bind and every served type
     * indifferent to the plan below, {@code F_i = F_{i-1} + W_i(p_i) - W_i(p_{i-1})} with the gross
     * payoff {@code W_θ(p) = max_X θ X^α - p X}. Because a plan offers every usage and not only
     * {@code X_i}, these fees are (weakly) below the direct menu's payments minus {@code p_i X_i}; the
     * profit difference vanishes as the type grid is refined. When the prices fall with usage
     * ({@code p_1 >= p_2 >= ...}, i.e. the markup {@code θ_i/φ̄_i} falls) the payoff
     * {@code W_θ(p_k) - F_k} has increasing differences in {@code (θ, k)}, because
     * {@code ∂W_θ(p)/∂θ = X_θ(p)^α} grows as {@code p} falls, so the binding local constraints imply
     * global incentive compatibility; when a markup rises the plans can fail it. Check with
     * {@link TokenPlanAudit}.
     *
     * @param menu the optimal token menu
     * @return the plans, one per served package
     * @throws IllegalArgumentException if no type is served, or two served types share a package
     *                                  (pooling: one per-token price cannot make two indices choose the
     *                                  same usage, so free-usage tariffs cannot implement it)
     */
    public static TokenPlans implementing(TokenMenu menu) {
        Arguments.notNull("menu", menu);
        TokenTechnology tech = menu.technology();
        double[] theta = menu.indices();
        double[] x = menu.tokens();
        List<TokenPlan> plans = new ArrayList<>();
        double previousPrice = Double.NaN;
        double previousFee = Double.NaN;
        double previousTokens = 0;
        for (int i = 0; i < theta.length; i++) {
            if (x[i] <= 0) {
                continue;
            }
            if (!plans.isEmpty() && Math.abs(x[i] - previousTokens) <= 1e-12 * Math.max(1, x[i])) {
                throw new IllegalArgumentException("types " + theta[i - 1] + " and " + theta[i] + " share the package "
                        + x[i] + "; two-part tariffs with free usage cannot implement pooling");
            }
            double price = tech.marginalValue(theta[i], x[i]);
            double own = theta[i] * tech.precision(x[i]) - price * x[i];
            double fee = plans.isEmpty() ? own : previousFee + own - new TokenPlan(0, previousPrice).surplus(theta[i], tech);
            plans.add(new TokenPlan(fee, price));
            previousPrice = price;
            previousFee = fee;
            previousTokens = x[i];
        }
        if (plans.isEmpty()) {
            throw new IllegalArgumentException("the menu serves no type (every package is 0 tokens), so there is no plan to offer");
        }
        return new TokenPlans(plans, tech);
    }

    /**
     * The number of plans.
     *
     * @return the size of the menu
     */
    public int size() {
        return plans.size();
    }

    /**
     * A buyer's best response: the plan (index into {@link #plans()}, or {@code -1} for no plan), the
     * usage, the bill and the net payoff.
     *
     * @param plan    the chosen plan, {@code -1} for the outside option
     * @param tokens  the tokens used
     * @param payment the bill
     * @param surplus the buyer's net payoff
     */
    public record Choice(int plan, double tokens, double payment, double surplus) {
    }

    /**
     * The best response of a buyer of index {@code θ}: the outside option (payoff 0) or the plan with
     * the highest payoff; payoffs within {@link #TIE_TOLERANCE} (relative) of the best are ties, broken towards the
     * larger usage.
     *
     * @param index the index {@code θ >= 0}
     * @return the buyer's choice
     * @throws IllegalArgumentException if {@code index} is negative or not finite
     */
    public Choice choice(double index) {
        Arguments.nonNegative("index", index);
        Choice best = new Choice(-1, 0, 0, 0);
        double bestSurplus = 0;
        double scale = 0;
        for (int k = 0; k < plans.size(); k++) {
            TokenPlan plan = plans.get(k);
            double surplus = plan.surplus(index, technology);
            bestSurplus = Math.max(bestSurplus, surplus);
            scale = Math.max(scale, Math.abs(surplus) + Math.abs(plan.bill(plan.usage(index, technology))));
        }
        for (int k = 0; k < plans.size(); k++) {
            TokenPlan plan = plans.get(k);
            double surplus = plan.surplus(index, technology);
            double usage = plan.usage(index, technology);
            if (surplus >= bestSurplus - TIE_TOLERANCE * scale && usage > best.tokens()) {
                best = new Choice(k, usage, plan.bill(usage), surplus);
            }
        }
        return best;
    }

    /**
     * The markup of each plan's per-token price over the marginal cost of a token, {@code p_k / c}.
     *
     * @return the markups in plan order
     */
    public double[] markups() {
        return plans.stream().mapToDouble(p -> p.markup(technology)).toArray();
    }
}
