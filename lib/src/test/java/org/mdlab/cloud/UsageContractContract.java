package org.mdlab.cloud;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.mdlab.market.Attacks;

/**
 * The contract of every {@link UsageContract}: the chosen usage lies in {@code [0, maxUsage]} and is a best
 * response among all candidate levels and a fine grid of usages (a piecewise-linear payment is optimised
 * at a kink), the buyer's payoff is non-decreasing and convex in his value (it is a maximum of functions
 * linear in {@code v}), and usages outside the range are rejected.
 */
abstract class UsageContractContract {

    /** @return the contract under test */
    abstract UsageContract contract();

    /** @return a few marginal values to test at */
    abstract double[] values();

    @Test
    void usageIsABestResponse() {
        UsageContract c = contract();
        for (double v : values()) {
            double q = c.usage(v);
            assertTrue(q >= 0 && q <= c.maxUsage());
            double best = v * q - c.payment(q);
            for (int k = 0; k <= 1000; k++) {
                double other = c.maxUsage() * k / 1000;
                assertTrue(v * other - c.payment(other) <= best + 1e-9 * (1 + Math.abs(best)),
                        "usage " + other + " beats " + q + " at v = " + v);
            }
        }
    }

    @Test
    void payoffIsNonDecreasingAndConvexInTheValue() {
        UsageContract c = contract();
        double[] v = values();
        for (int k = 1; k < v.length; k++) {
            assertTrue(c.payoff(v[k]) >= c.payoff(v[k - 1]) - 1e-12);
        }
        for (int k = 1; k + 1 < v.length; k++) {
            double w = (v[k] - v[k - 1]) / (v[k + 1] - v[k - 1]);
            assertTrue(c.payoff(v[k]) <= (1 - w) * c.payoff(v[k - 1]) + w * c.payoff(v[k + 1]) + 1e-9);
        }
    }

    @Test
    void usageOutsideTheRangeIsRejected() {
        UsageContract c = contract();
        Attacks.rejects("usage", () -> c.payment(-1));
        Attacks.rejects("usage", () -> c.payment(2 * c.maxUsage() + 1));
        Attacks.rejects("value", () -> c.usage(Double.NaN));
    }
}
