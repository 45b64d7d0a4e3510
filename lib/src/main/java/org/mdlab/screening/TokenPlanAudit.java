package org.mdlab.screening;

import org.mdlab.market.Arguments;
import org.mdlab.market.Audit;

/**
 * How a menu of two-part tariffs performs against the token menu it should implement: every type's
 * best response ({@link TokenPlans#choice}) is compared with the package and payment the direct menu
 * assigns it. Incentive compatibility of the plans requires that no type gains by choosing another
 * plan or usage than its intended plan at its intended usage; participation requires a non-negative
 * payoff (Bergemann, Bonatti and Smolin 2025, arXiv:2502.07736, implementation by two-part tariffs).
 * {@code O(n k)} for {@code n} types and {@code k} plans.
 *
 * @param maxIcViolation  the largest gain of a type from its best response over its intended choice, {@code >= 0}
 * @param worstType       the type index attaining it (0 if no gain)
 * @param maxIrViolation  the largest {@code -payoff} of a type at its intended choice, {@code >= 0}
 * @param maxTokenGap     the largest {@code |X(best response) - X_i|} over types
 * @param maxPaymentGap   the largest {@code |bill(best response) - T_i|} over types
 * @param profit          the seller's profit when every type takes its best response
 * @param menuProfit      the profit of the direct menu
 */
public record TokenPlanAudit(double maxIcViolation, int worstType, double maxIrViolation, double maxTokenGap,
                             double maxPaymentGap, double profit, double menuProfit) implements Audit {

    /**
     * Validates the components.
     *
     * @throws IllegalArgumentException if a violation or gap is negative or not finite, or the index is negative
     */
    public TokenPlanAudit {
        for (double v : new double[] {maxIcViolation, maxIrViolation, maxTokenGap, maxPaymentGap}) {
            if (!(v >= 0) || !Double.isFinite(v)) {
                throw new IllegalArgumentException("violations and gaps must be finite and >= 0 (got " + v + ")");
            }
        }
        if (worstType < 0) {
            throw new IllegalArgumentException("worstType must be >= 0 (got " + worstType + ")");
        }
        if (!Double.isFinite(profit) || !Double.isFinite(menuProfit)) {
            throw new IllegalArgumentException("profits must be finite (got " + profit + ", " + menuProfit + ")");
        }
    }

    /**
     * Audits plans against a menu: each type's intended choice is the plan that serves its package (the
     * outside option if its package is 0).
     *
     * @param plans the two-part tariffs
     * @param menu  the direct token menu
     * @return the audit
     * @throws IllegalArgumentException if the plans and the menu use different technologies
     */
    public static TokenPlanAudit of(TokenPlans plans, TokenMenu menu) {
        Arguments.notNull("plans", plans);
        Arguments.notNull("menu", menu);
        TokenTechnology tech = menu.technology();
        if (!plans.technology().equals(tech)) {
            throw new IllegalArgumentException("plans and menu must share the technology (got " + plans.technology()
                    + " and " + tech + ")");
        }
        double[] theta = menu.indices();
        double[] mass = menu.masses();
        double[] x = menu.tokens();
        double[] t = menu.payments();
        double ic = 0;
        int worst = 0;
        double ir = 0;
        double tokenGap = 0;
        double paymentGap = 0;
        double profit = 0;
        int plan = -1;
        for (int i = 0; i < theta.length; i++) {
            if (x[i] > 0) {
                plan++;
            }
            double intended = plan < 0 ? 0 : plans.plans().get(plan).surplus(theta[i], tech);
            TokenPlans.Choice best = plans.choice(theta[i]);
            if (best.surplus() - intended > ic) {
                ic = best.surplus() - intended;
                worst = i;
            }
            ir = Math.max(ir, -intended);
            tokenGap = Math.max(tokenGap, Math.abs(best.tokens() - x[i]));
            paymentGap = Math.max(paymentGap, Math.abs(best.payment() - t[i]));
            profit += mass[i] * (best.payment() - tech.tokenCost() * best.tokens());
        }
        return new TokenPlanAudit(ic, worst, ir, tokenGap, paymentGap, profit, menu.profit());
    }

    /**
     * The larger of the IC and IR violations of the plans.
     *
     * @return {@code max(maxIcViolation, maxIrViolation)}
     */
    @Override
    public double violation() {
        return Math.max(maxIcViolation, maxIrViolation);
    }

    /**
     * The profit the direct menu earns above the plans, {@code menuProfit - profit}.
     *
     * @return the profit gap
     */
    public double profitGap() {
        return menuProfit - profit;
    }
}
