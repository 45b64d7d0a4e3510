package org.mdlab.screening;

import org.mdlab.market.Arguments;
import org.mdlab.market.Audit;

/**
 * The largest violations of incentive compatibility and individual rationality in a menu: for each
 * type {@code i}, IC requires {@code θ_i q_i - t_i >= θ_i q_j - t_j} for every item {@code j}, and IR
 * requires {@code θ_i q_i - t_i >= 0} (Mussa and Rosen 1978, eqs. (3)–(4)). Specific to menus of
 * (quality, price) with linear utility; {@code O(n^2)} in the number of items.
 *
 * @param maxIcViolation the largest {@code (θ_i q_j - t_j) - (θ_i q_i - t_i)} over all pairs, at least 0
 * @param worstType      the type index attaining it (0 if no violation)
 * @param worstItem      the item it would rather take (equal to {@code worstType} if no violation)
 * @param maxIrViolation the largest {@code -(θ_i q_i - t_i)}, at least 0
 */
public record MenuAudit(double maxIcViolation, int worstType, int worstItem, double maxIrViolation) implements Audit {

    /**
     * Validates the components.
     *
     * @throws IllegalArgumentException if a violation is negative or not finite, or an index is negative
     */
    public MenuAudit {
        if (!(maxIcViolation >= 0) || !Double.isFinite(maxIcViolation)) {
            throw new IllegalArgumentException("maxIcViolation must be finite and >= 0 (got " + maxIcViolation + ")");
        }
        if (!(maxIrViolation >= 0) || !Double.isFinite(maxIrViolation)) {
            throw new IllegalArgumentException("maxIrViolation must be finite and >= 0 (got " + maxIrViolation + ")");
        }
        if (worstType < 0 || worstItem < 0) {
            throw new IllegalArgumentException("indices must be >= 0 (got " + worstType + ", " + worstItem + ")");
        }
    }

    /**
     * Audits a menu.
     *
     * @param menu the menu
     * @return its largest IC and IR violations
     */
    public static MenuAudit of(IncentiveMenu menu) {
        Arguments.notNull("menu", menu);
        int n = menu.size();
        double ic = 0;
        int worstType = 0;
        int worstItem = 0;
        double ir = 0;
        for (int i = 0; i < n; i++) {
            double own = menu.payoff(i, i);
            ir = Math.max(ir, -own);
            for (int j = 0; j < n; j++) {
                double gain = menu.payoff(i, j) - own;
                if (gain > ic) {
                    ic = gain;
                    worstType = i;
                    worstItem = j;
                }
            }
        }
        return new MenuAudit(ic, worstType, worstItem, ir);
    }

    /**
     * The larger of the IC and IR violations.
     *
     * @return {@code max(maxIcViolation, maxIrViolation)}
     */
    @Override
    public double violation() {
        return Math.max(maxIcViolation, maxIrViolation);
    }
}
