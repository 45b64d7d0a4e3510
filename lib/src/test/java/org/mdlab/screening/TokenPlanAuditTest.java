package org.mdlab.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.mdlab.market.Market;

class TokenPlanAuditTest {

    @Test
    void twoTypePlansKeepTheAllocationAndLoseOneTwentyFourthOfProfit() {
        // Plans (1/6, 3/2) and (1/2, 1) of TokenPlansTest. Type 1: bill 1/6 + 3/2 · 1/9 = 1/3 = T_1.
        // Type 2: bill 1/2 + 1 = 3/2 against T_2 = 5/3 (a gap of 1/6): the plan lets it also pick any usage
        // at 3/2, worth W_2(3/2) - F_1 = 2/3 - 1/6 = 1/2 = its rent, 1/6 more than the direct menu leaves it.
        // Profit 0.75 · (1/3 - 1/9) + 0.25 · (3/2 - 1) = 7/24 against 1/3.
        TokenMenu menu = TokenMenuTest.twoTypes();
        TokenPlanAudit audit = TokenPlanAudit.of(menu.plans(), menu);
        assertTrue(audit.holds(1e-12));
        assertEquals(0, audit.maxTokenGap(), 1e-9);
        assertEquals(1.0 / 6, audit.maxPaymentGap(), 1e-9);
        assertEquals(7.0 / 24, audit.profit(), 1e-9);
        assertEquals(1.0 / 24, audit.profitGap(), 1e-9);
    }

    @Test
    void risingMarkupsBreakTheTwoPartImplementation() {
        // θ = (1, 2, 3), masses (0.7, 0.15, 0.15), α = 1/2, c = 1: φ = (1 - 0.3/0.7, 2 - 0.15/0.15, 3) = (4/7, 1, 3),
        // markups θ/φ = (7/4, 2, 1) rise from the first to the second plan. W_θ(p) = θ²/(4p):
        // F_1 = W_1(7/4) = 1/7, F_2 = 1/7 + W_2(2) - W_2(7/4) = 1/14, F_3 = 1/14 + W_3(1) - W_3(2) = 1/14 + 9/8.
        // Type 3 gets 9/4 - F_3 = 59/56 on its plan but W_3(7/4) - F_1 = 8/7 = 64/56 on the first: a gain of 5/56.
        TokenMenu menu = TokenMenu.optimal(Market.of(new double[] {1, 2, 3}, new double[] {0.7, 0.15, 0.15}),
                TokenTechnology.of(0.5, 1, 100));
        TokenPlans plans = menu.plans();
        assertEquals(1.75, plans.markups()[0], 1e-9);
        assertEquals(2, plans.markups()[1], 1e-9);
        TokenPlanAudit audit = TokenPlanAudit.of(plans, menu);
        assertEquals(5.0 / 56, audit.maxIcViolation(), 1e-9);
        assertEquals(2, audit.worstType());
        assertFalse(audit.holds(1e-3));
    }

    @Test
    void anOverpricedPlanViolatesParticipation() {
        // One plan (fee 5, price 1) for θ = 1: W_1(1) = 1/4, so its payoff on the plan is 1/4 - 5 = -4.75.
        TokenMenu menu = TokenMenu.optimal(Market.uniform(1), TokenTechnology.of(0.5, 1, 100));
        TokenPlanAudit audit = TokenPlanAudit.of(new TokenPlans(List.of(new TokenPlan(5, 1)), menu.technology()), menu);
        assertEquals(4.75, audit.maxIrViolation(), 1e-12);
        assertFalse(audit.holds(1e-9));
    }

    @Test
    void plansForAnotherTechnologyAreRejected() {
        TokenMenu menu = TokenMenuTest.twoTypes();
        TokenPlans other = new TokenPlans(List.of(new TokenPlan(0, 1)), TokenTechnology.of(0.4, 1, 100));
        assertThrows(IllegalArgumentException.class, () -> TokenPlanAudit.of(other, menu));
    }

    @Property(tries = 300)
    void plansWithFallingPricesImplementTheAllocationIncentiveCompatibly(
            @ForAll @IntRange(min = 1, max = 12) int k, @ForAll @LongRange(min = 0, max = 10_000) long seed,
            @ForAll @DoubleRange(min = 0.1, max = 0.9) double alpha, @ForAll @DoubleRange(min = 0.2, max = 3) double cost) {
        // With prices falling in usage the buyer's payoff W_θ(p_k) - F_k has increasing differences in (θ, k)
        // (∂W/∂θ = X(θ, p_k)^α grows as p_k falls), so the binding local constraints imply global IC.
        TokenMenu menu = TokenMenu.optimal(Market.random(k, seed), TokenTechnology.of(alpha, cost, 1000));
        TokenPlans plans;
        try {
            plans = menu.plans();
        } catch (IllegalArgumentException pooledOrEmpty) {
            Assume.that(false);
            return;
        }
        double[] markups = plans.markups();
        for (int i = 1; i < markups.length; i++) {
            Assume.that(markups[i] <= markups[i - 1]);
        }
        TokenPlanAudit audit = TokenPlanAudit.of(plans, menu);
        assertTrue(audit.holds(1e-9), audit.toString());
        assertEquals(0, audit.maxTokenGap(), 1e-7 * Math.max(1, menu.tokens()[menu.tokens().length - 1]));
        assertTrue(audit.profitGap() >= -1e-9, "plans never earn more than the direct menu");
    }
}
